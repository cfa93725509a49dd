package jsonx

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"github.com/skiff-k8s/skiff/internal/intern"
	"github.com/skiff-k8s/skiff/internal/slab"
	"reflect"
	"strconv"
	"sync"
	"unsafe"
)

// decoder is the state of one Unmarshal call.
type decoder struct {
	data    []byte
	pos     int
	depth   int
	scratch []byte
	// arena backs decoded strings and raw the bytes of FieldsV1 values:
	// many small values share one allocation, which the garbage collector
	// frees when none of them is referenced any more. They are apart so
	// that dropping managedFields (a cache transform) frees their chunks.
	arena slab.Bytes
	raw   slab.Bytes
	words []uint64
	slabs slab.Allocator
	bufs  []*elemBuf
	stack []byte // open brackets of skipComposite
	maps  []*mapScratch
	// intern shares repeated strings and FieldsV1 bytes of large inputs.
	intern intern.Table
}

// wordsChunk is the number of words of one chunk of the word arena.
const wordsChunk = 256

// Chunk sizes of the string and raw-bytes arenas.
const (
	arenaChunk = 16 << 10
	rawChunk   = 64 << 10
)

var decoderPool = sync.Pool{New: func() any {
	return &decoder{arena: slab.Bytes{Chunk: arenaChunk}, raw: slab.Bytes{Chunk: rawChunk}}
}}

// string returns b as a string backed by the arena, or an equal string
// decoded before from the same large input.
func (d *decoder) string(b []byte) string {
	return d.intern.String(b, &d.arena)
}

// alloc returns zeroed pointer-free memory of size bytes (size <= 64),
// 8-byte aligned, from the word arena.
func (d *decoder) alloc(size uintptr) unsafe.Pointer {
	n := int(size+7) / 8
	if n == 0 {
		n = 1
	}
	if cap(d.words)-len(d.words) < n {
		d.words = make([]uint64, 0, wordsChunk)
	}
	start := len(d.words)
	d.words = d.words[:start+n]
	return unsafe.Pointer(&d.words[start])
}

// typeErr reports a JSON value of the wrong kind for a Go type, as the
// *json.UnmarshalTypeError encoding/json would return.
func (d *decoder) typeErr(what string, t reflect.Type, offset int) error {
	return &json.UnmarshalTypeError{Value: what, Type: t, Offset: int64(offset)}
}

// kindOf names the JSON value starting with c, for type errors.
func kindOf(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// mismatch skips the value at the position (so syntax errors win, as in
// encoding/json) and reports it as not storable in t.
func (d *decoder) mismatch(t reflect.Type) error {
	start := d.pos
	c := d.ws()
	if err := d.skip(); err != nil {
		return err
	}
	return d.typeErr(kindOf(c), t, start)
}

// ptrDecoder decodes *T: null sets nil, anything else decodes into the
// existing or a newly allocated T.
func ptrDecoder(et reflect.Type, ec *codec) decFn {
	small := pointerFree(et) && et.Size() <= 64 && et.Align() <= 8
	var sk *slab.Kind
	if !small {
		sk = slab.NewKind(et)
	}
	return func(d *decoder, p unsafe.Pointer) error {
		if d.ws() == 'n' {
			*(*unsafe.Pointer)(p) = nil
			return d.literal("null")
		}
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			switch {
			case small:
				q = d.alloc(et.Size())
			default:
				if q = d.slabs.Take(sk, 1); q == nil {
					q = reflect.New(et).UnsafePointer()
				}
			}
			*(*unsafe.Pointer)(p) = q
		}
		return ec.dec(d, q)
	}
}

// pointerFree reports whether values of t hold no pointers.
func pointerFree(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	case reflect.Array:
		return t.Len() == 0 || pointerFree(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if !pointerFree(t.Field(i).Type) {
				return false
			}
		}
		return true
	}
	return false
}

// countLimit is how far ahead sliceDecoder looks to size a slice.
const countLimit = 16 << 10

