package patch

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// maxJSONPatchOperations is the most operations one JSON patch may hold.
const maxJSONPatchOperations = 10000

// jsonOp is one decoded RFC 6902 operation.
type jsonOp struct {
	op       string
	path     []string
	rawPath  string
	from     []string
	rawFrom  string
	value    any
	hasValue bool
}

// JSON applies an RFC 6902 JSON patch (add, remove, replace, move, copy,
// test) to doc and returns the result. A body that is not a list of
// operation objects is a 400 *InvalidPatchError; an operation that cannot be
// applied (missing path, bad index, failed test, unknown op) is a 422.
func JSON(doc, patch []byte) ([]byte, error) {
	ops, err := parseJSONPatch(patch)
	if err != nil {
		return nil, err
	}
	d, err := decode(doc)
	if err != nil {
		return nil, fmt.Errorf("json patch: document: %w", err)
	}
	for _, op := range ops {
		var perr *InvalidPatchError
		if d, perr = op.apply(d); perr != nil {
			return nil, perr
		}
	}
	return encode(d)
}

// parseJSONPatch decodes the operation list.
func parseJSONPatch(patch []byte) ([]jsonOp, error) {
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal(patch, &raw); err != nil {
		return nil, &InvalidPatchError{Code: 400, Message: "json patch: " + err.Error(), Err: err}
	}
	if len(raw) > maxJSONPatchOperations {
		return nil, &InvalidPatchError{Code: http.StatusRequestEntityTooLarge,
			Message: fmt.Sprintf("The allowed maximum operations in a JSON patch is %d, got %d", maxJSONPatchOperations, len(raw))}
	}
	ops := make([]jsonOp, 0, len(raw))
	for i, m := range raw {
		op, err := parseJSONOp(m)
		if err != nil {
			err.Message = fmt.Sprintf("json patch operation %d: %s", i, err.Message)
			return nil, err
		}
		ops = append(ops, op)
	}
	return ops, nil
}

// parseJSONOp decodes one operation object. Missing or unparsable members
// are 422, as the real server only discovers them while applying.
func parseJSONOp(m map[string]json.RawMessage) (jsonOp, *InvalidPatchError) {
	var op jsonOp
	if m == nil {
		return op, unprocessable("operation is null")
	}
	if err := unmarshalMember(m, "op", &op.op); err != nil {
		return op, err
	}
	if err := unmarshalMember(m, "path", &op.rawPath); err != nil {
		return op, err
	}
	var perr error
	if op.path, perr = parsePointer(op.rawPath); perr != nil {
		return op, unprocessable("%v", perr)
	}
	switch op.op {
	case "add", "replace", "test":
		raw, ok := m["value"]
		if !ok {
			return op, unprocessable("%s operation has no value", op.op)
		}
		v, err := decode(raw)
		if err != nil {
			return op, unprocessable("value: %v", err)
		}
		op.value, op.hasValue = v, true
	case "move", "copy":
		if err := unmarshalMember(m, "from", &op.rawFrom); err != nil {
			return op, err
		}
		if op.from, perr = parsePointer(op.rawFrom); perr != nil {
			return op, unprocessable("%v", perr)
		}
	case "remove":
	default:
		return op, unprocessable("Unexpected kind: %s", op.op)
	}
	return op, nil
}

// unmarshalMember reads a required string member of an operation.
func unmarshalMember(m map[string]json.RawMessage, name string, dst *string) *InvalidPatchError {
	raw, ok := m[name]
	if !ok {
		return unprocessable("operation has no %q member", name)
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return unprocessable("operation member %q is not a string", name)
	}
	return nil
}

// parsePointer splits an RFC 6901 JSON pointer into unescaped tokens.
func parsePointer(p string) ([]string, error) {
	if p == "" {
		return nil, nil
	}
	if p[0] != '/' {
		return nil, fmt.Errorf("JSON pointer %q does not start with /", p)
	}
	parts := strings.Split(p[1:], "/")
	for i, s := range parts {
		for j := 0; j < len(s); j++ {
			if s[j] == '~' && (j+1 == len(s) || (s[j+1] != '0' && s[j+1] != '1')) {
				return nil, fmt.Errorf("JSON pointer %q has an invalid ~ escape", p)
			}
		}
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
	}
	return parts, nil
}

// apply runs one operation against doc and returns the new document.
func (op jsonOp) apply(doc any) (any, *InvalidPatchError) {
	switch op.op {
	case "add":
		return addAt(doc, op.path, op.rawPath, deepCopy(op.value))
	case "remove":
		d, _, err := removeAt(doc, op.path, op.rawPath)
		return d, err
	case "replace":
		return replaceAt(doc, op.path, op.rawPath, deepCopy(op.value))
	case "move":
		return op.move(doc)
	case "copy":
		v, err := getAt(doc, op.from, op.rawFrom)
		if err != nil {
			return nil, err
		}
		return addAt(doc, op.path, op.rawPath, deepCopy(v))
	default: // test
		v, err := getAt(doc, op.path, op.rawPath)
		if err != nil {
			return nil, unprocessable("testing value %s failed: %s", op.rawPath, err.Message)
		}
		if !equal(v, op.value) {
			return nil, unprocessable("testing value %s failed: test failed", op.rawPath)
		}
		return doc, nil
	}
}

