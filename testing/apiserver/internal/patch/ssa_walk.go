package patch

// collectApplied adds to s the fields an applied configuration v (at path
// p, described by fm) sets: its leaves and the items of keyed and set lists.
// A keyed list item without its key is a 422 *InvalidPatchError.
func collectApplied(s pathSet, p []string, v any, fm fieldMeta) *InvalidPatchError {
	switch x := v.(type) {
	case nil:
	case map[string]any:
		if (len(x) == 0 || isAtomic(fm.typ)) && len(p) > 0 {
			s.add(p)
			return nil
		}
		for k, c := range x {
			if err := collectApplied(s, child(p, "f:"+k), c, fieldOf(fm.typ, k)); err != nil {
				return err
			}
		}
	case []any:
		return collectList(s, p, x, fm)
	default:
		s.add(p)
	}
	return nil
}

// collectList is collectApplied for a list.
func collectList(s pathSet, p []string, x []any, fm fieldMeta) *InvalidPatchError {
	lt, keys := listTypeOf(fm, x)
	if len(x) == 0 || lt == listAtomic {
		s.add(p)
		return nil
	}
	for i, item := range x {
		e, ok := itemElem(item, lt, keys)
		if !ok {
			return unprocessable("%s: element %d: associative list with keys has an element that omits key field %q (and doesn't have default value)",
				displayPath(joinPath(p)), i, keys[0])
		}
		ep := child(p, e)
		s.add(ep)
		if lt == listMap {
			if err := collectApplied(s, ep, item, elemMeta(fm)); err != nil {
				return err
			}
		}
	}
	return nil
}

// itemElem is the path element of a list item for list type lt.
func itemElem(item any, lt listType, keys []string) (string, bool) {
	if lt == listSet {
		return valueElem(item), true
	}
	return keyElem(item, keys)
}

// addAll records a value that did not exist before: the node itself and
// every node below it.
func addAll(a pathSet, p []string, v any, fm fieldMeta) {
	if v == nil {
		return
	}
	if len(p) > 0 {
		a.add(p)
	}
	switch x := v.(type) {
	case map[string]any:
		if isAtomic(fm.typ) {
			return
		}
		for k, c := range x {
			addAll(a, child(p, "f:"+k), c, fieldOf(fm.typ, k))
		}
	case []any:
		lt, keys := listTypeOf(fm, x)
		if lt == listAtomic {
			return
		}
		for _, item := range x {
			if e, ok := itemElem(item, lt, keys); ok {
				if lt == listMap {
					addAll(a, child(p, e), item, elemMeta(fm))
				} else {
					a.add(child(p, e))
				}
			}
		}
	}
}

// compare records in a the fields added or changed from old to cur and in
// r the fields removed, the way the real server credits an update.
func compare(a, r pathSet, p []string, old any, oldOK bool, cur any, fm fieldMeta) {
	switch {
	case cur == nil:
		if oldOK && old != nil {
			r.add(p)
		}
	case !oldOK:
		addAll(a, p, cur, fm)
	default:
		compareExisting(a, r, p, old, cur, fm)
	}
}

// compareExisting compares a value present before and after.
func compareExisting(a, r pathSet, p []string, old, cur any, fm fieldMeta) {
	if cm, ok := cur.(map[string]any); ok && !isAtomic(fm.typ) {
		om, _ := old.(map[string]any)
		for k, c := range cm {
			o, ok := om[k]
			compare(a, r, child(p, "f:"+k), o, ok, c, fieldOf(fm.typ, k))
		}
		for k, o := range om {
			if _, ok := cm[k]; !ok && o != nil {
				r.add(child(p, "f:"+k))
			}
		}
		return
	}
	if cl, ok := cur.([]any); ok {
		if lt, keys := listTypeOf(fm, cl); lt != listAtomic {
			ol, _ := old.([]any)
			if lto, _ := listTypeOf(fm, ol); lto == lt {
				compareList(a, r, p, ol, cl, lt, keys, fm)
				return
			}
		}
	}
	if !equal(old, cur) {
		a.add(p)
	}
}

// compareList compares keyed or set lists item by item.
func compareList(a, r pathSet, p []string, old, cur []any, lt listType, keys []string, fm fieldMeta) {
	before := make(map[string]any, len(old))
	for _, item := range old {
		if e, ok := itemElem(item, lt, keys); ok {
			before[e] = item
		}
	}
	seen := make(map[string]bool, len(cur))
	for _, item := range cur {
		e, ok := itemElem(item, lt, keys)
		if !ok {
			continue
		}
		seen[e] = true
		o, had := before[e]
		switch {
		case !had && lt == listMap:
			addAll(a, child(p, e), item, elemMeta(fm))
		case !had:
			a.add(child(p, e))
		case lt == listMap:
			compareExisting(a, r, child(p, e), o, item, elemMeta(fm))
		}
	}
	for e := range before {
		if !seen[e] {
			r.add(child(p, e))
		}
	}
}

