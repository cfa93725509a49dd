package apiserver

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// scalePaths says where a resource keeps the scale fields (dotted JSON
// paths, as a CRD's scale subresource names them).
type scalePaths struct {
	spec, status, selector string
}

// builtinScale is where the workload kinds keep their replicas.
var builtinScale = scalePaths{spec: ".spec.replicas", status: ".status.replicas"}

// scalePathsOf returns the scale paths of res.
func scalePathsOf(res *Resource) scalePaths {
	if res.scale != nil {
		return *res.scale
	}
	return builtinScale
}

// splitPath turns ".spec.replicas" into its segments.
func splitPath(p string) []string {
	return strings.Split(strings.TrimPrefix(p, "."), ".")
}

// scaleOf builds the autoscaling/v1 Scale of the object m.
func scaleOf(res *Resource, m map[string]any) (map[string]any, error) {
	paths := scalePathsOf(res)
	md := map[string]any{}
	for _, k := range []string{"name", "namespace", "uid", "resourceVersion", "creationTimestamp"} {
		if v := metaString(m, k); v != "" {
			md[k] = v
		}
	}
	spec := map[string]any{}
	if v, ok := lookupPath(m, splitPath(paths.spec)...); ok {
		spec["replicas"] = v
	}
	status := map[string]any{"replicas": int64(0)}
	if v, ok := lookupPath(m, splitPath(paths.status)...); ok {
		status["replicas"] = v
	}
	if sel := scaleSelector(res, m, paths); sel != "" {
		status["selector"] = sel
	}
	return map[string]any{"kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": md, "spec": spec, "status": status}, nil
}

// scaleSelector renders the object's pod selector as a label selector
// string, as the real server does: a CRD's labelSelectorPath value as is,
// a core kind's map selector as a set, a group kind's LabelSelector with
// its matchLabels and matchExpressions. A selector that does not convert
// renders as "".
func scaleSelector(res *Resource, m map[string]any, paths scalePaths) string {
	if paths.selector != "" {
		v, _ := lookupPath(m, splitPath(paths.selector)...)
		s, _ := v.(string)
		return s
	}
	sel, _ := lookupPath(m, "spec", "selector")
	sm, _ := sel.(map[string]any)
	if res.GVR.Group == "" {
		set := make(labels.Set, len(sm))
		for k, v := range sm {
			if s, ok := v.(string); ok {
				set[k] = s
			}
		}
		return set.String()
	}
	if sm == nil {
		return ""
	}
	raw, err := json.Marshal(sm)
	if err != nil {
		return ""
	}
	var ls metav1.LabelSelector
	if json.Unmarshal(raw, &ls) != nil {
		return ""
	}
	selector, err := metav1.LabelSelectorAsSelector(&ls)
	if err != nil {
		return ""
	}
	return selector.String()
}

// setScale writes replicas into the object's spec path.
func setScale(res *Resource, m map[string]any, replicas any) {
	path := splitPath(scalePathsOf(res).spec)
	cur := m
	for _, p := range path[:len(path)-1] {
		next, ok := cur[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			cur[p] = next
		}
		cur = next
	}
	cur[path[len(path)-1]] = replicas
}

// updateScale serves PUT of the scale subresource.
func (s *Server) updateScale(w http.ResponseWriter, r *http.Request, info *requestInfo, raw []byte, opts writeOptions) error {
	body, err := decodeMap(raw)
	if err != nil {
		return errBadRequest("the object provided is unrecognized (must be of type Scale): %v", err)
	}
	out, err := s.writeScale(info, body, opts)
	if err != nil {
		return err
	}
	s.writeValue(w, r, http.StatusOK, out)
	return nil
}

// scaleReplicas checks a Scale body against the URL and returns its
// spec.replicas (0 when absent).
func scaleReplicas(info *requestInfo, body map[string]any) (any, error) {
	if n := metaString(body, "name"); n != "" && n != info.name {
		return nil, errBadRequest("the name of the object (%s) does not match the name on the URL (%s)", n, info.name)
	}
	replicas, _ := lookupPath(body, "spec", "replicas")
	if replicas == nil {
		replicas = int64(0)
	}
	if toInt(replicas) < 0 {
		return nil, errInvalid(&Resource{Kind: "Scale", GVR: info.res.GVR}, info.name,
			field.ErrorList{field.Invalid(field.NewPath("spec", "replicas"), toInt(replicas), "must be greater than or equal to 0")})
	}
	return replicas, nil
}

// writeScale stores the replicas of a Scale body into its object; the
// writer's managedFields entry records the subresource "scale".
func (s *Server) writeScale(info *requestInfo, body map[string]any, opts writeOptions) (map[string]any, error) {
	replicas, err := scaleReplicas(info, body)
	if err != nil {
		return nil, err
	}
	cur, err := s.getObject(info.res, info.namespace, info.name)
	if err != nil {
		return nil, err
	}
	next := copyMap(cur.m)
	if rv := metaString(body, "resourceVersion"); rv != "" {
		setMeta(next, "resourceVersion", rv)
	} else {
		setMeta(next, "resourceVersion", "")
	}
	setScale(info.res, next, replicas)
	opts.subresource = "scale"
	obj, _, err := s.update(info.res, info.namespace, info.name, "", next, opts)
	if err != nil {
		return nil, err
	}
	return scaleOf(info.res, obj.m)
}

// applyScale serves a server-side apply of the scale subresource: the
// applied replicas land on the object's spec path, owned by the manager
// in an Apply entry with subresource "scale" (a conflict with another
// owner of the replicas is a 409 unless force).
func (s *Server) applyScale(info *requestInfo, body map[string]any, force bool, opts writeOptions) (map[string]any, error) {
	replicas, err := scaleReplicas(info, body)
	if err != nil {
		return nil, err
	}
	cur, err := s.getObject(info.res, info.namespace, info.name)
	if err != nil {
		return nil, err
	}
	md := map[string]any{"name": info.name}
	if info.namespace != "" {
		md["namespace"] = info.namespace
	}
	applied := map[string]any{"apiVersion": cur.m["apiVersion"], "kind": cur.m["kind"], "metadata": md}
	setScale(info.res, applied, replicas)
	raw, err := json.Marshal(applied)
	if err != nil {
		return nil, apierrors.NewInternalError(fmt.Errorf("apply scale of %s: %w", info.name, err))
	}
	merged, err := engine.apply(cur.raw, raw, info.res.Type, opts.fieldManager, "scale", force, s.opts.Now())
	if err != nil {
		return nil, patchError(err)
	}
	next, err := decodeMap(merged)
	if err != nil {
		return nil, apierrors.NewInternalError(fmt.Errorf("apply scale of %s: %w", info.name, err))
	}
	dropScaleTimes(next)
	setMeta(next, "resourceVersion", metaString(cur.m, "resourceVersion"))
	obj, _, err := s.update(info.res, info.namespace, info.name, "", next, opts)
	if err != nil {
		return nil, err
	}
	return scaleOf(info.res, obj.m)
}

// dropScaleTimes removes the time of the managedFields entries written
// through the scale subresource: the real server records none for them.
func dropScaleTimes(m map[string]any) {
	entries, _ := meta(m)["managedFields"].([]any)
	for _, e := range entries {
		if em, ok := e.(map[string]any); ok && em["subresource"] == "scale" {
			delete(em, "time")
		}
	}
}