// move removes the value at from and adds it at path.
func (op jsonOp) move(doc any) (any, *InvalidPatchError) {
	if op.rawPath == op.rawFrom {
		if _, err := getAt(doc, op.from, op.rawFrom); err != nil {
			return nil, err
		}
		return doc, nil
	}
	if strings.HasPrefix(op.rawPath, op.rawFrom+"/") {
		return nil, unprocessable("move operation cannot move %s into its own child %s", op.rawFrom, op.rawPath)
	}
	doc, v, err := removeAt(doc, op.from, op.rawFrom)
	if err != nil {
		return nil, err
	}
	return addAt(doc, op.path, op.rawPath, v)
}

// getAt returns the value a pointer names.
func getAt(doc any, path []string, raw string) (any, *InvalidPatchError) {
	cur := doc
	for _, tok := range path {
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, unprocessable("doc is missing path: %q: missing value", raw)
			}
			cur = v
		case []any:
			i, err := arrayIndex(tok, len(c), false)
			if err != nil {
				return nil, err
			}
			cur = c[i]
		default:
			return nil, unprocessable("doc is missing path: %q: missing value", raw)
		}
	}
	return cur, nil
}

// arrayIndex parses an array index token; allowEnd admits len (and "-").
func arrayIndex(tok string, n int, allowEnd bool) (int, *InvalidPatchError) {
	if tok == "-" && allowEnd {
		return n, nil
	}
	i, err := strconv.Atoi(tok)
	if err != nil || i < 0 || (len(tok) > 1 && tok[0] == '0') || tok[0] == '+' {
		return 0, unprocessable("Unable to access invalid index: %s: invalid index referenced", tok)
	}
	if i > n || (i == n && !allowEnd) {
		return 0, unprocessable("Unable to access invalid index: %d: invalid index referenced", i)
	}
	return i, nil
}

// atParent walks to the container holding the last token of path and lets
// fn rewrite it; containers up the way are rebuilt as needed.
func atParent(doc any, path []string, raw string, fn func(parent any, tok string) (any, *InvalidPatchError)) (any, *InvalidPatchError) {
	if len(path) == 1 {
		return fn(doc, path[0])
	}
	switch c := doc.(type) {
	case map[string]any:
		child, ok := c[path[0]]
		if !ok {
			return nil, unprocessable("doc is missing path: %q: missing value", raw)
		}
		nc, err := atParent(child, path[1:], raw, fn)
		if err != nil {
			return nil, err
		}
		c[path[0]] = nc
		return c, nil
	case []any:
		i, err := arrayIndex(path[0], len(c), false)
		if err != nil {
			return nil, err
		}
		nc, err := atParent(c[i], path[1:], raw, fn)
		if err != nil {
			return nil, err
		}
		c[i] = nc
		return c, nil
	default:
		return nil, unprocessable("doc is missing path: %q: missing value", raw)
	}
}

// addAt inserts value at path (RFC 6902 add).
func addAt(doc any, path []string, raw string, value any) (any, *InvalidPatchError) {
	if len(path) == 0 {
		return value, nil
	}
	return atParent(doc, path, raw, func(parent any, tok string) (any, *InvalidPatchError) {
		switch c := parent.(type) {
		case map[string]any:
			c[tok] = value
			return c, nil
		case []any:
			i, err := arrayIndex(tok, len(c), true)
			if err != nil {
				return nil, err
			}
			out := make([]any, 0, len(c)+1)
			out = append(append(append(out, c[:i]...), value), c[i:]...)
			return out, nil
		default:
			return nil, unprocessable("add operation does not apply: doc is missing path: %q: missing value", raw)
		}
	})
}

// removeAt deletes the value at path and returns it (RFC 6902 remove).
func removeAt(doc any, path []string, raw string) (any, any, *InvalidPatchError) {
	if len(path) == 0 {
		return nil, doc, nil
	}
	var removed any
	d, err := atParent(doc, path, raw, func(parent any, tok string) (any, *InvalidPatchError) {
		switch c := parent.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, unprocessable("Unable to remove nonexistent key: %s: missing value", tok)
			}
			removed = v
			delete(c, tok)
			return c, nil
		case []any:
			i, err := arrayIndex(tok, len(c), false)
			if err != nil {
				return nil, err
			}
			removed = c[i]
			out := make([]any, 0, len(c)-1)
			return append(append(out, c[:i]...), c[i+1:]...), nil
		default:
			return nil, unprocessable("remove operation does not apply: doc is missing path: %q: missing value", raw)
		}
	})
	return d, removed, err
}

// replaceAt overwrites the existing value at path (RFC 6902 replace).
func replaceAt(doc any, path []string, raw string, value any) (any, *InvalidPatchError) {
	if len(path) == 0 {
		return value, nil
	}
	return atParent(doc, path, raw, func(parent any, tok string) (any, *InvalidPatchError) {
		switch c := parent.(type) {
		case map[string]any:
			if _, ok := c[tok]; !ok {
				return nil, unprocessable("replace operation does not apply: doc is missing key: %s: missing value", raw)
			}
			c[tok] = value
			return c, nil
		case []any:
			i, err := arrayIndex(tok, len(c), false)
			if err != nil {
				return nil, err
			}
			c[i] = value
			return c, nil
		default:
			return nil, unprocessable("replace operation does not apply: doc is missing path: %s: missing value", raw)
		}
	})
}
