package jsonx

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
)

// Unmarshal decodes data into v, which must be a non-nil pointer, with the
// Kubernetes rules (case-sensitive field names, int64 for integers in
// interface{}).
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("jsonx: Unmarshal needs a non-nil pointer, got %T", v)
	}
	c := codecFor(rv.Type().Elem())
	if c == nil {
		return unmarshalFallback(data, v)
	}
	d := decoderPool.Get().(*decoder)
	d.data, d.pos, d.depth = data, 0, 0
	d.intern.Start(len(data))
	err := c.dec(d, rv.UnsafePointer())
	d.intern.Stop()
	if d.ws(); err == nil && d.pos < len(d.data) {
		err = d.syntaxErr(fmt.Sprintf("invalid character %q after top-level value", d.data[d.pos]))
	}
	if err == nil && len(data) == 0 {
		err = d.syntaxErr("unexpected end of JSON input")
	}
	d.data = nil
	if cap(d.scratch) > 64<<10 {
		d.scratch = nil
	}
	decoderPool.Put(d)
	return err
}

// unmarshalFallback decodes a type the compiled codec does not support
// with encoding/json.
func unmarshalFallback(data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("jsonx: %w", err)
	}
	return nil
}

var encoderPool = sync.Pool{New: func() any { return new(encoder) }}

// Marshal returns the JSON encoding of v, byte for byte what
// encoding/json.Marshal returns.
func Marshal(v any) ([]byte, error) {
	return AppendMarshal(nil, v)
}

// sizeHints remembers the size of the last large output per type, so the
// next output of that type is allocated once instead of grown.
var sizeHints sync.Map // reflect.Type -> int

// AppendMarshal appends the JSON encoding of v to dst.
func AppendMarshal(dst []byte, v any) ([]byte, error) {
	e := encoderPool.Get().(*encoder)
	defer encoderPool.Put(e)
	e.buf, e.depth = dst, 0
	t := reflect.TypeOf(v)
	if hint, ok := sizeHints.Load(t); ok && dst == nil {
		e.buf = make([]byte, 0, hint.(int)+hint.(int)/8)
	}
	err := e.value(v)
	if err == nil && len(e.buf)-len(dst) > 4<<10 {
		sizeHints.Store(t, len(e.buf)-len(dst))
	}
	out := e.buf
	e.buf = nil
	if err != nil {
		return dst, err
	}
	return out, nil
}

// Supported reports whether values of t go through the compiled codec
// rather than encoding/json.
func Supported(t reflect.Type) bool {
	return t != nil && codecFor(t) != nil
}

// IsSyntaxError reports whether err is a JSON syntax error of either this
// package or encoding/json.
func IsSyntaxError(err error) bool {
	var s *SyntaxError
	var j *json.SyntaxError
	return errors.As(err, &s) || errors.As(err, &j)
}
