package apiserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// gvrNamespaces and schemaNamespaces name the namespace resource.
var (
	gvrNamespaces    = schema.GroupVersionResource{Version: "v1", Resource: "namespaces"}
	schemaNamespaces = schema.GroupResource{Resource: "namespaces"}
)

// deleteOptions is the part of metav1.DeleteOptions the server honours.
type deleteOptions struct {
	GracePeriodSeconds *int64 `json:"gracePeriodSeconds,omitempty"`
	Preconditions      *struct {
		UID             *string `json:"uid,omitempty"`
		ResourceVersion *string `json:"resourceVersion,omitempty"`
	} `json:"preconditions,omitempty"`
	PropagationPolicy *string  `json:"propagationPolicy,omitempty"`
	OrphanDependents  *bool    `json:"orphanDependents,omitempty"`
	DryRun            []string `json:"dryRun,omitempty"`
}

// parseDeleteOptions reads DeleteOptions from the body and the query.
func (s *Server) parseDeleteOptions(r *http.Request) (*deleteOptions, error) {
	opts := &deleteOptions{}
	raw, err := s.readObjectBody(r, nil)
	if err != nil {
		return nil, err
	}
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, opts); err != nil {
			return nil, errBadRequest("decode DeleteOptions: %v", err)
		}
	}
	q := r.URL.Query()
	if v := q.Get("gracePeriodSeconds"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, errBadRequest("invalid gracePeriodSeconds %q", v)
		}
		opts.GracePeriodSeconds = &n
	}
	if v := q.Get("propagationPolicy"); v != "" {
		opts.PropagationPolicy = &v
	}
	if q.Get("dryRun") != "" {
		opts.DryRun = q["dryRun"]
	}
	return opts, nil
}

// checkPreconditions answers 409 when the object does not match.
func checkPreconditions(res *Resource, name string, cur map[string]any, opts *deleteOptions) error {
	if opts.Preconditions == nil {
		return nil
	}
	p := opts.Preconditions
	kind := schema.GroupResource{Group: res.GVR.Group, Resource: res.Kind}
	if p.UID != nil && *p.UID != metaString(cur, "uid") {
		return apierrors.NewConflict(kind, name,
			fmt.Errorf("the UID in the precondition (%s) does not match the UID in record (%s). The object might have been deleted and then recreated",
				*p.UID, metaString(cur, "uid")))
	}
	if p.ResourceVersion != nil && *p.ResourceVersion != metaString(cur, "resourceVersion") {
		return apierrors.NewConflict(kind, name,
			fmt.Errorf("the ResourceVersion in the precondition (%s) does not match the ResourceVersion in record (%s). The object might have been modified",
				*p.ResourceVersion, metaString(cur, "resourceVersion")))
	}
	return nil
}

// remove deletes the named object: at once, or by setting
// deletionTimestamp when finalizers (or a pod's grace period) hold it. It
// returns the object and whether it is gone.
func (s *Server) remove(res *Resource, ns, name string, opts *deleteOptions) (*object, bool, error) {
	var out *object
	var gone bool
	dry := len(opts.DryRun) > 0
	err := s.store.update(func(t *txn) error {
		key := objectKey(ns, name)
		cur := t.get(res.GVR, key)
		if cur == nil {
			return errNotFound(res, name)
		}
		if err := checkPreconditions(res, name, cur.m, opts); err != nil {
			return err
		}
		next, pending := s.markDeleting(res, cur.m, opts)
		var err error
		switch {
		case dry:
			out, gone = cur, !pending
		case !pending:
			out, err = t.remove(res.GVR, key)
			gone = true
		case reflect2Equal(next, cur.m):
			out = cur
		default:
			out, err = t.put(res.GVR, key, next)
		}
		return err
	})
	if err == nil && gone && !dry {
		s.afterDelete(res, ns, name, out)
	}
	if err == nil && !gone && !dry && s.gracefulPending(res, out.m) {
		s.expireGrace(res, ns, name, metaString(out.m, "uid"), metaInt(out.m, "deletionGracePeriodSeconds"))
	}
	return out, gone, err
}

