package unstructured

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDecodeDepth is the deepest nesting of arrays and objects accepted, the
// same limit encoding/json applies.
const maxDecodeDepth = 10000

// maxInternedKey, maxInternedValue and maxInternedKeys bound the per-decode
// cache that shares the strings of repeated keys and short values.
const (
	maxInternedKey   = 64
	maxInternedValue = 16
	maxInternedKeys  = 4096
)

// jsonDecoder turns JSON text into the values Unstructured holds: nil, bool,
// string, int64 (integers that fit), float64 (other numbers),
// []interface{} and map[string]interface{}. It accepts exactly what
// encoding/json accepts and produces the same strings (invalid UTF-8 and
// lone surrogates become U+FFFD), but it builds the values in one pass and
// shares the strings of repeated object keys.
type jsonDecoder struct {
	data  []byte
	pos   int
	depth int
	keys  map[string]string

	// pairs and elems are stacks of the members of the objects and arrays
	// being decoded; each container is built at its final size once its
	// members are known.
	pairs []keyValue
	elems []interface{}
}

// keyValue is one member of an object being decoded.
type keyValue struct {
	key   string
	value interface{}
}

// decodeJSON decodes data, which must hold exactly one JSON value.
func decodeJSON(data []byte) (interface{}, error) {
	d := jsonDecoder{data: data, keys: make(map[string]string, 64)}
	d.skipSpace()
	v, err := d.value()
	if err != nil {
		return nil, fmt.Errorf("decoding unstructured JSON: %w", err)
	}
	d.skipSpace()
	if d.pos < len(d.data) {
		return nil, fmt.Errorf("decoding unstructured JSON: %w", d.syntaxError("after top-level value"))
	}
	return v, nil
}

func (d *jsonDecoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// syntaxError describes the byte at the current position.
func (d *jsonDecoder) syntaxError(context string) error {
	if d.pos >= len(d.data) {
		return fmt.Errorf("unexpected end of JSON input")
	}
	return fmt.Errorf("invalid character %q at offset %d %s", d.data[d.pos], d.pos, context)
}

// value decodes the value starting at the current (non-space) position.
func (d *jsonDecoder) value() (interface{}, error) {
	if d.pos >= len(d.data) {
		return nil, d.syntaxError("")
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '"':
		return d.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case c == 't':
		return true, d.literal("true")
	case c == 'f':
		return false, d.literal("false")
	case c == 'n':
		return nil, d.literal("null")
	default:
		return nil, d.syntaxError("looking for beginning of value")
	}
}

func (d *jsonDecoder) literal(word string) error {
	for i := 0; i < len(word); i++ {
		if d.pos >= len(d.data) || d.data[d.pos] != word[i] {
			return d.syntaxError("in literal " + word)
		}
		d.pos++
	}
	return nil
}

func (d *jsonDecoder) enter() error {
	d.depth++
	if d.depth > maxDecodeDepth {
		return fmt.Errorf("exceeded max depth of %d at offset %d", maxDecodeDepth, d.pos)
	}
	return nil
}

func (d *jsonDecoder) object() (interface{}, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	d.pos++ // '{'
	base := len(d.pairs)
	defer func() { d.pairs = d.pairs[:base] }()
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return make(map[string]interface{}), nil
	}
	for {
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return nil, d.syntaxError("looking for beginning of object key string")
		}
		key, err := d.key()
		if err != nil {
			return nil, err
		}
		d.skipSpace()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return nil, d.syntaxError("after object key")
		}
		d.pos++
		d.skipSpace()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.pairs = append(d.pairs, keyValue{key: key, value: v})
		d.skipSpace()
		if d.pos >= len(d.data) {
			return nil, d.syntaxError("")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
			d.skipSpace()
		case '}':
			d.pos++
			d.depth--
			members := d.pairs[base:]
			m := make(map[string]interface{}, len(members))
			for i := range members {
				m[members[i].key] = members[i].value
				members[i] = keyValue{}
			}
			return m, nil
		default:
			return nil, d.syntaxError("after object key:value pair")
		}
	}
}

func (d *jsonDecoder) array() (interface{}, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	d.pos++ // '['
	base := len(d.elems)
	defer func() { d.elems = d.elems[:base] }()
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
		return []interface{}{}, nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.elems = append(d.elems, v)
		d.skipSpace()
		if d.pos >= len(d.data) {
			return nil, d.syntaxError("")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
			d.skipSpace()
		case ']':
			d.pos++
			d.depth--
			a := make([]interface{}, len(d.elems)-base)
			copy(a, d.elems[base:])
			clear(d.elems[base:])
			return a, nil
		default:
			return nil, d.syntaxError("after array element")
		}
	}
}

// key decodes an object key, sharing one string per distinct short key.
func (d *jsonDecoder) key() (string, error) {
	raw, plain, err := d.scanString()
	if err != nil {
		return "", err
	}
	if !plain {
		return unquote(raw), nil
	}
	if len(raw) > maxInternedKey {
		return string(raw), nil
	}
	return d.intern(raw), nil
}

// intern returns a string equal to raw, shared with earlier calls for the
// same bytes while the cache has room.
func (d *jsonDecoder) intern(raw []byte) string {
	if s, ok := d.keys[string(raw)]; ok {
		return s
	}
	s := string(raw)
	if len(d.keys) < maxInternedKeys {
		d.keys[s] = s
	}
	return s
}

