package apiserver

import (
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// The server acts as the garbage collector, synchronously: when an object
// goes away its dependents (objects whose ownerReferences name its uid) are
// deleted, unless the deletion orphans them, which drops the owner
// reference instead. Foreground and orphan deletions complete at once
// rather than waiting on their finalizers.

// collect handles the dependents of the deleted owner with uid, by policy.
func (s *Server) collect(uid string, orphan bool) {
	if uid == "" {
		return
	}
	type dependent struct {
		res  *Resource
		ns   string
		name string
	}
	var doomed []dependent
	_ = s.store.update(func(t *txn) error {
		for _, dk := range t.dependents(uid) {
			o := t.get(dk.gvr, dk.key)
			res, ok := s.registry.lookup(dk.gvr)
			if o == nil || !ok {
				continue
			}
			refs, _ := lookupPath(o.m, "metadata", "ownerReferences")
			list, _ := refs.([]any)
			kept := withoutOwner(list, uid)
			if !orphan && len(kept) == 0 {
				doomed = append(doomed, dependent{res, metaString(o.m, "namespace"), metaString(o.m, "name")})
				continue
			}
			next := copyMap(o.m)
			setOwners(next, kept)
			if _, err := t.put(dk.gvr, dk.key, next); err != nil {
				return err
			}
		}
		return nil
	})
	for _, d := range doomed {
		_, _, _ = s.remove(d.res, d.ns, d.name, &deleteOptions{})
	}
}

// withoutOwner returns the owner references not naming uid.
func withoutOwner(refs []any, uid string) []any {
	out := make([]any, 0, len(refs))
	for _, r := range refs {
		if rm, ok := r.(map[string]any); ok && rm["uid"] == uid {
			continue
		}
		out = append(out, r)
	}
	return out
}

// setOwners sets or clears metadata.ownerReferences.
func setOwners(m map[string]any, refs []any) {
	if len(refs) == 0 {
		delete(meta(m), "ownerReferences")
		return
	}
	meta(m)["ownerReferences"] = refs
}

// completePropagation finishes a foreground or orphan deletion whose only
// remaining finalizer is the propagation one: the dependents are handled
// and the owner removed. It reports whether it did.
func (s *Server) completePropagation(res *Resource, ns, name string) bool {
	cur := s.store.get(res.GVR, objectKey(ns, name))
	if cur == nil || metaString(cur.m, "deletionTimestamp") == "" {
		return false
	}
	fins := finalizers(cur.m)
	if len(fins) != 1 || (fins[0] != metav1.FinalizerDeleteDependents && fins[0] != metav1.FinalizerOrphanDependents) {
		return false
	}
	if fins[0] == metav1.FinalizerOrphanDependents {
		s.collect(metaString(cur.m, "uid"), true)
	}
	next := copyMap(cur.m)
	delete(meta(next), "finalizers")
	_, _, err := s.update(res, ns, name, "", next, writeOptions{operation: "Update"})
	return err == nil
}
