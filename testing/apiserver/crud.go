package apiserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// writeOptions are the query options every write takes.
type writeOptions struct {
	dryRun          bool
	fieldManager    string
	fieldValidation string
	operation       string
	// subresource is the subresource a write came through when the
	// object is stored through the main path (the scale subresource).
	subresource string
	// warnings collects Warning header texts for the response.
	warnings []string
}

// decodeObject parses a request body for res: JSON syntax errors and type
// mismatches are 400 like the real server; a typed resource round-trips
// through its Go type, which drops unknown fields (a warning, or 400 with
// fieldValidation=Strict).
func (s *Server) decodeObject(res *Resource, raw []byte, opts *writeOptions) (map[string]any, error) {
	m, err := decodeMap(raw)
	if err != nil {
		return nil, errBadRequest("the object provided is unrecognized (must be of type %s): %v", res.Kind, err)
	}
	if k, _ := m["kind"].(string); k != "" && k != res.Kind {
		return nil, errBadRequest("the object provided is unrecognized (must be of type %s): kind %q does not match", res.Kind, k)
	}
	if v, _ := m["apiVersion"].(string); v != "" && v != res.apiVersion() {
		return nil, errBadRequest("the API version in the data (%s) does not match the expected API version (%s)", v, res.apiVersion())
	}
	m["apiVersion"], m["kind"] = res.apiVersion(), res.Kind
	if res.Type == nil {
		return m, nil
	}
	return s.typedRoundTrip(res, m, opts)
}

// typedRoundTrip decodes m into res.Type and back.
func (s *Server) typedRoundTrip(res *Resource, m map[string]any, opts *writeOptions) (map[string]any, error) {
	raw, err := json.Marshal(m)
	if err != nil {
		return nil, errBadRequest("re-encode body: %v", err)
	}
	ptr := reflect.New(res.Type)
	if err := json.Unmarshal(raw, ptr.Interface()); err != nil {
		return nil, errBadRequest("%s in version %q cannot be handled as a %s: %v", res.Kind, res.GVR.Version, res.Kind, err)
	}
	if opts != nil && opts.fieldValidation != "Ignore" {
		if unknown := unknownFields(res.Type, m); len(unknown) > 0 {
			msgs := make([]string, len(unknown))
			for i, u := range unknown {
				msgs[i] = fmt.Sprintf("unknown field %q", u)
			}
			if opts.fieldValidation == "Strict" {
				return nil, errBadRequest("%s in version %q cannot be handled as a %s: strict decoding error: %s",
					res.Kind, res.GVR.Version, res.Kind, strings.Join(msgs, ", "))
			}
			opts.warnings = append(opts.warnings, msgs...)
		}
	}
	out, err := json.Marshal(ptr.Interface())
	if err != nil {
		return nil, apierrors.NewInternalError(fmt.Errorf("encode %s: %w", res.Kind, err))
	}
	return decodeMap(out)
}

// timestamp formats t as the API does (RFC 3339, seconds, UTC).
func timestamp(t time.Time) string {
	return t.UTC().Format(time.RFC3339)
}

// create stores a new object of res in namespace ns.
func (s *Server) create(res *Resource, ns string, m map[string]any, opts writeOptions) (*object, error) {
	if err := prepareCreate(res, ns, m); err != nil {
		return nil, err
	}
	if errs := append(validateMeta(res, m), validateKind(res, m)...); len(errs) > 0 {
		return nil, errInvalid(res, metaString(m, "name"), errs)
	}
	md := meta(m)
	md["uid"] = newUID()
	md["creationTimestamp"] = timestamp(s.opts.Now())
	delete(md, "deletionTimestamp")
	delete(md, "deletionGracePeriodSeconds")
	delete(md, "resourceVersion")
	if tracksGeneration(res) {
		md["generation"] = 1
	}
	s.applyDefaults(res, m, true)
	m, err := s.recordManaged(res, nil, m, opts, "Update", "")
	if err != nil {
		return nil, err
	}
	name := metaString(m, "name")
	var out *object
	err = s.store.update(func(t *txn) error {
		if res.Namespaced && !s.namespaceExists(t, ns) {
			return apierrors.NewNotFound(schemaNamespaces, ns)
		}
		if t.get(res.GVR, objectKey(ns, name)) != nil {
			return apierrors.NewAlreadyExists(res.groupResource(), name)
		}
		if opts.dryRun {
			out, err = newObject(m)
			return err
		}
		out, err = t.put(res.GVR, objectKey(ns, name), m)
		return err
	})
	if err == nil && !opts.dryRun {
		s.afterWrite(res, out)
	}
	return out, err
}