func (d *jsonDecoder) str() (interface{}, error) {
	raw, plain, err := d.scanString()
	if err != nil {
		return nil, err
	}
	if !plain {
		return unquote(raw), nil
	}
	if len(raw) > maxInternedValue {
		return string(raw), nil
	}
	return d.intern(raw), nil
}

// scanString moves past the string at the current position and returns its
// content between the quotes. plain is true when the content has no escapes
// and is valid UTF-8, so it can be used as it is.
func (d *jsonDecoder) scanString() (raw []byte, plain bool, err error) {
	d.pos++ // opening quote
	start := d.pos
	plain = true
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			raw = d.data[start:d.pos]
			d.pos++
			return raw, plain, nil
		case c == '\\':
			plain = false
			if err := d.scanEscape(); err != nil {
				return nil, false, err
			}
		case c < 0x20:
			return nil, false, d.syntaxError("in string literal")
		case c < utf8.RuneSelf:
			d.pos++
		default:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			if r == utf8.RuneError && size == 1 {
				plain = false
			}
			d.pos += size
		}
	}
	return nil, false, d.syntaxError("")
}

// scanEscape validates the escape sequence at the current backslash and
// moves past it.
func (d *jsonDecoder) scanEscape() error {
	d.pos++ // backslash
	if d.pos >= len(d.data) {
		return d.syntaxError("")
	}
	switch d.data[d.pos] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		d.pos++
		return nil
	case 'u':
		d.pos++
		for i := 0; i < 4; i++ {
			if d.pos >= len(d.data) || !isHex(d.data[d.pos]) {
				return d.syntaxError("in \\u hexadecimal character escape")
			}
			d.pos++
		}
		return nil
	default:
		return d.syntaxError("in string escape code")
	}
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// hex4 reads four hex digits that scanEscape already validated.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

// unquote decodes string content that scanString validated: escapes are
// resolved, surrogate pairs combined, and lone surrogates and invalid UTF-8
// bytes replaced by U+FFFD, as encoding/json does.
func unquote(raw []byte) string {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '\\':
			var r rune
			r, i = unescape(raw, i)
			out = utf8.AppendRune(out, r)
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			r, size := utf8.DecodeRune(raw[i:])
			out = utf8.AppendRune(out, r)
			i += size
		}
	}
	return string(out)
}

// unescape decodes the escape at raw[i] and returns the rune and the index
// after it.
func unescape(raw []byte, i int) (rune, int) {
	switch raw[i+1] {
	case 'b':
		return '\b', i + 2
	case 'f':
		return '\f', i + 2
	case 'n':
		return '\n', i + 2
	case 'r':
		return '\r', i + 2
	case 't':
		return '\t', i + 2
	case 'u':
		r := hex4(raw[i+2:])
		next := i + 6
		if !utf16.IsSurrogate(r) {
			return r, next
		}
		if next+6 <= len(raw) && raw[next] == '\\' && raw[next+1] == 'u' {
			if pair := utf16.DecodeRune(r, hex4(raw[next+2:])); pair != utf8.RuneError {
				return pair, next + 6
			}
		}
		return utf8.RuneError, next
	default: // '"', '\\', '/'
		return rune(raw[i+1]), i + 2
	}
}

// number decodes a JSON number: an int64 when it is an integer literal that
// fits, a float64 otherwise. A number out of float64 range is an error.
func (d *jsonDecoder) number() (interface{}, error) {
	start := d.pos
	isInt, err := d.scanNumber()
	if err != nil {
		return nil, err
	}
	lit := d.data[start:d.pos]
	if isInt {
		if i, ok := parseInt64(lit); ok {
			return i, nil
		}
	}
	f, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		return nil, fmt.Errorf("number %s at offset %d: %w", lit, start, err)
	}
	return f, nil
}

// scanNumber moves past a number following the JSON grammar and reports
// whether it has neither fraction nor exponent.
func (d *jsonDecoder) scanNumber() (isInt bool, err error) {
	if d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos < len(d.data) && d.data[d.pos] == '0':
		d.pos++
	case d.pos < len(d.data) && d.data[d.pos] >= '1' && d.data[d.pos] <= '9':
		d.skipDigits()
	default:
		return false, d.syntaxError("in numeric literal")
	}
	isInt = true
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		isInt = false
		d.pos++
		if !d.requireDigits() {
			return false, d.syntaxError("after decimal point in numeric literal")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		isInt = false
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if !d.requireDigits() {
			return false, d.syntaxError("in exponent of numeric literal")
		}
	}
	return isInt, nil
}

func (d *jsonDecoder) skipDigits() {
	for d.pos < len(d.data) && d.data[d.pos] >= '0' && d.data[d.pos] <= '9' {
		d.pos++
	}
}

func (d *jsonDecoder) requireDigits() bool {
	start := d.pos
	d.skipDigits()
	return d.pos > start
}

// parseInt64 parses a validated integer literal; ok is false when it does
// not fit an int64.
func parseInt64(lit []byte) (int64, bool) {
	digits := lit
	if digits[0] == '-' {
		digits = digits[1:]
	}
	// Up to 18 digits always fit; longer literals take the careful path.
	if len(digits) > 18 {
		i, err := strconv.ParseInt(string(lit), 10, 64)
		return i, err == nil
	}
	var n int64
	for _, c := range digits {
		n = n*10 + int64(c-'0')
	}
	if lit[0] == '-' {
		n = -n
	}
	return n, true
}
