package json

import "bytes"

// scanTypeMeta looks for the top-level "apiVersion" and "kind" string
// fields of a JSON object without decoding it, stopping as soon as both are
// found (API servers write them first). ok is false whenever one of them
// is absent or the input is anything but simple: not an object, escapes in the keys or values of
// interest, a non-string value for them, a key that matches them only
// case-insensitively, or malformed JSON. Callers then fall back to
// encoding/json, which gives the authoritative answer and error.
func scanTypeMeta(data []byte) (apiVersion, kind string, ok bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return "", "", false
	}
	i++
	var foundVersion, foundKind bool
	if j := skipSpace(data, i); j < len(data) && data[j] == '}' {
		return "", "", false
	}
	for {
		i = skipSpace(data, i)
		if i >= len(data) {
			return "", "", false
		}
		key, next, simple := scanSimpleString(data, i)
		if !simple {
			return "", "", false
		}
		i = skipSpace(data, next)
		if i >= len(data) || data[i] != ':' {
			return "", "", false
		}
		i = skipSpace(data, i+1)
		switch {
		case string(key) == "apiVersion" || string(key) == "kind":
			value, next, simple := scanSimpleString(data, i)
			if !simple {
				return "", "", false
			}
			if key[0] == 'k' {
				kind, foundKind = string(value), true
			} else {
				apiVersion, foundVersion = string(value), true
			}
			i = next
		case bytes.EqualFold(key, []byte("apiVersion")) || bytes.EqualFold(key, []byte("kind")):
			return "", "", false
		default:
			next, valid := skipValue(data, i)
			if !valid {
				return "", "", false
			}
			i = next
		}
		if foundVersion && foundKind {
			return apiVersion, kind, true
		}
		i = skipSpace(data, i)
		if i >= len(data) {
			return "", "", false
		}
		if data[i] != ',' {
			// The end of the object without both fields, or malformed
			// input: let encoding/json decide.
			return "", "", false
		}
		i++
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// scanSimpleString reads a string starting at data[i] == '"' that is
// plain ASCII without escapes or control characters; simple is false
// otherwise (encoding/json would rewrite invalid UTF-8).
func scanSimpleString(data []byte, i int) (value []byte, next int, simple bool) {
	if i >= len(data) || data[i] != '"' {
		return nil, i, false
	}
	for j := i + 1; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			return data[i+1 : j], j + 1, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return nil, i, false
		}
	}
	return nil, i, false
}

// skipValue skips one JSON value of any kind starting at data[i]. It only
// tracks nesting and strings; encoding/json validates the data later.
func skipValue(data []byte, i int) (int, bool) {
	if i >= len(data) {
		return i, false
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		return skipComposite(data, i)
	}
	for j := i; j < len(data); j++ {
		switch data[j] {
		case ',', '}', ']', ' ', '\t', '\r', '\n':
			return j, j > i
		case '{', '[', '"', ':':
			return j, false
		}
	}
	return len(data), false
}

// skipString skips a string with escapes starting at data[i] == '"'.
func skipString(data []byte, i int) (int, bool) {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1, true
		}
	}
	return len(data), false
}

// skipComposite skips an object or array starting at data[i].
func skipComposite(data []byte, i int) (int, bool) {
	depth := 0
	for j := i; j < len(data); j++ {
		switch data[j] {
		case '"':
			end, ok := skipString(data, j)
			if !ok {
				return end, false
			}
			j = end - 1
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return j + 1, true
			}
		}
	}
	return len(data), false
}
