package patch

import (
	"fmt"
	"sort"
	"time"
)

// The managedFields operations and the only fields type.
const (
	opApply     = "Apply"
	opUpdate    = "Update"
	fieldsType  = "FieldsV1"
	beforeApply = "before-first-apply"
)

// managedEntry is one decoded metadata.managedFields entry.
type managedEntry struct {
	manager     string
	operation   string
	apiVersion  string
	subresource string
	time        string
	fields      pathSet
}

// readManaged decodes metadata.managedFields of obj. Entries the real
// server would reject as malformed make the whole list reset, as it does.
func readManaged(obj map[string]any) []*managedEntry {
	meta, _ := obj["metadata"].(map[string]any)
	list, _ := meta["managedFields"].([]any)
	out := make([]*managedEntry, 0, len(list))
	for _, raw := range list {
		e, err := decodeEntry(raw)
		if err != nil {
			return nil
		}
		out = append(out, e)
	}
	return out
}

// decodeEntry decodes one managedFields entry.
func decodeEntry(raw any) (*managedEntry, error) {
	m, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("managedFields entry is %s, not an object", kindOf(raw))
	}
	e := &managedEntry{fields: pathSet{}}
	e.manager, _ = m["manager"].(string)
	e.operation, _ = m["operation"].(string)
	e.apiVersion, _ = m["apiVersion"].(string)
	e.subresource, _ = m["subresource"].(string)
	e.time, _ = m["time"].(string)
	if fv, ok := m["fieldsV1"]; ok && fv != nil {
		s, err := fromFieldsV1(fv)
		if err != nil {
			return nil, err
		}
		e.fields = s
	}
	return e, nil
}

// encode renders the entry as the server shows it.
func (e *managedEntry) encode() map[string]any {
	m := map[string]any{
		"manager":    e.manager,
		"operation":  e.operation,
		"fieldsType": fieldsType,
		"fieldsV1":   e.fields.toFieldsV1(),
	}
	if e.apiVersion != "" {
		m["apiVersion"] = e.apiVersion
	}
	if e.time != "" {
		m["time"] = e.time
	}
	if e.subresource != "" {
		m["subresource"] = e.subresource
	}
	return m
}

// unixSeconds parses an entry time; unparsable or missing times sort first.
func (e *managedEntry) unixSeconds() int64 {
	t, err := time.Parse(time.RFC3339, e.time)
	if err != nil {
		return 0
	}
	return t.Unix()
}

// sortEntries orders entries as the real server stores them: by operation,
// then time, manager, apiVersion and subresource.
func sortEntries(entries []*managedEntry) {
	sort.SliceStable(entries, func(i, j int) bool {
		p, q := entries[i], entries[j]
		switch {
		case p.operation != q.operation:
			return p.operation < q.operation
		case p.unixSeconds() != q.unixSeconds():
			return p.unixSeconds() < q.unixSeconds()
		case p.manager != q.manager:
			return p.manager < q.manager
		case p.apiVersion != q.apiVersion:
			return p.apiVersion < q.apiVersion
		}
		return p.subresource < q.subresource
	})
}

// writeManaged stores the non-empty entries, sorted, in obj's metadata.
func writeManaged(obj map[string]any, entries []*managedEntry) {
	kept := make([]*managedEntry, 0, len(entries))
	for _, e := range entries {
		if len(e.fields) > 0 {
			kept = append(kept, e)
		}
	}
	meta, _ := obj["metadata"].(map[string]any)
	if len(kept) == 0 {
		if meta != nil {
			delete(meta, "managedFields")
		}
		return
	}
	if meta == nil {
		meta = map[string]any{}
		obj["metadata"] = meta
	}
	sortEntries(kept)
	list := make([]any, len(kept))
	for i, e := range kept {
		list[i] = e.encode()
	}
	meta["managedFields"] = list
}

// findEntry returns the entry of manager for operation and subresource
// (for Update also matching apiVersion), or nil.
func findEntry(entries []*managedEntry, manager, operation, apiVersion, subresource string) *managedEntry {
	for _, e := range entries {
		if e.manager == manager && e.operation == operation && e.subresource == subresource &&
			(operation == opApply || e.apiVersion == apiVersion) {
			return e
		}
	}
	return nil
}

// formatTime renders an entry time as the server does.
func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// apiVersionOf returns obj's apiVersion.
func apiVersionOf(obj map[string]any) string {
	s, _ := obj["apiVersion"].(string)
	return s
}
