package protox

import (
	"errors"
	"fmt"
	"github.com/skiff-k8s/skiff/internal/slab"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// codec encodes and decodes the values of one Go type as one protobuf
// value (a varint, or a length-delimited payload: string, bytes or message).
type codec struct {
	typ  reflect.Type
	wire int
	// get and set convert varint values (wire == wireVarint).
	get func(p unsafe.Pointer) uint64
	set func(p unsafe.Pointer, v uint64)
	// size returns the payload size of a length-delimited value, without
	// its length prefix.
	size func(p unsafe.Pointer) int
	// put writes the payload so that it ends just before b[i] and returns
	// the index of its first byte.
	put func(b []byte, i int, p unsafe.Pointer) int
	// dec decodes the payload d.data[d.pos:end] into p, leaving d.pos at end.
	dec func(d *decoder, p unsafe.Pointer, end int) error
	// slab allocates values of typ for pointers to it; nil when too large.
	slab *slab.Kind
}

// fieldCodec encodes and decodes one field of a message, keys included:
// a single value, an optional (pointer) value, a repeated field or a map.
type fieldCodec struct {
	num  int
	name string
	// size returns the encoded size of the field, 0 when it is omitted.
	size func(p unsafe.Pointer) int
	// put writes the field so that it ends just before b[i] and returns
	// the index of its first byte.
	put func(b []byte, i int, p unsafe.Pointer) int
	// dec decodes one occurrence of the field, whose value (of wire type
	// wt) starts at d.pos, in a message ending at end.
	dec func(d *decoder, p unsafe.Pointer, wt, end int) error
}

// errUnsupported marks Go types without a protobuf encoding.
var errUnsupported = errors.New("no protobuf encoding")

// registry holds compiled codecs keyed by type; a nil entry records an
// unsupported type.
var registry sync.Map // reflect.Type -> *codec

// buildMu serialises compilation so recursive types see their placeholder.
var buildMu sync.Mutex

// codecFor returns the compiled codec of t or the reason t has none.
func codecFor(t reflect.Type) (*codec, error) {
	if c, ok := registry.Load(t); ok {
		if c.(*codec) == nil {
			return nil, fmt.Errorf("%v: %w", t, errUnsupported)
		}
		return c.(*codec), nil
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	b := &builder{building: map[reflect.Type]*codec{}}
	c, err := b.value(t)
	if err != nil {
		registry.Store(t, (*codec)(nil))
		return nil, err
	}
	for bt, bc := range b.building {
		registry.Store(bt, bc)
	}
	return c, nil
}

// builder compiles a type and the types it reaches.
type builder struct {
	building map[reflect.Type]*codec
}

// value returns the codec of t, compiling it once.
func (b *builder) value(t reflect.Type) (*codec, error) {
	if c, ok := registry.Load(t); ok {
		if c.(*codec) == nil {
			return nil, fmt.Errorf("%v: %w", t, errUnsupported)
		}
		return c.(*codec), nil
	}
	if c, ok := b.building[t]; ok {
		return c, nil
	}
	c := &codec{typ: t, slab: slab.NewKind(t)}
	b.building[t] = c
	if err := b.fill(c, t); err != nil {
		return nil, err
	}
	return c, nil
}

// fill sets the functions of c for t.
func (b *builder) fill(c *codec, t reflect.Type) error {
	if special, ok := specials[t]; ok {
		special(c)
		return nil
	}
	if fillScalar(c, t) {
		return nil
	}
	switch t.Kind() {
	case reflect.String:
		fillString(c)
		return nil
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			fillBytes(c)
			return nil
		}
		if t.Name() == "" {
			return fmt.Errorf("%v: unnamed slice as a single value: %w", t, errUnsupported)
		}
		return b.fillWrapped(c, t)
	case reflect.Struct:
		if err := b.fillStruct(c, t); err != nil {
			return err
		}
		if t == fieldsV1Type {
			markFieldsV1(c)
		}
		return nil
	}
	return fmt.Errorf("%v: %w", t, errUnsupported)
}

// fillWrapped compiles a named slice type (metav1.Verbs, ExtraValue), which
// the reference encodes as a message with the elements as field 1.
func (b *builder) fillWrapped(c *codec, t reflect.Type) error {
	items, err := b.repeated(1, "items", t)
	if err != nil {
		return err
	}
	fillMessage(c, t, []structField{{fieldCodec: items}})
	dec := c.dec
	c.dec = func(d *decoder, p unsafe.Pointer, end int) error {
		err := dec(d, p, end)
		if h := (*sliceHeader)(p); h.Data == nil {
			h.Data = unsafe.Pointer(&emptyArray) // present, so not nil
		}
		return err
	}
	return nil
}

// emptyArray backs the empty, non-nil slices decoding makes.
var emptyArray [0]uint64

// structField is a message field at an offset in its struct.
type structField struct {
	fieldCodec
	offset uintptr
	// fast says how the message loop may encode and decode the field
	// itself; key is then the field's encoded key.
	fast fastKind
	key  string
}

// fastKind names the field kinds the message loop decodes without a call
// when their value is short.
type fastKind uint8

const (
	fastNone fastKind = iota
	fastString
	fastInt32
	fastInt64
	fastBool
)

// fastKindOf returns the fast kind of a field of type t.
func fastKindOf(t reflect.Type) fastKind {
	if _, special := specials[t]; special {
		return fastNone
	}
	switch t.Kind() {
	case reflect.String:
		return fastString
	case reflect.Int32:
		return fastInt32
	case reflect.Int64:
		return fastInt64
	case reflect.Bool:
		return fastBool
	}
	return fastNone
}

// fillStruct compiles a struct as a message.
func (b *builder) fillStruct(c *codec, t reflect.Type) error {
	var fields []structField
	for i := range t.NumField() {
		sf := t.Field(i)
		num, ok, err := fieldNumber(t, sf)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		fc, err := b.field(num, jsonName(sf), sf.Type)
		if err != nil {
			return fmt.Errorf("%v.%s: %w", t, sf.Name, err)
		}
		fields = append(fields, structField{fieldCodec: fc, offset: sf.Offset, fast: fastKindOf(sf.Type)})
	}
	fillMessage(c, t, fields)
	return nil
}

// fieldNumber returns the protobuf field number of sf, or ok false for a
// field that is not encoded (untagged inline TypeMeta, json:"-" fields,
// unexported fields).
func fieldNumber(t reflect.Type, sf reflect.StructField) (num int, ok bool, err error) {
	if nums, found := metaFieldNumbers[typeKey(t)]; found {
		num, ok = nums[sf.Name]
		return num, ok, nil
	}
	tag, tagged := sf.Tag.Lookup("protobuf")
	switch {
	case tag == "-" || !sf.IsExported():
		return 0, false, nil
	case !tagged && (sf.Tag.Get("json") == "-" || sf.Anonymous && sf.Type.Name() == "TypeMeta"):
		return 0, false, nil
	case !tagged:
		return 0, false, fmt.Errorf("%v.%s: no protobuf tag: %w", t, sf.Name, errUnsupported)
	}
	parts := strings.Split(tag, ",")
	if len(parts) < 2 {
		return 0, false, fmt.Errorf("%v.%s: malformed protobuf tag %q: %w", t, sf.Name, tag, errUnsupported)
	}
	num, err = strconv.Atoi(parts[1])
	if err != nil || num < 1 || num > 1<<29-1 {
		return 0, false, fmt.Errorf("%v.%s: bad field number in protobuf tag %q: %w", t, sf.Name, tag, errUnsupported)
	}
	return num, true, nil
}

// typeKey names t as metaFieldNumbers does.
func typeKey(t reflect.Type) string {
	return strings.TrimPrefix(t.PkgPath(), modulePath) + "." + t.Name()
}

// modulePath is the prefix typeKey removes from package paths.
const modulePath = "github.com/skiff-k8s/skiff/"

// jsonName returns the JSON name of sf, which error messages use.
func jsonName(sf reflect.StructField) string {
	name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return sf.Name
	}
	return name
}