// sliceDecoder decodes []T for T other than byte. Arrays of elements that
// fit a slab are decoded into the decoder's element buffer for []T and
// then copied, at their final length, into a slab; when that buffer is in
// use (an array nested in an array of the same type) or the elements are
// large, short arrays are counted first and long ones grow.
func sliceDecoder(t reflect.Type, ec *codec) decFn {
	size := t.Elem().Size()
	empty := reflect.MakeSlice(t, 0, 0).UnsafePointer()
	sk := slab.NewKind(t.Elem())
	bufID := -1
	if sk != nil {
		bufID = nextElemBufID
		nextElemBufID++
	}
	return func(d *decoder, p unsafe.Pointer) error {
		switch d.ws() {
		case 'n':
			*(*sliceHeader)(p) = sliceHeader{}
			return d.literal("null")
		case '[':
		default:
			return d.mismatch(t)
		}
		h := (*sliceHeader)(p)
		if h.Cap > 0 {
			return d.reuseSlice(t, ec, p)
		}
		if bufID >= 0 {
			if b := d.elemBufFor(bufID, t); b != nil {
				return d.decodeBuffered(b, t, ec, sk, empty, p)
			}
		}
		n, counted := d.countAhead(countLimit)
		*h = sliceHeader{Data: empty}
		if counted && n > 0 {
			if q := d.slabs.Take(sk, n); q != nil {
				*h = sliceHeader{Data: q, Cap: n}
			} else {
				reflect.NewAt(t, p).Elem().Grow(n)
			}
		}
		first := d.pos
		ok, err := d.arrFirst()
		for ; ok; ok, err = d.arrNext() {
			if h.Len == h.Cap {
				reflect.NewAt(t, p).Elem().Grow(d.growth(h.Len, first))
			}
			h.Len++
			if err := ec.dec(d, unsafe.Add(h.Data, uintptr(h.Len-1)*size)); err != nil {
				return err
			}
		}
		return err
	}
}

// reuseSlice decodes into a slice that already has a backing array (a
// repeated key) the way encoding/json does: existing elements are decoded
// into without being zeroed first, and the slice is truncated at the end.
func (d *decoder) reuseSlice(t reflect.Type, ec *codec, p unsafe.Pointer) error {
	size := t.Elem().Size()
	h := (*sliceHeader)(p)
	i := 0
	ok, err := d.arrFirst()
	for ; ok; ok, err = d.arrNext() {
		if i >= h.Cap {
			reflect.NewAt(t, p).Elem().Grow(1)
		}
		if i >= h.Len {
			h.Len = i + 1
		}
		if err := ec.dec(d, unsafe.Add(h.Data, uintptr(i)*size)); err != nil {
			return err
		}
		i++
	}
	if err != nil {
		return err
	}
	h.Len = i
	if i == 0 {
		reflect.NewAt(t, p).Elem().Set(reflect.MakeSlice(t, 0, 0))
	}
	return nil
}

// growth says by how many elements to grow a long array's slice holding
// n elements decoded from first on: by the estimate the average element
// size gives for the rest of the input (long arrays, like a list's items,
// usually end near the end of the input), at least doubling.
func (d *decoder) growth(n, first int) int {
	if n == 0 {
		return 4
	}
	per := (d.pos - first) / n
	est := (len(d.data) - d.pos) / max(per, 1)
	return max(n, min(est+1, 1<<16))
}

// decBytes decodes a base64 string into []byte like encoding/json.
func decBytes(d *decoder, p unsafe.Pointer) error {
	start := d.pos
	switch d.ws() {
	case 'n':
		*(*[]byte)(p) = nil
		return d.literal("null")
	case '"':
	case '[':
		return decByteArray(d, p)
	default:
		return d.mismatch(reflect.TypeFor[[]byte]())
	}
	s, err := d.str()
	if err != nil {
		return err
	}
	b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
	n, err := base64.StdEncoding.Decode(b, s)
	if err != nil {
		return fmt.Errorf("jsonx: decoding base64 at offset %d: %w", start, err)
	}
	*(*[]byte)(p) = b[:n]
	return nil
}

// decByteArray decodes a JSON array of numbers into []byte.
func decByteArray(d *decoder, p unsafe.Pointer) error {
	return d.reuseSlice(reflect.TypeFor[[]byte](), &codec{dec: decUint8}, p)
}

// arrFirst starts the array at the position; ok reports an element follows.
func (d *decoder) arrFirst() (ok bool, err error) {
	if err := d.enter(); err != nil {
		return false, err
	}
	d.pos++
	if d.ws() == ']' {
		d.pos++
		d.depth--
		return false, nil
	}
	return true, nil
}

// arrNext consumes the separator after an element; ok reports another.
func (d *decoder) arrNext() (ok bool, err error) { return d.next(']') }

// objFirst starts the object at the position and reads the first key
// (valid until the next read), leaving the position at its value.
func (d *decoder) objFirst() (key []byte, ok bool, err error) {
	if err := d.enter(); err != nil {
		return nil, false, err
	}
	d.pos++
	if d.ws() == '}' {
		d.pos++
		d.depth--
		return nil, false, nil
	}
	return d.objKey()
}

