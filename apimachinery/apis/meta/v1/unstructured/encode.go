package unstructured

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"
)

// maxEncodeDepth bounds the nesting the encoder follows, so that a map that
// contains itself gives an error instead of exhausting the stack.
const maxEncodeDepth = 10000

// encodeBuffers recycles the encoder's output buffers.
var encodeBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// appendJSON appends the JSON encoding of v to b. The output is byte for byte
// what encoding/json produces (sorted keys, HTML-safe string escapes, the
// same float formatting); values of types other than the JSON-shaped ones
// are encoded with encoding/json.
func appendJSON(b []byte, v interface{}, depth int) ([]byte, error) {
	if depth > maxEncodeDepth {
		return b, fmt.Errorf("exceeded max depth of %d (does the object contain itself?)", maxEncodeDepth)
	}
	switch x := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case string:
		return appendString(b, x), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	case int64:
		return strconv.AppendInt(b, x, 10), nil
	case float64:
		return appendFloat(b, x)
	case map[string]interface{}:
		return appendObject(b, x, depth)
	case []interface{}:
		return appendArray(b, x, depth)
	default:
		out, err := json.Marshal(x)
		if err != nil {
			return b, err
		}
		return append(b, out...), nil
	}
}

func appendObject(b []byte, m map[string]interface{}, depth int) ([]byte, error) {
	if m == nil {
		return append(b, "null"...), nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	var err error
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		if b, err = appendJSON(b, m[k], depth+1); err != nil {
			return b, err
		}
	}
	return append(b, '}'), nil
}

func appendArray(b []byte, a []interface{}, depth int) ([]byte, error) {
	if a == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	var err error
	for i, item := range a {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = appendJSON(b, item, depth+1); err != nil {
			return b, err
		}
	}
	return append(b, ']'), nil
}

// appendFloat formats f like encoding/json: plain decimal notation for
// magnitudes in [1e-6, 1e21), exponent notation with a short exponent
// otherwise. NaN and infinities have no JSON form.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, fmt.Errorf("unsupported value: %v", f)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// Shorten a two-digit negative exponent: 1e-07 becomes 1e-7.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string with encoding/json's escapes:
// quotes, backslashes and control characters; <, > and & as \u escapes;
// U+2028 and U+2029; and U+FFFD for invalid UTF-8.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendASCIIEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendASCIIEscape appends the escape of an ASCII byte that cannot appear
// as it is.
func appendASCIIEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	default:
		return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
	}
}
