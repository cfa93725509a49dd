package patch

import (
	"reflect"
	"sort"
	"time"

	"sigs.k8s.io/yaml"
)

// Apply performs server-side apply of the configuration applied (a full
// object in JSON: apiVersion, kind, metadata.name and the fields manager
// wants to own) onto live, the stored object, or nil when it does not exist
// yet. t is the Go type of the object (nil for custom resources: their lists
// are then atomic). The result is the merged object with
// metadata.managedFields updated:
//
//   - manager's Apply entry owns exactly the fields of applied;
//   - fields manager applied before but omits now are removed from the
//     object unless another manager owns them (or something below them);
//   - a field another manager owns with a different value is a
//     *ConflictError unless force, in which case the field changes owner;
//     a field set to the same value becomes shared.
//
// Re-applying an unchanged configuration returns live unchanged (the entry
// keeps its time). An object without managedFields first gets a
// "before-first-apply" Update entry owning all of its fields, as on the real
// server. A body that is not an object, or that sets
// metadata.managedFields, is a 400 *InvalidPatchError.
func Apply(live, applied []byte, t reflect.Type, manager string, force bool, now time.Time) ([]byte, error) {
	return ApplySubresource(live, applied, t, manager, "", force, now)
}

// ApplySubresource is Apply through a subresource: manager's entry records
// the subresource; through "status" it owns only status fields, through any
// other (or "", the main resource) no status fields when t has a status
// field.
func ApplySubresource(live, applied []byte, t reflect.Type, manager, subresource string, force bool, now time.Time) ([]byte, error) {
	cfg, err := decodeApplied(applied)
	if err != nil {
		return nil, err
	}
	root := fieldMeta{typ: deref(t)}
	newSet := pathSet{}
	if err := collectApplied(newSet, nil, cfg, root); err != nil {
		return nil, err
	}
	strip(newSet, t, subresource)
	mineNew := &managedEntry{manager: manager, operation: opApply, apiVersion: apiVersionOf(cfg),
		subresource: subresource, time: formatTime(now), fields: newSet}
	if live == nil {
		obj := deepCopy(cfg).(map[string]any)
		writeManaged(obj, []*managedEntry{mineNew})
		return encode(obj)
	}
	obj, err := decodeObject(live, "apply: live object")
	if err != nil {
		return nil, err
	}
	entries := readManaged(obj)
	invented := !ownsAnything(entries)
	if invented {
		entries = []*managedEntry{ownAll(obj, t, now)}
	}
	mine := findEntry(entries, manager, opApply, "", subresource)
	conflicts, owners := findConflicts(entries, mine, newSet, obj, cfg)
	if len(conflicts) > 0 && !force {
		return nil, &ConflictError{Conflicts: conflicts}
	}
	for i, e := range owners {
		delete(e.fields, conflicts[i].path)
	}
	prevSet := pathSet{}
	if mine != nil {
		prevSet = mine.fields
	}
	merged := ssaMerge(deepCopy(obj), cfg, root).(map[string]any)
	merged = removeStale(merged, prevSet, newSet, entries, mine)
	changed := !equal(withoutManaged(merged), withoutManaged(obj))
	setChanged := !prevSet.equalSet(newSet) || mine == nil || mine.apiVersion != mineNew.apiVersion
	if !changed && !setChanged && len(conflicts) == 0 && !invented {
		return encode(obj)
	}
	if mine == nil {
		entries = append(entries, mineNew)
	} else {
		*mine = *mineNew
	}
	writeManaged(merged, entries)
	return encode(merged)
}

// decodeApplied parses an apply body (JSON, or YAML as the
// application/apply-patch+yaml content type allows) and drops its null
// members, which own nothing.
func decodeApplied(applied []byte) (map[string]any, error) {
	cfg, err := decodeObject(applied, "apply")
	if err != nil {
		js, yerr := yaml.YAMLToJSON(applied)
		if yerr != nil {
			return nil, &InvalidPatchError{Code: 400, Message: "error decoding YAML: " + yerr.Error(), Err: yerr}
		}
		if cfg, err = decodeObject(js, "apply"); err != nil {
			return nil, &InvalidPatchError{Code: 400, Message: err.Error(), Err: err}
		}
	}
	if meta, ok := cfg["metadata"].(map[string]any); ok && meta["managedFields"] != nil {
		return nil, badRequest("metadata.managedFields must be nil")
	}
	return pruneNulls(cfg).(map[string]any), nil
}

// findConflicts lists the applied fields other entries own with a
// different live value; owners[i] is the entry of conflicts[i].
func findConflicts(entries []*managedEntry, mine *managedEntry, newSet pathSet, obj, cfg map[string]any) ([]Conflict, []*managedEntry) {
	type found struct {
		c Conflict
		e *managedEntry
	}
	var all []found
	for _, p := range newSet.sorted() {
		elems := splitPath(p)
		if last := elems[len(elems)-1]; last[0] == 'k' || last[0] == 'v' {
			continue
		}
		lv, ok := valueAt(obj, elems)
		if !ok {
			continue
		}
		if av, _ := valueAt(cfg, elems); equal(av, lv) {
			continue
		}
		for _, e := range entries {
			if e != mine && e.fields.has(p) {
				all = append(all, found{Conflict{Manager: e.manager, Field: displayPath(p), APIVersion: e.apiVersion, path: p}, e})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].c.Manager != all[j].c.Manager {
			return all[i].c.Manager < all[j].c.Manager
		}
		return all[i].c.Field < all[j].c.Field
	})
	conflicts := make([]Conflict, len(all))
	owners := make([]*managedEntry, len(all))
	for i, f := range all {
		conflicts[i], owners[i] = f.c, f.e
	}
	return conflicts, owners
}

// removeStale deletes from obj the fields manager applied before but not
// now, unless another entry owns them or something below them, or the new
// configuration covers them.
func removeStale(obj map[string]any, prevSet, newSet pathSet, entries []*managedEntry, mine *managedEntry) map[string]any {
	for _, p := range prevSet.sorted() {
		if newSet.hasUnder(p) || hasAncestor(newSet, p) {
			continue
		}
		owned := false
		for _, e := range entries {
			if e != mine && e.fields.hasUnder(p) {
				owned = true
				break
			}
		}
		if !owned {
			obj, _ = removePath(obj, splitPath(p)).(map[string]any)
		}
	}
	return obj
}

// ownsAnything reports whether some entry owns a field.
func ownsAnything(entries []*managedEntry) bool {
	for _, e := range entries {
		if len(e.fields) > 0 {
			return true
		}
	}
	return false
}

// hasAncestor reports whether s holds a proper prefix path of p that is a
// leaf of s (an atomic value replacing everything below it).
func hasAncestor(s pathSet, p string) bool {
	elems := splitPath(p)
	for i := 1; i < len(elems); i++ {
		a := joinPath(elems[:i])
		if s.has(a) && !s.hasStrictlyUnder(a) {
			return true
		}
	}
	return false
}

// withoutManaged returns a shallow copy of obj whose metadata lacks
// managedFields.
func withoutManaged(obj map[string]any) map[string]any {
	meta, ok := obj["metadata"].(map[string]any)
	if !ok {
		return obj
	}
	out := withoutKey(obj, "metadata")
	out["metadata"] = withoutKey(meta, "managedFields")
	return out
}
