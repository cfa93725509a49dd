package main

import (
	"fmt"
	"strings"
)

// typeDoc is the generated comment of a type: one sentence, then the
// markers the second generation stage reads.
func typeDoc(p *Package, t *Type) []string {
	doc := []string{typeSentence(p, t)}
	quirk := clientQuirks[p.Path+"."+t.Name]
	if t.Resource != nil && !quirk.noClient {
		doc = append(doc, "")
		doc = append(doc, clientMarkers(t.Resource, quirk)...)
	}
	if t.StructType != "" {
		doc = append(doc, "", "+structType="+t.StructType)
	}
	if t.Object {
		if len(doc) == 1 {
			doc = append(doc, "")
		}
		doc = append(doc, "+k8s:deepcopy-gen:interfaces="+runtimeObject)
	}
	return doc
}

// runtimeObject is the interface deep copies of kinds satisfy.
const runtimeObject = "github.com/skiff-k8s/skiff/apimachinery/runtime.Object"

// typeSentence is the first line of a type's comment.
func typeSentence(p *Package, t *Type) string {
	switch {
	case t.Alias != "":
		return fmt.Sprintf("%s is the same type as %s.", t.Name, strings.TrimPrefix(t.Alias, "api/"))
	case t.Resource != nil && t.Resource.Namespaced:
		return fmt.Sprintf("%s is the namespaced %s resource of %s.", t.Name, t.Resource.Plural, short(p))
	case t.Resource != nil:
		return fmt.Sprintf("%s is the cluster-scoped %s resource of %s.", t.Name, t.Resource.Plural, short(p))
	case t.Object && strings.HasSuffix(t.Name, "List"):
		return fmt.Sprintf("%s is a list of %s objects.", t.Name, strings.TrimSuffix(t.Name, "List"))
	case t.Object:
		return fmt.Sprintf("%s is a kind of %s.", t.Name, short(p))
	case t.Kind == "basic":
		return fmt.Sprintf("%s is a named %s of %s.", t.Name, t.Underlying, short(p))
	}
	return fmt.Sprintf("%s is a %s type of %s.", t.Name, t.Kind, short(p))
}

// clientMarkers are the +genclient markers of a served kind.
func clientMarkers(r *Resource, quirk clientQuirk) []string {
	out := []string{"+genclient"}
	if !r.Namespaced {
		out = append(out, "+genclient:nonNamespaced")
	}
	verbs := r.Verbs
	if quirk.verbs != nil {
		verbs = quirk.verbs
	}
	switch {
	case len(verbs) == 0:
		out = append(out, "+genclient:noVerbs")
	case strings.Join(verbs, ",") != strings.Join(standardVerbs, ","):
		out = append(out, "+genclient:onlyVerbs="+strings.Join(verbs, ","))
	}
	hasStatus := false
	for _, s := range r.Subresources {
		if s.Name == "status" {
			hasStatus = true
			continue
		}
		for _, m := range subresourceMarkers(s) {
			if !contains(quirk.skipMethods, markerMethod(m)) {
				out = append(out, m)
			}
		}
	}
	if !hasStatus {
		out = append(out, "+genclient:noStatus")
	}
	out = append(out, "+resourceName="+r.Plural)
	return out
}

// camelSubresources spells subresource names whose words the lowercase
// path does not show.
var camelSubresources = map[string]string{
	"ephemeralcontainers": "EphemeralContainers",
	"portforward":         "PortForward",
}

// subresourceMarkers writes one +genclient:method marker per verb of a
// subresource. A subresource of the parent's own kind gets an Update
// method; one with its own kind gets Get/Update/Apply/Create methods with
// input and result types. connect subresources and reads of the parent
// kind (log) are left to hand-written code.
func subresourceMarkers(s Subresource) []string {
	title := camelSubresources[s.Name]
	if title == "" {
		title = strings.ToUpper(s.Name[:1]) + s.Name[1:]
	}
	var out []string
	for _, v := range s.Verbs {
		if s.Kind == "" {
			if v == "update" {
				out = append(out, fmt.Sprintf("+genclient:method=Update%s,verb=update,subresource=%s", title, s.Name))
			}
			continue
		}
		kind := "github.com/skiff-k8s/skiff/" + s.Kind
		switch v {
		case "get":
			out = append(out, fmt.Sprintf("+genclient:method=Get%s,verb=get,subresource=%s,result=%s", title, s.Name, kind))
		case "update", "create":
			method := map[string]string{"update": "Update", "create": "Create"}[v] + title
			out = append(out, fmt.Sprintf("+genclient:method=%s,verb=%s,subresource=%s,input=%s,result=%s", method, v, s.Name, kind, kind))
		case "patch":
			out = append(out, fmt.Sprintf("+genclient:method=Apply%s,verb=apply,subresource=%s,input=%s,result=%s", title, s.Name, kind, kind))
		}
	}
	return out
}

// markerMethod returns the method name of a +genclient:method marker.
func markerMethod(marker string) string {
	name, _, _ := strings.Cut(strings.TrimPrefix(marker, "+genclient:method="), ",")
	return name
}
