package conformance

import (
	"fmt"
	"strconv"
	"strings"
)

// splitPath splits a check path into keys: dots separate keys, brackets
// hold a key containing dots.
func splitPath(path string) []string {
	var keys []string
	var cur strings.Builder
	for i := 0; i < len(path); i++ {
		switch c := path[i]; c {
		case '.':
			if cur.Len() > 0 {
				keys = append(keys, cur.String())
				cur.Reset()
			}
		case '[':
			end := strings.IndexByte(path[i:], ']')
			if end < 0 {
				cur.WriteString(path[i:])
				i = len(path)
				continue
			}
			if cur.Len() > 0 {
				keys = append(keys, cur.String())
				cur.Reset()
			}
			keys = append(keys, path[i+1:i+end])
			i += end
		default:
			cur.WriteByte(c)
		}
	}
	if cur.Len() > 0 {
		keys = append(keys, cur.String())
	}
	return keys
}

// value resolves path in the decoded body.
func value(resp *response, path string) (any, bool) {
	switch {
	case path == "@body":
		return string(resp.body), true
	case strings.HasPrefix(path, "@header."):
		v := resp.header.Get(strings.TrimPrefix(path, "@header."))
		return v, v != ""
	}
	cur := resp.doc
	for _, key := range splitPath(path) {
		if key == "#" {
			switch t := cur.(type) {
			case []any:
				return float64(len(t)), true
			case map[string]any:
				return float64(len(t)), true
			case nil:
				return float64(0), true
			}
			return nil, false
		}
		switch t := cur.(type) {
		case map[string]any:
			v, ok := t[key]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= len(t) {
				return nil, false
			}
			cur = t[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// render formats a decoded value for comparison.
func render(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	case nil:
		return ""
	case bool:
		return strconv.FormatBool(t)
	}
	return fmt.Sprint(v)
}

// lookup returns the rendered value at path ("" when absent).
func lookup(resp *response, path string) string {
	v, _ := value(resp, path)
	return render(v)
}

// check compares the value at path with want.
func check(resp *response, path, want string) (string, bool) {
	v, ok := value(resp, path)
	got := render(v)
	switch {
	case want == "!":
		return fmt.Sprintf("got %q, want absent", got), !ok
	case strings.HasPrefix(want, "!=") && len(want) > 2:
		return fmt.Sprintf("got %q, want anything else", got), ok && got != want[2:]
	case want == "*":
		return "got absent or empty, want a value", ok && got != ""
	case strings.HasPrefix(want, "~"):
		return fmt.Sprintf("got %q, want it to contain %q", got, want[1:]), ok && strings.Contains(got, want[1:])
	}
	return fmt.Sprintf("got %q, want %q", got, want), ok && got == want
}