// expireGrace removes a gracefully deleted pod when its grace period ends,
// as the kubelet would once its containers stopped.
func (s *Server) expireGrace(res *Resource, ns, name, uid string, seconds int64) {
	time.AfterFunc(time.Duration(seconds)*time.Second, func() {
		select {
		case <-s.stopped():
			return
		default:
		}
		zero := int64(0)
		opts := &deleteOptions{GracePeriodSeconds: &zero}
		opts.Preconditions = &struct {
			UID             *string `json:"uid,omitempty"`
			ResourceVersion *string `json:"resourceVersion,omitempty"`
		}{UID: &uid}
		_, _, _ = s.remove(res, ns, name, opts)
	})
}

// reflect2Equal compares two object maps by their JSON form.
func reflect2Equal(a, b map[string]any) bool {
	ra, _ := json.Marshal(a)
	rb, _ := json.Marshal(b)
	return string(ra) == string(rb)
}

// markDeleting returns the object with deletion metadata and whether the
// deletion waits (finalizers, propagation finalizers, a bound pod's grace
// period). A namespace is deleted at once with its content: the server acts
// as the namespace controller.
func (s *Server) markDeleting(res *Resource, cur map[string]any, opts *deleteOptions) (map[string]any, bool) {
	next := copyMap(cur)
	fins := finalizers(next)
	if pol := opts.PropagationPolicy; pol != nil && metaString(cur, "deletionTimestamp") == "" {
		switch metav1.DeletionPropagation(*pol) {
		case metav1.DeletePropagationForeground:
			fins = appendUnique(fins, metav1.FinalizerDeleteDependents)
		case metav1.DeletePropagationOrphan:
			fins = appendUnique(fins, metav1.FinalizerOrphanDependents)
		}
	}
	grace := s.gracePeriod(res, cur, opts)
	if len(fins) == 0 && grace == 0 {
		return next, false
	}
	md := meta(next)
	if len(fins) > 0 {
		list := make([]any, len(fins))
		for i, f := range fins {
			list[i] = f
		}
		md["finalizers"] = list
	}
	if md["deletionTimestamp"] == nil {
		md["deletionTimestamp"] = timestamp(s.opts.Now().Add(time.Duration(grace) * time.Second))
		md["deletionGracePeriodSeconds"] = grace
	}
	return next, true
}

// gracePeriod is the grace period of a deletion: only pods bound to a node
// wait (the spec's terminationGracePeriodSeconds, default 30).
func (s *Server) gracePeriod(res *Resource, cur map[string]any, opts *deleteOptions) int64 {
	if res.GVR.Group != "" || res.GVR.Resource != "pods" {
		return 0
	}
	if node, _ := lookupPath(cur, "spec", "nodeName"); node == nil || node == "" {
		return 0
	}
	if opts.GracePeriodSeconds != nil {
		return *opts.GracePeriodSeconds
	}
	if v, ok := lookupPath(cur, "spec", "terminationGracePeriodSeconds"); ok {
		return toInt(v)
	}
	return 30
}

