package jsonx

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"unsafe"
)

// fillInterface compiles interface types. interface{} decodes with the
// Kubernetes rules (objects to map[string]interface{}, integers to int64);
// other interfaces accept only null when decoding.
func fillInterface(c *codec, t reflect.Type) error {
	c.empty = func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().IsNil() }
	c.enc = func(e *encoder, p unsafe.Pointer) error {
		v := reflect.NewAt(t, p).Elem()
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.value(v.Elem().Interface())
	}
	if t.NumMethod() == 0 {
		c.dec = func(d *decoder, p unsafe.Pointer) error {
			v, err := d.any()
			if err != nil {
				return err
			}
			*(*any)(p) = v
			return nil
		}
		return nil
	}
	c.dec = func(d *decoder, p unsafe.Pointer) error {
		if d.ws() == 'n' {
			reflect.NewAt(t, p).Elem().SetZero()
			return d.literal("null")
		}
		return d.mismatch(t)
	}
	return nil
}

// any decodes the next value into its interface{} form.
func (d *decoder) any() (any, error) {
	switch c := d.ws(); c {
	case '{':
		m := map[string]any{}
		key, ok, err := d.objFirst()
		for ; ok; key, ok, err = d.objNext() {
			k := d.string(key)
			v, err := d.any()
			if err != nil {
				return nil, err
			}
			m[k] = v
		}
		return m, err
	case '[':
		s := []any{}
		ok, err := d.arrFirst()
		for ; ok; ok, err = d.arrNext() {
			v, err := d.any()
			if err != nil {
				return nil, err
			}
			s = append(s, v)
		}
		return s, err
	case '"':
		b, err := d.str()
		if err != nil {
			return nil, err
		}
		return d.string(b), nil
	case 't':
		return true, d.literal("true")
	case 'f':
		return false, d.literal("false")
	case 'n':
		return nil, d.literal("null")
	}
	return d.anyNumber()
}

// anyNumber decodes a number as int64 when it is an integer in range and
// as float64 otherwise, the Kubernetes rule for untyped numbers.
func (d *decoder) anyNumber() (any, error) {
	start := d.pos
	s, err := d.number()
	if err != nil {
		return nil, err
	}
	text := unsafe.String(unsafe.SliceData(s), len(s))
	if i, err := strconv.ParseInt(text, 10, 64); err == nil {
		return i, nil
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return nil, d.typeErr("number "+text, reflect.TypeFor[float64](), start)
	}
	return f, nil
}

// value encodes a dynamic value, as found in an interface.
func (e *encoder) value(v any) error {
	switch x := v.(type) {
	case nil:
		e.buf = append(e.buf, "null"...)
		return nil
	case string:
		e.buf = appendString(e.buf, x)
		return nil
	case bool:
		e.buf = strconv.AppendBool(e.buf, x)
		return nil
	case int64:
		e.buf = strconv.AppendInt(e.buf, x, 10)
		return nil
	case float64:
		var err error
		e.buf, err = appendFloat(e.buf, x, 64)
		return err
	case map[string]any:
		return e.anyMap(x)
	case []any:
		return e.anySlice(x)
	}
	return e.reflectValue(v)
}

// anySlice encodes []interface{}.
func (e *encoder) anySlice(s []any) error {
	if s == nil {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if err := e.enter(); err != nil {
		return err
	}
	e.buf = append(e.buf, '[')
	for i, v := range s {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		if err := e.value(v); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, ']')
	e.depth--
	return nil
}

// anyMap encodes map[string]interface{} with sorted keys.
func (e *encoder) anyMap(m map[string]any) error {
	if m == nil {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if err := e.enter(); err != nil {
		return err
	}
	keys := sortedKeys(m)
	e.buf = append(e.buf, '{')
	for i, k := range keys {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, k)
		e.buf = append(e.buf, ':')
		if err := e.value(m[k]); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '}')
	e.depth--
	return nil
}

// reflectValue encodes a dynamic value of any other type through its
// compiled codec, or encoding/json when there is none or the value needs
// encoding/json's non-addressable treatment.
func (e *encoder) reflectValue(v any) error {
	rv := reflect.ValueOf(v)
	var c *codec
	var p unsafe.Pointer
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		c, p = codecFor(rv.Type().Elem()), rv.UnsafePointer()
	} else if c = codecFor(rv.Type()); c != nil && !c.addrMarshal {
		tmp := reflect.New(rv.Type())
		tmp.Elem().Set(rv)
		p = tmp.UnsafePointer()
	}
	if p == nil || c == nil || (c.addrMarshal && rv.Kind() != reflect.Pointer) {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("jsonx: encoding %T: %w", v, err)
		}
		e.buf = append(e.buf, b...)
		return nil
	}
	if err := e.enter(); err != nil {
		return err
	}
	err := c.enc(e, p)
	e.depth--
	return err
}