// generationKinds are the built-in resources whose strategies maintain
// metadata.generation; custom resources always do.
var generationKinds = map[string]bool{
	"pods": true, "replicationcontrollers": true, "deployments.apps": true, "replicasets.apps": true,
	"statefulsets.apps": true, "daemonsets.apps": true, "jobs.batch": true, "cronjobs.batch": true,
	"poddisruptionbudgets.policy": true, "networkpolicies.networking.k8s.io": true, "ingresses.networking.k8s.io": true,
	"customresourcedefinitions.apiextensions.k8s.io":                 true,
	"validatingwebhookconfigurations.admissionregistration.k8s.io":   true,
	"mutatingwebhookconfigurations.admissionregistration.k8s.io":     true,
	"validatingadmissionpolicies.admissionregistration.k8s.io":       true,
	"validatingadmissionpolicybindings.admissionregistration.k8s.io": true,
	"horizontalpodautoscalers.autoscaling":                           true,
	"apiservices.apiregistration.k8s.io":                             false,
}

// tracksGeneration says whether objects of res carry metadata.generation.
func tracksGeneration(res *Resource) bool {
	return res.custom || generationKinds[res.GVR.GroupResource().String()]
}

// prepareCreate checks the namespace and resolves generateName.
func prepareCreate(res *Resource, ns string, m map[string]any) error {
	md := meta(m)
	if res.Namespaced {
		if bodyNS, _ := md["namespace"].(string); bodyNS != "" && bodyNS != ns {
			return errBadRequest("the namespace of the provided object does not match the namespace sent on the request")
		}
		md["namespace"] = ns
	} else {
		delete(md, "namespace")
	}
	if name, _ := md["name"].(string); name == "" {
		if gen, _ := md["generateName"].(string); gen != "" {
			md["name"] = gen + nameSuffix()
		}
	}
	return nil
}

// namespaceExists says whether namespace ns exists; it runs inside a
// transaction.
func (s *Server) namespaceExists(t *txn, ns string) bool {
	return t.get(gvrNamespaces, ns) != nil
}

// update replaces the object named in m. sub is "" for the main endpoint
// (status is kept) or "status" (only status is taken).
func (s *Server) update(res *Resource, ns, name, sub string, m map[string]any, opts writeOptions) (*object, bool, error) {
	if bodyName := metaString(m, "name"); bodyName != "" && bodyName != name {
		return nil, false, errBadRequest("the name of the object (%s) does not match the name on the URL (%s)", bodyName, name)
	}
	if res.Namespaced {
		if bodyNS := metaString(m, "namespace"); bodyNS != "" && bodyNS != ns {
			return nil, false, errBadRequest("the namespace of the provided object does not match the namespace sent on the request")
		}
	}
	var out *object
	var deleted bool
	err := s.store.update(func(t *txn) error {
		key := objectKey(ns, name)
		cur := t.get(res.GVR, key)
		if cur == nil {
			return errNotFound(res, name)
		}
		if rv := metaString(m, "resourceVersion"); rv != "" && rv != metaString(cur.m, "resourceVersion") {
			return errConflict(res, name)
		}
		if uid := metaString(m, "uid"); uid != "" && uid != metaString(cur.m, "uid") {
			return apierrors.NewConflict(res.groupResource(), name,
				fmt.Errorf("Precondition failed: UID in precondition: %s, UID in object meta: %s", uid, metaString(cur.m, "uid")))
		}
		next, err := s.mergeUpdate(res, cur.m, m, sub, opts)
		if err != nil {
			return err
		}
		out, deleted, err = s.commitUpdate(t, res, key, cur, next, opts)
		return err
	})
	if err == nil && !opts.dryRun {
		if deleted {
			s.afterDelete(res, ns, name, out)
		} else {
			s.afterWrite(res, out)
		}
	}
	return out, deleted, err
}

