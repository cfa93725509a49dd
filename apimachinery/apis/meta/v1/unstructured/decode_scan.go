package unstructured

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

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

func (d *jsonDecoder) literal(word string) error {
	for i := 0; i < len(word); i++ {
		if d.pos >= len(d.data) || d.data[d.pos] != word[i] {
			return d.syntaxError("in literal " + word)
		}
		d.pos++
	}
	return nil
}

// key decodes an object key, sharing one string per distinct key.
func (d *jsonDecoder) key() (string, error) {
	raw, plain, err := d.scanString()
	if err != nil {
		return "", err
	}
	if len(raw) > maxCachedKey {
		return decodedString(raw, plain), nil
	}
	if s, ok := d.keys[string(raw)]; ok {
		return s, nil
	}
	s := decodedString(raw, plain)
	if len(d.keys) < maxCacheEntries {
		d.keys[string(raw)] = s
	}
	return s, nil
}

// stringValue decodes a string value boxed in an interface{}, sharing the
// box of values seen before.
func (d *jsonDecoder) stringValue() (interface{}, error) {
	raw, plain, err := d.scanString()
	if err != nil {
		return nil, err
	}
	if len(raw) > maxCachedValue {
		return decodedString(raw, plain), nil
	}
	if v, ok := d.values[string(raw)]; ok {
		return v, nil
	}
	var v interface{} = decodedString(raw, plain)
	if len(d.values) < maxCacheEntries {
		d.values[string(raw)] = v
	}
	return v, nil
}

// decodedString returns the string raw stands for: raw itself when it is
// plain, else with its escapes resolved.
func decodedString(raw []byte, plain bool) string {
	if plain {
		return string(raw)
	}
	return unquote(raw)
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
