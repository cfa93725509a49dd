package patch

import "fmt"

// Merge applies an RFC 7386 JSON merge patch to doc: objects merge
// recursively, null removes a key, anything else (arrays included) replaces
// the value. A patch that is not valid JSON, or is the literal null, is a 400
// *InvalidPatchError.
func Merge(doc, patch []byte) ([]byte, error) {
	p, err := decode(patch)
	if err != nil {
		return nil, &InvalidPatchError{Code: 400, Message: "merge patch: " + err.Error(), Err: err}
	}
	if p == nil {
		return nil, badRequest("merge patch: the patch is null")
	}
	d, err := decode(doc)
	if err != nil {
		return nil, fmt.Errorf("merge patch: document: %w", err)
	}
	return encode(mergeValue(d, p))
}

// mergeValue merges patch into doc (which it may modify) per RFC 7386.
func mergeValue(doc, patch any) any {
	pm, ok := patch.(map[string]any)
	if !ok {
		return patch
	}
	dm, ok := doc.(map[string]any)
	if !ok {
		dm = make(map[string]any, len(pm))
	}
	for k, pv := range pm {
		if pv == nil {
			delete(dm, k)
			continue
		}
		dm[k] = mergeValue(dm[k], pv)
	}
	return dm
}

// mergeDiff returns the merge patch that turns a into b. Null values inside
// objects of b cannot be expressed in a merge patch and are left out.
func mergeDiff(a, b any) any {
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if !aok || !bok {
		return deepCopy(b)
	}
	out := map[string]any{}
	for k := range am {
		if _, ok := bm[k]; !ok {
			out[k] = nil
		}
	}
	for k, bv := range bm {
		av, ok := am[k]
		switch {
		case !ok:
			out[k] = deepCopy(bv)
		case equal(av, bv):
		default:
			if _, isMap := bv.(map[string]any); isMap {
				if _, wasMap := av.(map[string]any); !wasMap {
					out[k] = deepCopy(bv)
					continue
				}
			}
			out[k] = mergeDiff(av, bv)
		}
	}
	return out
}
