package jsonx

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"unsafe"
)

// decFn decodes the next JSON value into the Go value at p.
type decFn func(d *decoder, p unsafe.Pointer) error

// encFn appends the JSON form of the Go value at p.
type encFn func(e *encoder, p unsafe.Pointer) error

// codec is the compiled decoder and encoder of one Go type.
type codec struct {
	typ reflect.Type
	dec decFn
	enc encFn
	// empty reports whether the value counts as empty for omitempty.
	empty func(p unsafe.Pointer) bool
	// addrMarshal is true when a pointer-receiver MarshalJSON is reachable
	// without indirection: encoding/json calls it only for addressable
	// values, so such values are encoded by encoding/json when they are
	// not addressable (top-level values, map values, interface contents).
	addrMarshal bool
}

// errUnsupported marks types the compiled codec leaves to encoding/json.
var errUnsupported = errors.New("type not supported by the compiled codec")

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	marshalerType       = reflect.TypeFor[json.Marshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	numberType          = reflect.TypeFor[json.Number]()
)

// registry holds compiled codecs keyed by exact type; a nil entry records
// a type that is not supported.
var registry sync.Map // reflect.Type -> *codec

// buildMu serialises compilation so recursive types see their placeholder.
var buildMu sync.Mutex

// codecFor returns the compiled codec of t, or nil when t is left to
// encoding/json.
func codecFor(t reflect.Type) *codec {
	if c, ok := registry.Load(t); ok {
		return c.(*codec)
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	if c, ok := registry.Load(t); ok {
		return c.(*codec)
	}
	b := &builder{building: map[reflect.Type]*codec{}}
	c, err := b.build(t)
	if err != nil {
		registry.Store(t, (*codec)(nil))
		return nil
	}
	for bt, bc := range b.building {
		registry.Store(bt, bc)
	}
	return c
}

// builder compiles a type and the types it reaches.
type builder struct {
	building map[reflect.Type]*codec
}

// build returns the codec of t, compiling it (and what it reaches) once.
func (b *builder) build(t reflect.Type) (*codec, error) {
	if c, ok := registry.Load(t); ok {
		if c.(*codec) == nil {
			return nil, fmt.Errorf("%v: %w", t, errUnsupported)
		}
		return c.(*codec), nil
	}
	if c, ok := b.building[t]; ok {
		return c, nil
	}
	c := &codec{typ: t}
	b.building[t] = c
	if err := b.fill(c, t); err != nil {
		return nil, err
	}
	return c, nil
}

// fill sets the functions of c for t.
func (b *builder) fill(c *codec, t reflect.Type) error {
	pt := reflect.PointerTo(t)
	switch {
	case t.Kind() != reflect.Pointer && (t.Implements(marshalerType) || pt.Implements(marshalerType)):
		return b.fillMarshaler(c, t)
	case t.Kind() != reflect.Pointer && pt.Implements(unmarshalerType):
		return fmt.Errorf("%v: unmarshaler without marshaler: %w", t, errUnsupported)
	case t.Kind() != reflect.Pointer && (t.Implements(textMarshalerType) || pt.Implements(textUnmarshalerType)):
		return fmt.Errorf("%v: text marshaler: %w", t, errUnsupported)
	case t == numberType:
		c.dec, c.enc, c.empty = decNumber, encNumber, emptyString
		return nil
	}
	if f := scalars[t.Kind()]; f.dec != nil {
		c.dec, c.enc, c.empty = f.dec, f.enc, f.empty
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		return b.fillPointer(c, t)
	case reflect.Slice:
		return b.fillSlice(c, t)
	case reflect.Map:
		return b.fillMap(c, t)
	case reflect.Struct:
		return b.fillStruct(c, t)
	case reflect.Interface:
		return fillInterface(c, t)
	}
	return fmt.Errorf("%v: %w", t, errUnsupported)
}

// fillMarshaler compiles a type with its own JSON methods: the methods do
// all the work, except for the few apimachinery types with fast paths.
func (b *builder) fillMarshaler(c *codec, t reflect.Type) error {
	pt := reflect.PointerTo(t)
	if !pt.Implements(unmarshalerType) {
		return fmt.Errorf("%v: marshaler without unmarshaler: %w", t, errUnsupported)
	}
	if fast, ok := fastCodecs[t]; ok {
		c.dec, c.enc = fast.dec, fast.enc
	} else {
		c.dec = func(d *decoder, p unsafe.Pointer) error { return decMethod(d, t, p) }
		c.enc = func(e *encoder, p unsafe.Pointer) error { return encMethod(e, t, p) }
	}
	c.empty = func(unsafe.Pointer) bool { return false }
	if t.Kind() != reflect.Struct {
		return fmt.Errorf("%v: non-struct marshaler: %w", t, errUnsupported)
	}
	c.addrMarshal = !t.Implements(marshalerType)
	return nil
}

// fillPointer compiles *T.
func (b *builder) fillPointer(c *codec, t reflect.Type) error {
	ec, err := b.build(t.Elem())
	if err != nil {
		return err
	}
	c.dec = ptrDecoder(t.Elem(), ec)
	c.enc = func(e *encoder, p unsafe.Pointer) error {
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if err := e.enter(); err != nil {
			return err
		}
		err := ec.enc(e, q)
		e.depth--
		return err
	}
	c.empty = func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) == nil }
	return nil
}

// fillSlice compiles []T ([]byte is base64 like encoding/json).
func (b *builder) fillSlice(c *codec, t reflect.Type) error {
	c.empty = func(p unsafe.Pointer) bool { return (*sliceHeader)(p).Len == 0 }
	et := t.Elem()
	if et.Kind() == reflect.Uint8 && !reflect.PointerTo(et).Implements(marshalerType) &&
		!reflect.PointerTo(et).Implements(textMarshalerType) {
		c.dec, c.enc = decBytes, encBytes
		return nil
	}
	ec, err := b.build(et)
	if err != nil {
		return err
	}
	c.addrMarshal = false
	c.dec = sliceDecoder(t, ec)
	c.enc = sliceEncoder(et.Size(), ec)
	return nil
}

// fillMap compiles map[K]V for string-kinded K.
func (b *builder) fillMap(c *codec, t reflect.Type) error {
	if t.Key().Kind() != reflect.String || reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) ||
		t.Key().Implements(textMarshalerType) {
		return fmt.Errorf("%v: map key: %w", t, errUnsupported)
	}
	ec, err := b.build(t.Elem())
	if err != nil {
		return err
	}
	if ec.addrMarshal {
		return fmt.Errorf("%v: map value with pointer-receiver MarshalJSON: %w", t, errUnsupported)
	}
	c.empty = func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().Len() == 0 }
	if t == reflect.TypeFor[map[string]string]() {
		c.dec, c.enc = decStringMap, encStringMap
		return nil
	}
	c.dec = mapDecoder(t, ec)
	c.enc = mapEncoder(t, ec)
	return nil
}

// sliceHeader is the memory layout of a slice.
type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}