// mergeUpdate builds the next state from the current object and the body:
// immutable metadata is kept; the main endpoint keeps status and the status
// endpoint keeps everything else; generation follows spec changes.
func (s *Server) mergeUpdate(res *Resource, cur, body map[string]any, sub string, opts writeOptions) (map[string]any, error) {
	next := copyMap(body)
	_, hasStatus := res.subresource("status")
	switch {
	case sub == "status":
		next = copyMap(cur)
		if st, ok := body["status"]; ok {
			next["status"] = deepCopy(st)
		} else {
			delete(next, "status")
		}
		md := meta(next)
		for _, k := range []string{"labels", "annotations", "managedFields"} {
			if v, ok := meta(body)[k]; ok {
				md[k] = deepCopy(v)
			}
		}
	case hasStatus:
		if st, ok := cur["status"]; ok {
			next["status"] = deepCopy(st)
		} else {
			delete(next, "status")
		}
	}
	md, cmd := meta(next), meta(cur)
	for _, k := range []string{"uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "namespace", "name", "generation", "resourceVersion"} {
		if v, ok := cmd[k]; ok {
			md[k] = v
		} else {
			delete(md, k)
		}
	}
	s.applyDefaults(res, next, false)
	keepAllocated(res, cur, next)
	if _, ok := cmd["generation"]; ok && sub != "status" && !specEqual(cur, next) {
		md["generation"] = metaInt(cur, "generation") + 1
	}
	if res.GVR.Group == "" && res.GVR.Resource == "namespaces" && sub != "status" {
		next["status"] = deepCopy(cur["status"])
	}

	if errs := validateLabels(stringMap(next, "labels"), field.NewPath("metadata", "labels")); len(errs) > 0 {
		return nil, errInvalid(res, metaString(cur, "name"), errs)
	}
	if errs := validateKind(res, next); len(errs) > 0 {
		return nil, errInvalid(res, metaString(cur, "name"), errs)
	}
	if errs := validatePodUpdate(res, cur, next, sub); len(errs) > 0 {
		return nil, errInvalid(res, metaString(cur, "name"), errs)
	}
	if sub == "" {
		sub = opts.subresource
	}
	return s.recordManaged(res, cur, next, opts, "Update", sub)
}

// commitUpdate stores next unless it equals cur (a no-op write keeps the
// resourceVersion), and completes a pending deletion whose finalizers are
// gone.
func (s *Server) commitUpdate(t *txn, res *Resource, key string, cur *object, next map[string]any, opts writeOptions) (*object, bool, error) {
	if metaString(next, "deletionTimestamp") != "" && len(finalizers(next)) == 0 && !s.gracefulPending(res, next) {
		if opts.dryRun {
			o, err := newObject(next)
			return o, true, err
		}
		o, err := t.remove(res.GVR, key)
		return o, true, err
	}
	if reflect.DeepEqual(normalize(next), normalize(cur.m)) {
		return cur, false, nil
	}
	if opts.dryRun {
		o, err := newObject(next)
		return o, false, err
	}
	o, err := t.put(res.GVR, key, next)
	return o, false, err
}

// keepAllocated carries a service's allocated cluster IPs into an update
// that leaves them out.
func keepAllocated(res *Resource, cur, next map[string]any) {
	if res.GVR.Group != "" || res.GVR.Resource != "services" {
		return
	}
	spec, _ := next["spec"].(map[string]any)
	old, _ := cur["spec"].(map[string]any)
	if spec == nil || old == nil {
		return
	}
	for _, k := range []string{"clusterIP", "clusterIPs"} {
		if v, ok := spec[k]; !ok || v == nil || v == "" {
			if ov, ok := old[k]; ok {
				spec[k] = deepCopy(ov)
			}
		}
	}
}

// gracefulPending says whether a pod is still within its grace period
// (bound to a node, deletionGracePeriodSeconds above zero).
func (s *Server) gracefulPending(res *Resource, m map[string]any) bool {
	return res.GVR.Group == "" && res.GVR.Resource == "pods" && metaInt(m, "deletionGracePeriodSeconds") > 0
}

// getObject returns the current object or a 404.
func (s *Server) getObject(res *Resource, ns, name string) (*object, error) {
	o := s.store.get(res.GVR, objectKey(ns, name))
	if o == nil {
		return nil, errNotFound(res, name)
	}
	return o, nil
}

// parseRV parses a resourceVersion parameter.
func parseRV(s string) (uint64, error) {
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, errBadRequest("invalid resource version %q: %v", s, errors.Unwrap(err))
	}
	return v, nil
}
