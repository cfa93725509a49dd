package patch

import (
	"reflect"
	"sort"
)

// smpList merges a patch list into orig for a list field with strategy
// "merge": elements with a merge key merge by key, primitives form a union.
func smpList(orig, patch []any, fm fieldMeta) ([]any, *InvalidPatchError) {
	elem := elemOf(fm.typ)
	var items []any
	for _, p := range patch {
		if m, ok := p.(map[string]any); ok && len(m) == 1 && m[directivePatch] == patchReplace {
			return cleanList(withoutReplace(patch), elem)
		}
		items = append(items, p)
	}
	if fm.mergeKey == "" {
		return mergePrimitives(orig, items), nil
	}
	merged := append([]any(nil), orig...)
	for _, p := range items {
		pm, ok := p.(map[string]any)
		if !ok {
			return nil, unprocessable("strategic merge patch: list element %v is not an object with merge key %q", p, fm.mergeKey)
		}
		var err *InvalidPatchError
		if merged, err = mergeKeyedItem(merged, pm, fm.mergeKey, elem); err != nil {
			return nil, err
		}
	}
	return orderList(merged, items, fm.mergeKey), nil
}

// mergeKeyedItem merges one patch element into list by its merge key.
func mergeKeyedItem(list []any, pm map[string]any, key string, elem reflect.Type) ([]any, *InvalidPatchError) {
	kv, ok := pm[key]
	if !ok {
		if pm[directivePatch] == patchDelete && len(pm) == 1 {
			return list, nil
		}
		return nil, unprocessable("strategic merge patch: map: %v does not contain declared merge key: %s", pm, key)
	}
	i := indexOf(list, map[string]any{key: kv}, key)
	if pm[directivePatch] == patchDelete {
		out := list[:0:0]
		for _, e := range list {
			if !sameKey(e, kv, key) {
				out = append(out, e)
			}
		}
		return out, nil
	}
	var base map[string]any
	if i >= 0 {
		base, _ = list[i].(map[string]any)
	}
	merged, deleted, err := smpMap(deepCopyMap(base), pm, elem)
	if err != nil {
		return nil, err
	}
	switch {
	case deleted && i >= 0:
		return append(list[:i:i], list[i+1:]...), nil
	case deleted:
		return list, nil
	case i >= 0:
		list[i] = merged
		return list, nil
	}
	return append(list, merged), nil
}

// mergePrimitives returns orig plus the patch values it lacks.
func mergePrimitives(orig, patch []any) []any {
	merged := append([]any(nil), orig...)
	for _, p := range patch {
		if indexOf(merged, p, "") < 0 {
			merged = append(merged, p)
		}
	}
	return orderList(merged, patch, "")
}

// withoutReplace drops the {"$patch":"replace"} marker from a list.
func withoutReplace(patch []any) []any {
	out := make([]any, 0, len(patch))
	for _, p := range patch {
		if m, ok := p.(map[string]any); ok && len(m) == 1 && m[directivePatch] == patchReplace {
			continue
		}
		out = append(out, p)
	}
	return out
}

// cleanList resolves directives and nulls inside patch elements that replace
// a whole list.
func cleanList(list []any, elem reflect.Type) ([]any, *InvalidPatchError) {
	out := make([]any, 0, len(list))
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			out = append(out, deepCopy(e))
			continue
		}
		c, deleted, err := smpMap(map[string]any{}, m, elem)
		if err != nil {
			return nil, err
		}
		if !deleted {
			out = append(out, c)
		}
	}
	return out, nil
}

// deepCopyMap copies m (nil stays nil).
func deepCopyMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	return deepCopy(m).(map[string]any)
}

// sameKey reports whether list element e has merge key value kv (or, with
// an empty key, equals kv).
func sameKey(e, kv any, key string) bool {
	if key == "" {
		return equal(e, kv)
	}
	m, ok := e.(map[string]any)
	if !ok {
		return false
	}
	v, ok := m[key]
	return ok && equal(v, kv)
}

// indexOf finds the element of list matching probe: by merge key when key
// is set (probe is then an object holding the key), by value otherwise.
func indexOf(list []any, probe any, key string) int {
	kv := probe
	if key != "" {
		m, ok := probe.(map[string]any)
		if !ok {
			return -1
		}
		if kv, ok = m[key]; !ok {
			return -1
		}
	}
	for i, e := range list {
		if sameKey(e, kv, key) {
			return i
		}
	}
	return -1
}

// orderList orders merged the way the real server does: the elements named
// in order (the patch list or a $setElementOrder list) take their relative
// order from it, the others keep their server order, and the two sequences
// interleave by server position; elements new to the server follow the
// server-only elements before them.
func orderList(merged, order []any, key string) []any {
	var named, rest []any
	for _, e := range merged {
		if indexOf(order, e, key) >= 0 {
			named = append(named, e)
		} else {
			rest = append(rest, e)
		}
	}
	sort.SliceStable(named, func(i, j int) bool {
		return indexOf(order, named[i], key) < indexOf(order, named[j], key)
	})
	out := make([]any, 0, len(merged))
	i, j := 0, 0
	for i < len(named) || j < len(rest) {
		switch {
		case j >= len(rest):
			out = append(out, named[i])
			i++
		case i >= len(named):
			out = append(out, rest[j])
			j++
		default:
			ni, rj := indexOf(merged, named[i], key), indexOf(merged, rest[j], key)
			if ni < rj {
				out = append(out, named[i])
				i++
			} else {
				out = append(out, rest[j])
				j++
			}
		}
	}
	return out
}
