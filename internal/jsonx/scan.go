package jsonx

import (
	"encoding/json"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth is the nesting limit encoding/json also enforces.
const maxDepth = 10000

// SyntaxError reports malformed JSON and the byte offset where it was found.
type SyntaxError struct {
	// Offset is the byte offset in the input at which the error was found.
	Offset int
	msg    string
}

// Error describes the problem and where it is.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("jsonx: %s at offset %d", e.msg, e.Offset)
}

// Unwrap returns the equivalent *json.SyntaxError, so that callers testing
// for encoding/json's error type with errors.As find it and its offset.
func (e *SyntaxError) Unwrap() error {
	return &json.SyntaxError{Offset: int64(e.Offset)}
}

// syntaxErr returns a SyntaxError at the current position.
func (d *decoder) syntaxErr(msg string) error {
	return &SyntaxError{Offset: d.pos, msg: msg}
}

// unexpected describes the byte at the current position (or the end).
func (d *decoder) unexpected(context string) error {
	if d.pos >= len(d.data) {
		return d.syntaxErr("unexpected end of input " + context)
	}
	return d.syntaxErr(fmt.Sprintf("invalid character %q %s", d.data[d.pos], context))
}

// ws skips whitespace and returns the next byte, or 0 at the end.
func (d *decoder) ws() byte {
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		if c != ' ' && c != '\n' && c != '\r' && c != '\t' {
			return c
		}
		d.pos++
	}
	return 0
}

// literal consumes the literal word (true, false, null) at the position.
func (d *decoder) literal(word string) error {
	if len(d.data)-d.pos < len(word) || string(d.data[d.pos:d.pos+len(word)]) != word {
		for i := 0; i < len(word) && d.pos < len(d.data) && d.data[d.pos] == word[i]; i++ {
			d.pos++
		}
		return d.unexpected("in literal " + word)
	}
	d.pos += len(word)
	return nil
}

// number consumes a number and returns its text, checking the JSON grammar.
func (d *decoder) number() ([]byte, error) {
	start := d.pos
	data := d.data
	i := d.pos
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case i < len(data) && data[i] >= '1' && data[i] <= '9':
		for i < len(data) && isDigit(data[i]) {
			i++
		}
	default:
		d.pos = i
		return nil, d.unexpected("in numeric literal")
	}
	if i < len(data) && data[i] == '.' {
		i++
		if i >= len(data) || !isDigit(data[i]) {
			d.pos = i
			return nil, d.unexpected("after decimal point in numeric literal")
		}
		for i < len(data) && isDigit(data[i]) {
			i++
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= len(data) || !isDigit(data[i]) {
			d.pos = i
			return nil, d.unexpected("in exponent of numeric literal")
		}
		for i < len(data) && isDigit(data[i]) {
			i++
		}
	}
	d.pos = i
	return data[start:i], nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// str consumes a string literal (the position is at its opening quote) and
// returns its decoded contents. When the literal has no escapes and is valid
// UTF-8 the result aliases the input; otherwise it is written to the
// decoder's scratch buffer and is valid until the next call.
func (d *decoder) str() ([]byte, error) {
	d.pos++
	start := d.pos
	data := d.data
	i := start
	for i < len(data) && !strStop[data[i]] {
		i++
	}
	if i < len(data) {
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			return data[start:i], nil
		case c == '\\' || c >= utf8.RuneSelf:
			d.pos = i
			return d.strSlow(start)
		default:
			d.pos = i
			return nil, d.syntaxErr(fmt.Sprintf("invalid character %q in string literal", c))
		}
	}
	d.pos = len(data)
	return nil, d.syntaxErr("unexpected end of input in string literal")
}

// strStop marks the bytes that end the fast scan of a string literal: the
// closing quote, a backslash, control characters and non-ASCII bytes.
var strStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '"' || c == '\\' || c < 0x20 || c >= utf8.RuneSelf
	}
	return t
}()

// strSlow decodes the rest of a string literal with escapes or non-ASCII
// bytes into scratch, replacing invalid UTF-8 by U+FFFD like encoding/json.
func (d *decoder) strSlow(start int) ([]byte, error) {
	out := append(d.scratch[:0], d.data[start:d.pos]...)
	data := d.data
	for d.pos < len(data) {
		c := data[d.pos]
		switch {
		case c == '"':
			d.pos++
			d.scratch = out
			return out, nil
		case c == '\\':
			var err error
			if out, err = d.escape(out); err != nil {
				return nil, err
			}
		case c < 0x20:
			return nil, d.syntaxErr(fmt.Sprintf("invalid character %q in string literal", c))
		case c < utf8.RuneSelf:
			out = append(out, c)
			d.pos++
		default:
			r, size := utf8.DecodeRune(data[d.pos:])
			d.pos += size
			out = utf8.AppendRune(out, r)
		}
	}
	return nil, d.syntaxErr("unexpected end of input in string literal")
}

// escape decodes one backslash escape at the position onto out.
func (d *decoder) escape(out []byte) ([]byte, error) {
	d.pos++
	if d.pos >= len(d.data) {
		return nil, d.syntaxErr("unexpected end of input in string escape code")
	}
	c := d.data[d.pos]
	d.pos++
	switch c {
	case '"', '\\', '/':
		return append(out, c), nil
	case 'b':
		return append(out, '\b'), nil
	case 'f':
		return append(out, '\f'), nil
	case 'n':
		return append(out, '\n'), nil
	case 'r':
		return append(out, '\r'), nil
	case 't':
		return append(out, '\t'), nil
	case 'u':
		return d.unicodeEscape(out)
	}
	d.pos--
	return nil, d.syntaxErr(fmt.Sprintf("invalid character %q in string escape code", c))
}