// appendUnique appends s to list unless present.
func appendUnique(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

// afterDelete finishes a deletion: a namespace takes its content with it, a
// CRD unregisters its resource.
func (s *Server) afterDelete(res *Resource, ns, name string, obj *object) {
	if obj != nil {
		s.collect(metaString(obj.m, "uid"), false)
	}
	switch {
	case res.GVR == gvrNamespaces:
		s.deleteNamespaceContent(name)
	case res.GVR.Group == "apiextensions.k8s.io" && res.GVR.Resource == "customresourcedefinitions":
		s.unregisterCRD(name)
	}
}

// deleteNamespaceContent removes every object in namespace ns.
func (s *Server) deleteNamespaceContent(ns string) {
	_ = s.store.update(func(t *txn) error {
		for gvr, objs := range t.s.data {
			for key := range objs {
				if hasPrefix(key, ns+"/") {
					if _, err := t.remove(gvr, key); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
}

// returnsDeleted are the built-in resources whose delete answers the
// object rather than a Success Status (as kube-apiserver v1.34 does).
var returnsDeleted = map[string]bool{
	"pods": true, "services": true, "serviceaccounts": true, "namespaces": true, "resourcequotas": true,
	"customresourcedefinitions.apiextensions.k8s.io": true,
}

// orphansByDefault are the resources whose deletion orphans dependents
// unless a propagation policy says otherwise.
var orphansByDefault = map[string]bool{"jobs.batch": true, "replicationcontrollers": true}

// jobOrphanWarning is the warning a job deletion without a policy gets.
const jobOrphanWarning = "child pods are preserved by default when jobs are deleted; set propagationPolicy=Background to remove them or set propagationPolicy=Orphan to suppress this warning"

// defaultPropagation fills the propagation policy from orphanDependents or
// the resource's default; it reports whether the resource default applied.
func defaultPropagation(res *Resource, opts *deleteOptions) bool {
	if opts.PropagationPolicy != nil {
		return false
	}
	var pol metav1.DeletionPropagation
	switch {
	case opts.OrphanDependents != nil && *opts.OrphanDependents:
		pol = metav1.DeletePropagationOrphan
	case opts.OrphanDependents != nil:
		pol = metav1.DeletePropagationBackground
	case orphansByDefault[res.GVR.GroupResource().String()]:
		pol = metav1.DeletePropagationOrphan
	default:
		return false
	}
	p := string(pol)
	opts.PropagationPolicy = &p
	return opts.OrphanDependents == nil
}

// deleteResponse is what a delete answers: the object for the resources
// that return it, custom resources and deletions that wait, else a Success
// Status.
func deleteResponse(res *Resource, obj *object, gone bool) (int, any) {
	if !gone || res.custom || returnsDeleted[res.GVR.GroupResource().String()] {
		return http.StatusOK, json.RawMessage(obj.raw)
	}
	return http.StatusOK, metav1.Status{
		TypeMeta: metav1.TypeMeta{Kind: "Status", APIVersion: "v1"},
		Status:   metav1.StatusSuccess,
		Details: &metav1.StatusDetails{
			Name: metaString(obj.m, "name"), Group: res.GVR.Group, Kind: res.GVR.Resource,
			UID: typesUID(metaString(obj.m, "uid")),
		},
	}
}

// handleDelete serves DELETE of one object.
func (s *Server) handleDelete(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	opts, err := s.parseDeleteOptions(r)
	if err != nil {
		return err
	}
	if defaultPropagation(info.res, opts) && info.res.GVR.GroupResource().String() == "jobs.batch" {
		writeWarnings(w, []string{jobOrphanWarning})
	}
	obj, gone, err := s.remove(info.res, info.namespace, info.name, opts)
	if err != nil {
		return err
	}
	if !gone && len(opts.DryRun) == 0 {
		s.completePropagation(info.res, info.namespace, info.name)
	}
	if info.res.GVR == gvrNamespaces && gone {
		obj = terminatingNamespace(obj)
	}
	code, body := deleteResponse(info.res, obj, gone)
	s.writeValue(w, r, code, body)
	return nil
}

// terminatingNamespace is the namespace as the delete answers it: marked
// Terminating with a deletionTimestamp.
func terminatingNamespace(obj *object) *object {
	m := copyMap(obj.m)
	m["status"] = map[string]any{"phase": "Terminating"}
	if metaString(m, "deletionTimestamp") == "" {
		setMeta(m, "deletionTimestamp", timestamp(time.Now()))
	}
	out, err := newObject(m)
	if err != nil {
		return obj
	}
	return out
}

// handleDeleteCollection serves DELETE of a collection: every object
// matching the selectors is deleted as a single delete would.
func (s *Server) handleDeleteCollection(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	opts, err := s.parseDeleteOptions(r)
	if err != nil {
		return err
	}
	lo, err := s.parseListOptions(r, info.res)
	if err != nil {
		return err
	}
	items, rv, err := s.store.snapshot(info.res.GVR, prefixOf(info.namespace), 0)
	if err != nil {
		return err
	}
	var deleted []json.RawMessage
	for _, it := range items {
		if !lo.matches(it.obj.m) {
			continue
		}
		ns, name := metaString(it.obj.m, "namespace"), metaString(it.obj.m, "name")
		obj, gone, err := s.remove(info.res, ns, name, opts)
		if err == nil && !gone && len(opts.DryRun) == 0 {
			s.completePropagation(info.res, ns, name)
		}
		if err != nil {
			var se *apierrors.StatusError
			if errors.As(err, &se) && se.ErrStatus.Code == http.StatusNotFound {
				continue
			}
			return err
		}
		deleted = append(deleted, obj.raw)
	}
	s.writeValue(w, r, http.StatusOK, listBody(info.res, deleted, strconv.FormatUint(rv, 10), "", nil))
	return nil
}