// ssaMerge merges an applied configuration into the live value (which it
// may modify): objects merge, keyed lists merge item by item, sets form a
// union, everything else is replaced.
func ssaMerge(live, applied any, fm fieldMeta) any {
	switch x := applied.(type) {
	case map[string]any:
		if isAtomic(fm.typ) {
			return pruneNulls(deepCopy(x))
		}
		lm, _ := live.(map[string]any)
		if lm == nil {
			lm = make(map[string]any, len(x))
		}
		for k, av := range x {
			if av != nil {
				lm[k] = ssaMerge(lm[k], av, fieldOf(fm.typ, k))
			}
		}
		return lm
	case []any:
		lt, keys := listTypeOf(fm, x)
		ll, isList := live.([]any)
		if lt == listAtomic || !isList {
			return pruneNulls(deepCopy(x))
		}
		return mergeItems(ll, x, lt, keys, fm)
	default:
		return applied
	}
}

// mergeItems merges applied list items into the live list by identity.
// The result follows the applied order, as the real server does since it
// prefers the submitted order: live items the configuration does not name
// stay where they were relative to the named ones, and new items go after
// the live items that precede nothing applied.
func mergeItems(live, applied []any, lt listType, keys []string, fm fieldMeta) []any {
	liveByElem := make(map[string]any, len(live))
	for _, item := range live {
		if e, ok := itemElem(item, lt, keys); ok {
			liveByElem[e] = item
		}
	}
	appliedAt := make(map[string]int, len(applied))
	for i, item := range applied {
		if e, ok := itemElem(item, lt, keys); ok {
			appliedAt[e] = i
		}
	}
	out := make([]any, 0, len(live)+len(applied))
	next := 0
	emitUpTo := func(last int) {
		for ; next <= last; next++ {
			out = append(out, mergeItem(liveByElem, applied[next], lt, keys, fm))
		}
	}
	for _, item := range live {
		e, ok := itemElem(item, lt, keys)
		if j, named := appliedAt[e]; ok && named {
			emitUpTo(j)
			continue
		}
		out = append(out, item)
	}
	emitUpTo(len(applied) - 1)
	return out
}

// mergeItem merges one applied list item with the live item of the same
// identity, if any.
func mergeItem(liveByElem map[string]any, item any, lt listType, keys []string, fm fieldMeta) any {
	e, ok := itemElem(item, lt, keys)
	l, found := liveByElem[e]
	switch {
	case ok && found && lt == listMap:
		return ssaMerge(l, item, elemMeta(fm))
	case ok && found:
		return l
	}
	return pruneNulls(deepCopy(item))
}

// valueAt returns the value at a field path.
func valueAt(v any, elems []string) (any, bool) {
	for _, e := range elems {
		var ok bool
		if v, ok = step(v, e); !ok {
			return nil, false
		}
	}
	return v, true
}

// step follows one path element.
func step(v any, e string) (any, bool) {
	switch e[0] {
	case 'f':
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		c, ok := m[e[2:]]
		return c, ok
	case 'k', 'v':
		l, _ := v.([]any)
		i := findItem(l, e)
		if i < 0 {
			return nil, false
		}
		return l[i], true
	}
	return nil, false
}

// findItem finds the index of the list item a "k:" or "v:" element names.
func findItem(l []any, e string) int {
	want, err := decode([]byte(e[2:]))
	if err != nil {
		return -1
	}
	key, _ := want.(map[string]any)
	for i, item := range l {
		if (e[0] == 'k' && key != nil && matchesKey(item, key)) || (e[0] == 'v' && equal(item, want)) {
			return i
		}
	}
	return -1
}

// isEmptyContainer reports an empty object or list.
func isEmptyContainer(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}

// removePath deletes the value at a field path from v and returns the new
// v; objects left empty by the removal are removed too.
func removePath(v any, elems []string) any {
	if len(elems) == 0 {
		return v
	}
	e := elems[0]
	switch e[0] {
	case 'f':
		m, ok := v.(map[string]any)
		c, exists := m[e[2:]]
		if !ok || !exists {
			return v
		}
		if len(elems) == 1 {
			delete(m, e[2:])
			return m
		}
		nc := removePath(c, elems[1:])
		if isEmptyContainer(nc) {
			delete(m, e[2:])
		} else {
			m[e[2:]] = nc
		}
		return m
	case 'k', 'v':
		l, _ := v.([]any)
		i := findItem(l, e)
		if i < 0 {
			return v
		}
		if len(elems) == 1 {
			return append(l[:i:i], l[i+1:]...)
		}
		l[i] = removePath(l[i], elems[1:])
		return l
	}
	return v
}
