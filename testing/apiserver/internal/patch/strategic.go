package patch

import (
	"reflect"
	"strings"
)

// The strategic merge patch directives.
const (
	directivePatch          = "$patch"
	directiveRetainKeys     = "$retainKeys"
	prefixDeleteFromList    = "$deleteFromPrimitiveList/"
	prefixSetElementOrder   = "$setElementOrder/"
	patchReplace            = "replace"
	patchDelete             = "delete"
	patchMerge              = "merge"
	errPatchContentMismatch = "doesn't match retainKeys"
)

// Strategic applies a strategic merge patch to doc. t is the Go struct type
// of the object (e.g. reflect.TypeFor[corev1.Pod]()); the patchStrategy and
// patchMergeKey tags of its fields decide how lists merge: lists with
// strategy "merge" and a merge key merge element by element, lists of
// primitives with strategy "merge" form a union, every other list is
// replaced. Maps merge recursively and null deletes a key. The directives
// $patch (replace, delete, merge), $retainKeys,
// $deleteFromPrimitiveList/<field> and $setElementOrder/<field> are
// honoured. A nil t merges every map and replaces every list.
//
// A patch that is not a JSON object or carries a malformed directive is a
// 400 *InvalidPatchError; content outside $retainKeys or a list element
// without its merge key is a 422.
func Strategic(doc, patch []byte, t reflect.Type) ([]byte, error) {
	p, err := decodeObject(patch, "strategic merge patch")
	if err != nil {
		return nil, &InvalidPatchError{Code: 400, Message: err.Error(), Err: err}
	}
	d, err := decodeObject(doc, "strategic merge patch: document")
	if err != nil {
		return nil, err
	}
	out, deleted, perr := smpMap(d, p, deref(t))
	if perr != nil {
		return nil, perr
	}
	if deleted {
		out = map[string]any{}
	}
	return encode(out)
}

// smpMap merges patch into orig (which it modifies) for a value of Go type
// t. deleted reports a "$patch": "delete" directive.
func smpMap(orig, patch map[string]any, t reflect.Type) (out map[string]any, deleted bool, err *InvalidPatchError) {
	if orig == nil {
		orig = map[string]any{}
	}
	if dir, ok := patch[directivePatch]; ok {
		switch dir {
		case patchReplace:
			out, _, err = smpMap(map[string]any{}, withoutKey(patch, directivePatch), t)
			return out, false, err
		case patchDelete:
			return nil, true, nil
		case patchMerge:
		default:
			return nil, false, badRequest("strategic merge patch: unknown patch type %v in map", dir)
		}
	}
	if err := applyRetainKeys(orig, patch); err != nil {
		return nil, false, err
	}
	if err := applyDeleteFromPrimitiveList(orig, patch); err != nil {
		return nil, false, err
	}
	for k, pv := range patch {
		if strings.HasPrefix(k, "$") {
			continue
		}
		if err := smpField(orig, k, pv, fieldOf(t, k)); err != nil {
			return nil, false, err
		}
	}
	if err := applySetElementOrder(orig, patch, t); err != nil {
		return nil, false, err
	}
	return orig, false, nil
}

// smpField merges one patch member into orig[k].
func smpField(orig map[string]any, k string, pv any, fm fieldMeta) *InvalidPatchError {
	switch p := pv.(type) {
	case nil:
		delete(orig, k)
	case map[string]any:
		om, _ := orig[k].(map[string]any)
		merged, deleted, err := smpMap(om, p, fm.typ)
		if err != nil {
			return err
		}
		if deleted {
			delete(orig, k)
		} else {
			orig[k] = merged
		}
	case []any:
		if !fm.merge {
			orig[k] = deepCopy(p)
			return nil
		}
		ol, _ := orig[k].([]any)
		merged, err := smpList(ol, p, fm)
		if err != nil {
			return err
		}
		orig[k] = merged
	default:
		orig[k] = pv
	}
	return nil
}

// withoutKey returns a shallow copy of m without key k.
func withoutKey(m map[string]any, k string) map[string]any {
	out := make(map[string]any, len(m))
	for mk, v := range m {
		if mk != k {
			out[mk] = v
		}
	}
	return out
}

// applyRetainKeys handles $retainKeys: orig keeps only the listed keys and
// the patch may only set listed keys.
func applyRetainKeys(orig, patch map[string]any) *InvalidPatchError {
	raw, ok := patch[directiveRetainKeys]
	if !ok {
		return nil
	}
	list, ok := raw.([]any)
	if !ok {
		return badRequest("strategic merge patch: invalid $retainKeys %v: must be a list of strings", raw)
	}
	keep := make(map[string]bool, len(list))
	for _, v := range list {
		s, ok := v.(string)
		if !ok {
			return badRequest("strategic merge patch: invalid $retainKeys %v: must be a list of strings", raw)
		}
		keep[s] = true
	}
	for k, v := range patch {
		if !strings.HasPrefix(k, "$") && v != nil && !keep[k] {
			return unprocessable("strategic merge patch: the patch content %q %s %v", k, errPatchContentMismatch, list)
		}
	}
	for k := range orig {
		if !keep[k] {
			delete(orig, k)
		}
	}
	return nil
}

// applyDeleteFromPrimitiveList removes the listed values from the named
// primitive lists.
func applyDeleteFromPrimitiveList(orig, patch map[string]any) *InvalidPatchError {
	for k, raw := range patch {
		field, ok := strings.CutPrefix(k, prefixDeleteFromList)
		if !ok {
			continue
		}
		del, ok := raw.([]any)
		if !ok {
			return badRequest("strategic merge patch: invalid %s: must be a list", k)
		}
		ol, ok := orig[field].([]any)
		if !ok {
			continue
		}
		kept := make([]any, 0, len(ol))
		for _, v := range ol {
			if indexOf(del, v, "") < 0 {
				kept = append(kept, v)
			}
		}
		orig[field] = kept
	}
	return nil
}

// applySetElementOrder reorders lists named by $setElementOrder/<field>.
func applySetElementOrder(orig, patch map[string]any, t reflect.Type) *InvalidPatchError {
	for k, raw := range patch {
		field, ok := strings.CutPrefix(k, prefixSetElementOrder)
		if !ok {
			continue
		}
		order, ok := raw.([]any)
		if !ok {
			return badRequest("strategic merge patch: invalid %s: must be a list", k)
		}
		ol, ok := orig[field].([]any)
		if !ok {
			continue
		}
		fm := fieldOf(t, field)
		for _, e := range order {
			if _, isMap := e.(map[string]any); isMap != (fm.mergeKey != "") {
				return badRequest("strategic merge patch: invalid %s element %v", k, e)
			}
		}
		orig[field] = orderList(ol, order, fm.mergeKey)
	}
	return nil
}
