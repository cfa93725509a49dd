package protox

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"unsafe"
)

// target returns the message codec of v's type and a pointer to v's value.
// Non-pointer values are copied so that they are addressable.
func target(v any) (*codec, unsafe.Pointer, error) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return nil, nil, errors.New("nil value")
	}
	if rv.Kind() != reflect.Pointer {
		cp := reflect.New(rv.Type())
		cp.Elem().Set(rv)
		rv = cp
	}
	if rv.IsNil() {
		return nil, nil, fmt.Errorf("nil %T", v)
	}
	if rv.Type().Elem().Kind() != reflect.Struct {
		return nil, nil, fmt.Errorf("%T is not a pointer to a struct", v)
	}
	c, err := codecFor(rv.Type().Elem())
	if err != nil {
		return nil, nil, err
	}
	return c, rv.UnsafePointer(), nil
}

// Marshal returns the protobuf encoding of v, a struct or pointer to a
// struct of an API type, byte for byte what the reference's generated
// Marshal method returns.
func Marshal(v any) ([]byte, error) {
	return AppendMarshal(nil, v)
}

// AppendMarshal appends the protobuf encoding of v to dst. It computes the
// size first and grows dst at most once.
func AppendMarshal(dst []byte, v any) ([]byte, error) {
	c, p, err := target(v)
	if err != nil {
		return dst, fmt.Errorf("protox: encoding %T: %w", v, err)
	}
	return appendMessage(dst, c, p)
}

// appendMessage appends the encoding of the message at p.
func appendMessage(dst []byte, c *codec, p unsafe.Pointer) ([]byte, error) {
	n := c.size(p)
	start := len(dst)
	out := growBytes(dst, n)[:start+n]
	if i := c.put(out, len(out), p); i != start {
		// Only a value changed while it was being encoded gets here.
		return dst, fmt.Errorf("protox: encoding %v: wrote %d bytes, sized %d (was the value modified concurrently?)",
			c.typ, len(out)-i, n)
	}
	return out, nil
}

var decoderPool = sync.Pool{New: func() any { return new(decoder) }}

// Unmarshal decodes the protobuf encoding data into v, a non-nil pointer
// to a struct of an API type, after setting *v to its zero value. Unknown
// fields are skipped. Malformed input returns an error naming the type,
// the field path and the offset.
//
// data is not retained: decoded strings and []byte values are copied into
// shared chunks of memory (so a retained string keeps at most its chunk
// alive), not allocated one by one, strings and []byte values in separate
// chunks. Within one input of 64 KiB or more, equal short strings and
// equal FieldsV1 bytes are stored once and shared (internal/intern): such
// values must not be modified in place.
func Unmarshal(data []byte, v any) error {
	return unmarshal(data, v, true)
}

// UnmarshalShared is Unmarshal without copying: the decoded strings and
// []byte values point into data itself, which the caller must never modify
// afterwards (nor return to a pool), and any retained string keeps all of
// data alive. Use it for a buffer read for this one decode, such as a
// response body.
func UnmarshalShared(data []byte, v any) error {
	return unmarshal(data, v, false)
}

// unmarshal decodes data into v, copying what it keeps out of data when
// copyOut is set.
func unmarshal(data []byte, v any, copyOut bool) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Type().Elem().Kind() != reflect.Struct {
		return fmt.Errorf("protox: Unmarshal needs a non-nil pointer to a struct, got %T", v)
	}
	c, err := codecFor(rv.Type().Elem())
	if err != nil {
		return fmt.Errorf("protox: decoding %T: %w", v, err)
	}
	rv.Elem().SetZero()
	d := decoderPool.Get().(*decoder)
	d.data, d.pos, d.depth, d.copy, d.inFieldsV1 = data, 0, 0, copyOut, false
	if copyOut {
		d.intern.Start(len(data))
	}
	err = c.dec(d, rv.UnsafePointer(), len(data))
	d.intern.Stop()
	d.data = nil
	decoderPool.Put(d)
	if err != nil {
		return fmt.Errorf("protox: decoding %T: %w", v, err)
	}
	return nil
}

// Supports reports whether values of t (a struct type or a pointer to
// one) have a protobuf encoding: every encoded field, all the way down,
// has a protobuf field number.
func Supports(t reflect.Type) bool {
	if t == nil {
		return false
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return false
	}
	c, err := codecFor(t)
	return err == nil && c != nil
}
