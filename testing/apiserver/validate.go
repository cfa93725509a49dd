package apiserver

import (
	"reflect"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/util/validation"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// nameRule is how a kind validates metadata.name.
type nameRule int

// The name rules of the real server's kinds.
const (
	ruleSubdomain nameRule = iota
	ruleLabel
	rule1035
	rulePathSegment
)

// nameRuleOf returns the rule res applies to names.
func nameRuleOf(res *Resource) nameRule {
	switch {
	case res.GVR.Group == "" && res.GVR.Resource == "namespaces":
		return ruleLabel
	case res.GVR.Group == "" && res.GVR.Resource == "services":
		return rule1035
	case res.GVR.Group == "rbac.authorization.k8s.io":
		return rulePathSegment
	}
	return ruleSubdomain
}

// validateName checks name by rule, for the field path fld.
func validateName(rule nameRule, name string, fld *field.Path) field.ErrorList {
	var msgs []string
	switch rule {
	case ruleLabel:
		msgs = validation.IsDNS1123Label(name)
	case rule1035:
		msgs = validation.IsDNS1035Label(name)
	case rulePathSegment:
		msgs = validatePathSegment(name)
	default:
		msgs = validation.IsDNS1123Subdomain(name)
	}
	var errs field.ErrorList
	for _, m := range msgs {
		errs = append(errs, field.Invalid(fld, name, m))
	}
	return errs
}

// validatePathSegment is the rule for names that only need to be a URL
// path segment.
func validatePathSegment(name string) []string {
	if name == "." || name == ".." {
		return []string{`may not be '` + name + `'`}
	}
	for _, bad := range []string{"/", "%"} {
		if strings.Contains(name, bad) {
			return []string{`may not contain '` + bad + `'`}
		}
	}
	return nil
}

// validateMeta checks the metadata of an object about to be created.
func validateMeta(res *Resource, m map[string]any) field.ErrorList {
	fld := field.NewPath("metadata")
	name := metaString(m, "name")
	var errs field.ErrorList
	if name == "" {
		return append(errs, field.Required(fld.Child("name"), "name or generateName is required"))
	}
	errs = append(errs, validateName(nameRuleOf(res), name, fld.Child("name"))...)
	errs = append(errs, validateLabels(stringMap(m, "labels"), fld.Child("labels"))...)
	return errs
}

// validateLabels checks label keys and values.
func validateLabels(labels map[string]string, fld *field.Path) field.ErrorList {
	var errs field.ErrorList
	for k, v := range labels {
		for _, msg := range validation.IsQualifiedName(k) {
			errs = append(errs, field.Invalid(fld, k, msg))
		}
		for _, msg := range validation.IsValidLabelValue(v) {
			errs = append(errs, field.Invalid(fld.Key(k), v, msg))
		}
	}
	return errs
}

// validateKind runs the few per-kind checks the server knows: pod
// containers, workload selectors, service ports and configmap keys.
func validateKind(res *Resource, m map[string]any) field.ErrorList {
	switch res.GVR.GroupResource().String() {
	case "pods":
		return validateContainers(m, field.NewPath("spec"), "spec")
	case "deployments.apps", "replicasets.apps", "statefulsets.apps", "daemonsets.apps":
		return validateSelector(m)
	case "services":
		return validateServicePorts(m)
	case "configmaps", "secrets":
		return validateDataKeys(m)
	case "customresourcedefinitions.apiextensions.k8s.io":
		return validateCRD(m)
	}
	return nil
}

// validateCRD checks that a CRD is named <plural>.<group> and has a
// version.
func validateCRD(m map[string]any) field.ErrorList {
	spec, err := parseCRD(m)
	if err != nil {
		return field.ErrorList{field.Invalid(field.NewPath("spec"), "", err.Error())}
	}
	if name := metaString(m, "name"); name != spec.Names.Plural+"."+spec.Group {
		return field.ErrorList{field.Invalid(field.NewPath("metadata", "name"), name, `must be spec.names.plural+"."+spec.group`)}
	}
	return nil
}

// validateContainers checks that the pod spec at path has containers with
// a name and an image.
func validateContainers(m map[string]any, fld *field.Path, path ...string) field.ErrorList {
	containers, _ := lookupPath(m, append(path, "containers")...)
	list, _ := containers.([]any)
	fld = fld.Child("containers")
	if len(list) == 0 {
		return field.ErrorList{field.Required(fld, "")}
	}
	var errs field.ErrorList
	for i, c := range list {
		cm, _ := c.(map[string]any)
		if s, _ := cm["name"].(string); s == "" {
			errs = append(errs, field.Required(fld.Index(i).Child("name"), ""))
		}
		if s, _ := cm["image"].(string); s == "" {
			errs = append(errs, field.Required(fld.Index(i).Child("image"), ""))
		}
	}
	return errs
}

// validateSelector checks a workload's selector against its template.
func validateSelector(m map[string]any) field.ErrorList {
	fld := field.NewPath("spec")
	sel, _ := lookupPath(m, "spec", "selector", "matchLabels")
	exprs, _ := lookupPath(m, "spec", "selector", "matchExpressions")
	match, _ := sel.(map[string]any)
	if len(match) == 0 && exprs == nil {
		return field.ErrorList{field.Required(fld.Child("selector"), "")}
	}
	labels := stringMap(childMap(m, "spec", "template"), "labels")
	for k, v := range match {
		if labels[k] != formatScalar(v) {
			return field.ErrorList{field.Invalid(fld.Child("template", "metadata", "labels"), labels,
				"`selector` does not match template `labels`")}
		}
	}
	return validateContainers(m, fld.Child("template", "spec"), "spec", "template", "spec")
}

// childMap returns the map at path of m (nil when absent).
func childMap(m map[string]any, path ...string) map[string]any {
	v, _ := lookupPath(m, path...)
	out, _ := v.(map[string]any)
	return out
}

// validateServicePorts requires ports on services that are not headless
// ExternalName services.
func validateServicePorts(m map[string]any) field.ErrorList {
	typ, _ := lookupPath(m, "spec", "type")
	clusterIP, _ := lookupPath(m, "spec", "clusterIP")
	ports, _ := lookupPath(m, "spec", "ports")
	if list, _ := ports.([]any); len(list) == 0 && typ != "ExternalName" && clusterIP != "None" {
		return field.ErrorList{field.Required(field.NewPath("spec", "ports"), "")}
	}
	return nil
}

// validateDataKeys checks configmap and secret keys.
func validateDataKeys(m map[string]any) field.ErrorList {
	var errs field.ErrorList
	for _, key := range []string{"data", "binaryData", "stringData"} {
		for k := range childMap(m, key) {
			for _, msg := range validation.IsConfigMapKey(k) {
				errs = append(errs, field.Invalid(field.NewPath(key).Key(k), k, msg))
			}
		}
	}
	return errs
}

// podUpdateMessage is the real server's message for a forbidden pod spec
// change.
const podUpdateMessage = "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"

// validatePodUpdate forbids pod spec changes other than the mutable
// fields, on the main endpoint.
func validatePodUpdate(res *Resource, cur, next map[string]any, sub string) field.ErrorList {
	if res.GVR.GroupResource().String() != "pods" || sub != "" {
		return nil
	}
	a, _ := deepCopy(cur["spec"]).(map[string]any)
	b, _ := deepCopy(next["spec"]).(map[string]any)
	for _, spec := range []map[string]any{a, b} {
		if spec == nil {
			continue
		}
		for _, k := range []string{"activeDeadlineSeconds", "tolerations", "terminationGracePeriodSeconds", "schedulingGates"} {
			delete(spec, k)
		}
		for _, key := range []string{"containers", "initContainers"} {
			list, _ := spec[key].([]any)
			for _, c := range list {
				if cm, ok := c.(map[string]any); ok {
					delete(cm, "image")
				}
			}
		}
	}
	if reflect.DeepEqual(normalize(a), normalize(b)) {
		return nil
	}
	return field.ErrorList{field.Forbidden(field.NewPath("spec"), podUpdateMessage)}
}
