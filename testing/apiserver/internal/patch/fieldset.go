package patch

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// pathSep joins path elements into one pathSet key; JSON text never holds
// a raw NUL byte.
const pathSep = "\x00"

// pathSet is a set of field paths. A path is a list of elements in the
// FieldsV1 spelling: "f:<field>", "k:<json object of key fields>",
// "v:<json value>" or "i:<index>".
type pathSet map[string]struct{}

// joinPath turns path elements into a pathSet key.
func joinPath(elems []string) string { return strings.Join(elems, pathSep) }

// splitPath turns a pathSet key back into elements.
func splitPath(p string) []string {
	if p == "" {
		return nil
	}
	return strings.Split(p, pathSep)
}

// add inserts a path.
func (s pathSet) add(elems []string) { s[joinPath(elems)] = struct{}{} }

// has reports whether the path is in the set.
func (s pathSet) has(p string) bool { _, ok := s[p]; return ok }

// hasUnder reports whether p or a path below it is in the set.
func (s pathSet) hasUnder(p string) bool {
	return s.has(p) || s.hasStrictlyUnder(p)
}

// hasStrictlyUnder reports whether a path below p is in the set.
func (s pathSet) hasStrictlyUnder(p string) bool {
	prefix := p + pathSep
	for q := range s {
		if strings.HasPrefix(q, prefix) {
			return true
		}
	}
	return false
}

// equalSet reports whether two sets hold the same paths.
func (s pathSet) equalSet(o pathSet) bool {
	if len(s) != len(o) {
		return false
	}
	for p := range s {
		if !o.has(p) {
			return false
		}
	}
	return true
}

// removeUnder deletes p and every path below it.
func (s pathSet) removeUnder(p string) {
	delete(s, p)
	prefix := p + pathSep
	for q := range s {
		if strings.HasPrefix(q, prefix) {
			delete(s, q)
		}
	}
}

// sorted returns the paths in order.
func (s pathSet) sorted() []string {
	out := make([]string, 0, len(s))
	for p := range s {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// fieldsNode is one node of the FieldsV1 tree.
type fieldsNode struct {
	member   bool
	children map[string]*fieldsNode
}

// toFieldsV1 encodes the set in the FieldsV1 JSON format.
func (s pathSet) toFieldsV1() map[string]any {
	root := &fieldsNode{}
	for p := range s {
		n := root
		for _, e := range splitPath(p) {
			if n.children == nil {
				n.children = map[string]*fieldsNode{}
			}
			c, ok := n.children[e]
			if !ok {
				c = &fieldsNode{}
				n.children[e] = c
			}
			n = c
		}
		n.member = true
	}
	return root.encode()
}

// encode renders a node: {} for a leaf, "." marks a member with children.
func (n *fieldsNode) encode() map[string]any {
	out := make(map[string]any, len(n.children)+1)
	if n.member && len(n.children) > 0 {
		out["."] = map[string]any{}
	}
	for k, c := range n.children {
		out[k] = c.encode()
	}
	return out
}

// fromFieldsV1 decodes a FieldsV1 JSON object into a set.
func fromFieldsV1(v any) (pathSet, error) {
	s := pathSet{}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("fieldsV1 is %s, not an object", kindOf(v))
	}
	return s, s.readNode(nil, m)
}

// readNode adds the paths below prefix described by m.
func (s pathSet) readNode(prefix []string, m map[string]any) error {
	for k, v := range m {
		if k == "." {
			if len(prefix) > 0 {
				s.add(prefix)
			}
			continue
		}
		child, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("fieldsV1 member %q is %s, not an object", k, kindOf(v))
		}
		if len(k) < 2 || k[1] != ':' || !strings.ContainsRune("fkvi", rune(k[0])) {
			return fmt.Errorf("fieldsV1 member %q is not a path element", k)
		}
		p := append(append([]string(nil), prefix...), k)
		if len(child) == 0 {
			s.add(p)
			continue
		}
		if err := s.readNode(p, child); err != nil {
			return err
		}
	}
	return nil
}

// displayPath renders a path the way the real server names fields in
// conflicts: .spec.containers[name="c"].image, .metadata.finalizers[="x"].
func displayPath(p string) string {
	var b strings.Builder
	for _, e := range splitPath(p) {
		switch e[0] {
		case 'f':
			b.WriteString(".")
			b.WriteString(e[2:])
		case 'k':
			b.WriteString("[")
			b.WriteString(displayKey(e[2:]))
			b.WriteString("]")
		case 'v':
			b.WriteString("[=")
			b.WriteString(e[2:])
			b.WriteString("]")
		default:
			b.WriteString("[")
			b.WriteString(e[2:])
			b.WriteString("]")
		}
	}
	return b.String()
}

// displayKey renders a key object {"a":1,"b":"x"} as a=1,b="x".
func displayKey(raw string) string {
	v, err := decode([]byte(raw))
	m, ok := v.(map[string]any)
	if err != nil || !ok {
		return raw
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + compactJSON(m[k])
	}
	return strings.Join(parts, ",")
}

// compactJSON encodes v without HTML escaping.
func compactJSON(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