// unicodeEscape decodes \uXXXX (the position is after the u), pairing
// surrogates; lone surrogates become U+FFFD.
func (d *decoder) unicodeEscape(out []byte) ([]byte, error) {
	r, err := d.hex4()
	if err != nil {
		return nil, err
	}
	if utf16.IsSurrogate(r) {
		if d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
			save := d.pos
			d.pos += 2
			r2, err := d.hex4()
			if err != nil {
				return nil, err
			}
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				return utf8.AppendRune(out, dec), nil
			}
			d.pos = save
		}
		r = utf8.RuneError
	}
	return utf8.AppendRune(out, r), nil
}

// hex4 reads four hex digits.
func (d *decoder) hex4() (rune, error) {
	var r rune
	for k := 0; k < 4; k++ {
		if d.pos >= len(d.data) {
			return 0, d.syntaxErr("unexpected end of input in \\u escape")
		}
		c := d.data[d.pos]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, d.syntaxErr(fmt.Sprintf("invalid character %q in \\u hexadecimal character escape", c))
		}
		r = r<<4 | rune(c)
		d.pos++
	}
	return r, nil
}

// skipStr consumes a string literal without decoding it, still checking it.
func (d *decoder) skipStr() error {
	d.pos++
	data := d.data
	for i := d.pos; i < len(data); i++ {
		if !skipStop[data[i]] {
			continue
		}
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			return nil
		case c == '\\':
			d.pos = i
			if err := d.skipEscape(); err != nil {
				return err
			}
			i = d.pos - 1
		default:
			d.pos = i
			return d.syntaxErr(fmt.Sprintf("invalid character %q in string literal", c))
		}
	}
	d.pos = len(data)
	return d.syntaxErr("unexpected end of input in string literal")
}

// skipStop marks the bytes skipStr stops at: the closing quote, a
// backslash and control characters.
var skipStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '"' || c == '\\' || c < 0x20
	}
	return t
}()

// skipEscape checks one backslash escape at the position and moves past it.
func (d *decoder) skipEscape() error {
	d.pos++
	if d.pos >= len(d.data) {
		return d.syntaxErr("unexpected end of input in string escape code")
	}
	c := d.data[d.pos]
	d.pos++
	switch c {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return nil
	case 'u':
		_, err := d.hex4()
		return err
	}
	d.pos--
	return d.syntaxErr(fmt.Sprintf("invalid character %q in string escape code", c))
}

// skip consumes one value of any kind, checking its syntax.
func (d *decoder) skip() error {
	c := d.ws()
	if c == '{' || c == '[' {
		return d.skipComposite(c)
	}
	return d.skipScalar(c)
}

// skipScalar consumes the string, literal or number starting with c.
func (d *decoder) skipScalar(c byte) error {
	switch c {
	case '"':
		return d.skipStr()
	case 't':
		return d.literal("true")
	case 'f':
		return d.literal("false")
	case 'n':
		return d.literal("null")
	}
	_, err := d.number()
	return err
}

// closer returns the bracket closing open.
func closer(open byte) byte {
	if open == '{' {
		return '}'
	}
	return ']'
}

// skipComposite consumes the object or array whose opening bracket open is
// at the position, checking its syntax. It loops over an explicit stack
// of open brackets instead of recursing: managed fields, which clients
// skip as raw JSON, nest many small objects.
func (d *decoder) skipComposite(open byte) error {
	stack := d.stack[:0]
	c := open
	var err error
	for {
		// A value starts at the position; c is its first byte.
		if c == '{' || c == '[' {
			if err = d.enter(); err != nil {
				break
			}
			d.pos++
			if d.ws() != closer(c) {
				stack = append(stack, c)
				if c == '{' {
					if err = d.key(); err != nil {
						break
					}
				}
				c = d.ws()
				continue
			}
			d.pos++
			d.depth--
		} else if err = d.skipScalar(c); err != nil {
			break
		}
		// The value ended: close containers until one has another member.
		more := false
		for len(stack) > 0 && !more && err == nil {
			top := stack[len(stack)-1]
			switch d.ws() {
			case ',':
				d.pos++
				more = true
				if top == '{' {
					err = d.key()
				}
			case closer(top):
				d.pos++
				d.depth--
				stack = stack[:len(stack)-1]
			default:
				err = d.unexpected("after object key:value pair or array element")
			}
		}
		if err != nil || !more {
			break
		}
		c = d.ws()
	}
	d.stack = stack[:0]
	return err
}

// key consumes an object key (skipped) and its colon.
func (d *decoder) key() error {
	if d.ws() != '"' {
		return d.unexpected("looking for beginning of object key string")
	}
	if err := d.skipStr(); err != nil {
		return err
	}
	return d.colon()
}

// colon consumes the colon after an object key.
func (d *decoder) colon() error {
	if d.ws() != ':' {
		return d.unexpected("after object key")
	}
	d.pos++
	return nil
}

// next consumes the comma or closing bracket after a member; more reports
// whether another member follows.
func (d *decoder) next(closing byte) (more bool, err error) {
	switch d.ws() {
	case ',':
		d.pos++
		return true, nil
	case closing:
		d.pos++
		d.depth--
		return false, nil
	}
	return false, d.unexpected("after object key:value pair or array element")
}

// enter counts one more level of nesting.
func (d *decoder) enter() error {
	d.depth++
	if d.depth > maxDepth {
		return d.syntaxErr("exceeded max depth")
	}
	return nil
}
