package patch

import (
	"reflect"
	"time"
)

// Update records in metadata.managedFields what a non-apply write (create,
// update, or a JSON, merge or strategic patch) by manager changed: manager's
// entry for operation (usually "Update") and the object's apiVersion gains
// every field it added or changed, every other entry loses those fields,
// and removed fields leave all entries. old is nil for a create; the object
// is then compared with the zero value of t, as the real server does, so
// fields present in that zero value (non-pointer structs, null lists) carry
// no "." marker. A managedFields list in updated that differs from old's
// replaces it, and the list [{}] clears it without recording the write.
// updated is returned with its managedFields rewritten.
func Update(old, updated []byte, t reflect.Type, manager string, operation string, now time.Time) ([]byte, error) {
	return UpdateSubresource(old, updated, t, manager, operation, "", now)
}

// UpdateSubresource is Update for a write through a subresource, with old
// and updated the whole object before and after: the writer's entry records
// the subresource; through "status" it owns only status fields, through any
// other (such as "scale", whose writes land on spec.replicas) or "", the main
// resource, no status fields when t has a status field.
func UpdateSubresource(old, updated []byte, t reflect.Type, manager, operation, subresource string, now time.Time) ([]byte, error) {
	cur, err := decodeObject(updated, "update: updated object")
	if err != nil {
		return nil, err
	}
	var prev map[string]any
	if old != nil {
		if prev, err = decodeObject(old, "update: old object"); err != nil {
			return nil, err
		}
	}
	entries, reset := entriesForUpdate(prev, cur)
	if reset {
		writeManaged(cur, nil)
		return encode(cur)
	}
	base := prev
	if base == nil {
		base = zeroDoc(t)
	}
	added, removed := pathSet{}, pathSet{}
	compareExisting(added, removed, nil, base, cur, fieldMeta{typ: deref(t)})
	strip(added, t, subresource)
	strip(removed, t, subresource)
	if operation == "" {
		operation = opUpdate
	}
	w := writer{manager: manager, operation: operation, apiVersion: apiVersionOf(cur), subresource: subresource}
	entries = recordUpdate(entries, added, removed, w, now)
	writeManaged(cur, entries)
	return encode(cur)
}

// entriesForUpdate picks the managedFields the write starts from and
// reports whether the client asked to clear them with [{}].
func entriesForUpdate(prev, cur map[string]any) ([]*managedEntry, bool) {
	curMeta, _ := cur["metadata"].(map[string]any)
	raw, sent := curMeta["managedFields"].([]any)
	if sent && len(raw) == 1 {
		if m, ok := raw[0].(map[string]any); ok && len(m) == 0 {
			return nil, true
		}
	}
	if sent && len(raw) > 0 {
		prevMeta, _ := prev["metadata"].(map[string]any)
		if !equal(raw, prevMeta["managedFields"]) {
			return readManaged(cur), false
		}
	}
	if prev == nil {
		return nil, false
	}
	return readManaged(prev), false
}

// recordUpdate credits added fields to the writer's entry and takes added
// and removed fields from everyone else.
func recordUpdate(entries []*managedEntry, added, removed pathSet, w writer, now time.Time) []*managedEntry {
	mine := findEntry(entries, w.manager, w.operation, w.apiVersion, w.subresource)
	for _, e := range entries {
		for p := range removed {
			e.fields.removeUnder(p)
		}
		if e == mine {
			continue
		}
		for p := range added {
			delete(e.fields, p)
		}
	}
	if len(added) == 0 {
		return entries
	}
	if mine == nil {
		mine = &managedEntry{manager: w.manager, operation: w.operation, apiVersion: w.apiVersion,
			subresource: w.subresource, fields: pathSet{}}
		entries = append(entries, mine)
	}
	for p := range added {
		mine.fields[p] = struct{}{}
	}
	mine.time = formatTime(now)
	return capUpdates(entries)
}

// maxUpdateManagers is how many Update entries the real server keeps before
// it folds the oldest into one "ancient-changes" entry.
const maxUpdateManagers = 10

// ancientChanges is the manager the oldest Update entries are folded into.
const ancientChanges = "ancient-changes"

// capUpdates folds the oldest Update entries into the ancient-changes entry
// while there are more than maxUpdateManagers of them.
func capUpdates(entries []*managedEntry) []*managedEntry {
	var updates []*managedEntry
	for _, e := range entries {
		if e.operation == opUpdate && len(e.fields) > 0 {
			updates = append(updates, e)
		}
	}
	if len(updates) <= maxUpdateManagers {
		return entries
	}
	sortEntries(updates)
	var bucket *managedEntry
	for _, e := range updates {
		if e.manager == ancientChanges {
			bucket = e
		}
	}
	if bucket == nil {
		bucket = &managedEntry{manager: ancientChanges, operation: opUpdate, fields: pathSet{}}
		entries = append(entries, bucket)
		updates = append(updates, bucket)
	}
	folded := map[*managedEntry]bool{}
	for _, e := range updates {
		if len(updates)-len(folded) <= maxUpdateManagers {
			break
		}
		if e == bucket {
			continue
		}
		for p := range e.fields {
			bucket.fields[p] = struct{}{}
		}
		if e.time > bucket.time {
			bucket.time = e.time
		}
		folded[e] = true
	}
	kept := entries[:0]
	for _, e := range entries {
		if !folded[e] {
			kept = append(kept, e)
		}
	}
	return kept
}

// ownAll builds the entry the real server invents for an object that has
// no managedFields when it is first applied to.
func ownAll(obj map[string]any, t reflect.Type, now time.Time) *managedEntry {
	added := pathSet{}
	compareExisting(added, pathSet{}, nil, zeroDoc(t), obj, fieldMeta{typ: deref(t)})
	strip(added, t, "")
	return &managedEntry{manager: beforeApply, operation: opUpdate, apiVersion: apiVersionOf(obj),
		time: formatTime(now), fields: added}
}

// writer identifies the managedFields entry a write is recorded in.
type writer struct {
	manager, operation, apiVersion, subresource string
}
