package jsonx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"unsafe"
)

// decMethod hands the raw bytes of the next value to the type's
// UnmarshalJSON, as encoding/json does (null included, for non-pointers).
func decMethod(d *decoder, t reflect.Type, p unsafe.Pointer) error {
	start := d.pos
	d.ws()
	from := d.pos
	if err := d.skip(); err != nil {
		return err
	}
	u := reflect.NewAt(t, p).Interface().(json.Unmarshaler)
	if err := u.UnmarshalJSON(d.data[from:d.pos]); err != nil {
		return fmt.Errorf("jsonx: decoding %v at offset %d: %w", t, start, err)
	}
	return nil
}

// encMethod appends what the type's MarshalJSON returns, compacted and
// HTML-escaped as encoding/json does.
func encMethod(e *encoder, t reflect.Type, p unsafe.Pointer) error {
	var m json.Marshaler
	if t.Implements(marshalerType) {
		m = reflect.NewAt(t, p).Elem().Interface().(json.Marshaler)
	} else {
		m = reflect.NewAt(t, p).Interface().(json.Marshaler)
	}
	b, err := m.MarshalJSON()
	if err != nil {
		return fmt.Errorf("jsonx: encoding %v: %w", t, err)
	}
	return e.marshaled(t, b)
}

// marshaled appends the output of a MarshalJSON method.
func (e *encoder) marshaled(t reflect.Type, b []byte) error {
	if plainJSONString(b) || compactSafe(b) && validJSON(b) {
		e.buf = append(e.buf, b...)
		return nil
	}
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		return fmt.Errorf("jsonx: encoding %v: MarshalJSON returned invalid JSON: %w", t, err)
	}
	if bytes.ContainsAny(out.Bytes(), "<>&\u2028\u2029") {
		var esc bytes.Buffer
		json.HTMLEscape(&esc, out.Bytes())
		out = esc
	}
	e.buf = append(e.buf, out.Bytes()...)
	return nil
}

// plainJSONString reports whether b is a quoted string of printable ASCII
// that needs no escaping, which can be copied as it is.
func plainJSONString(b []byte) bool {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return false
	}
	for _, c := range b[1 : len(b)-1] {
		if c >= 0x80 || !safeASCII[c] {
			return false
		}
	}
	return true
}

// compactSafe reports whether b has no byte that compacting or HTML
// escaping would change (conservatively: no whitespace, <, >, & or the
// lead byte of U+2028/U+2029 anywhere).
func compactSafe(b []byte) bool {
	for _, c := range b {
		if unsafeForCopy[c] {
			return false
		}
	}
	return true
}

var unsafeForCopy = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '<': true, '>': true, '&': true, 0xE2: true}

// validJSON reports whether b is exactly one JSON value.
func validJSON(b []byte) bool {
	d := decoder{data: b}
	if d.skip() != nil {
		return false
	}
	d.ws()
	return d.pos == len(d.data)
}