// objNext consumes the separator after a member and reads the next key.
func (d *decoder) objNext() (key []byte, ok bool, err error) {
	more, err := d.next('}')
	if err != nil || !more {
		return nil, false, err
	}
	return d.objKey()
}

// objKey reads a key and its colon.
func (d *decoder) objKey() ([]byte, bool, error) {
	if d.ws() != '"' {
		return nil, false, d.unexpected("looking for beginning of object key string")
	}
	key, err := d.str()
	if err != nil {
		return nil, false, err
	}
	if err := d.colon(); err != nil {
		return nil, false, err
	}
	return key, true, nil
}

// decStringMap decodes map[string]string without reflection.
func decStringMap(d *decoder, p unsafe.Pointer) error {
	switch d.ws() {
	case 'n':
		*(*map[string]string)(p) = nil
		return d.literal("null")
	case '{':
	default:
		return d.mismatch(reflect.TypeFor[map[string]string]())
	}
	m := *(*map[string]string)(p)
	if m == nil {
		m = make(map[string]string)
		*(*map[string]string)(p) = m
	}
	key, ok, err := d.objFirst()
	for ; ok; key, ok, err = d.objNext() {
		k := d.string(key)
		var v string
		if err := decString(d, unsafe.Pointer(&v)); err != nil {
			return err
		}
		m[k] = v
	}
	return err
}

// mapDecoder decodes map[K]V for string-kinded K through reflect. The key
// and value are decoded into the decoder's scratch values for the map
// type, allocated once per decoder rather than once per map.
func mapDecoder(t reflect.Type, ec *codec) decFn {
	id := nextMapScratchID
	nextMapScratchID++
	return func(d *decoder, p unsafe.Pointer) error {
		switch d.ws() {
		case 'n':
			*(*unsafe.Pointer)(p) = nil
			return d.literal("null")
		case '{':
		default:
			return d.mismatch(t)
		}
		m := reflect.NewAt(t, p).Elem()
		if m.IsNil() {
			m.Set(reflect.MakeMap(t))
		}
		s := d.mapScratchFor(id, t)
		s.busy = true
		err := d.decodeEntries(m, s, ec)
		s.kv.SetZero()
		s.ev.SetZero()
		s.busy = false
		return err
	}
}

// decodeEntries decodes the members of the object at the position into m
// through the scratch values s.
func (d *decoder) decodeEntries(m reflect.Value, s *mapScratch, ec *codec) error {
	key, ok, err := d.objFirst()
	for ; ok; key, ok, err = d.objNext() {
		*(*string)(s.kp) = d.string(key)
		s.ev.SetZero()
		if err := ec.dec(d, s.ep); err != nil {
			return err
		}
		m.SetMapIndex(s.kv, s.ev)
	}
	return err
}

// decNumber decodes a number (or a string holding one) into json.Number.
func decNumber(d *decoder, p unsafe.Pointer) error {
	start := d.pos
	switch c := d.ws(); {
	case c == 'n':
		return d.literal("null")
	case c == '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		if !validNumber(s) {
			return d.typeErr("string", numberType, start)
		}
		*(*string)(p) = d.string(s)
		return nil
	case c == '-' || isDigit(c):
		s, err := d.number()
		if err != nil {
			return err
		}
		*(*string)(p) = d.string(s)
		return nil
	}
	return d.mismatch(numberType)
}

// validNumber reports whether s is a JSON number.
func validNumber(s []byte) bool {
	d := decoder{data: s}
	_, err := d.number()
	return err == nil && d.pos == len(s) && len(s) > 0
}

// parseInt parses an integer literal for a field of the given bits.
func (d *decoder) parseInt(bits int, t reflect.Type) (int64, error) {
	start := d.pos
	s, err := d.number()
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(unsafe.String(unsafe.SliceData(s), len(s)), 10, bits)
	if err != nil {
		return 0, d.typeErr("number "+string(s), t, start)
	}
	return n, nil
}

// parseUint parses an unsigned integer literal.
func (d *decoder) parseUint(bits int, t reflect.Type) (uint64, error) {
	start := d.pos
	s, err := d.number()
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseUint(unsafe.String(unsafe.SliceData(s), len(s)), 10, bits)
	if err != nil {
		return 0, d.typeErr("number "+string(s), t, start)
	}
	return n, nil
}
