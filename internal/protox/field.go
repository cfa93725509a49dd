package protox

import (
	"fmt"
	"github.com/skiff-k8s/skiff/internal/slab"
	"reflect"
	"unsafe"
)

// field compiles field num of Go type t with the reference's rules:
// pointers, []byte and named slices only when non-nil, other slices one
// key per element, maps one entry message per key in sorted key order,
// everything else always.
func (b *builder) field(num int, name string, t reflect.Type) (fieldCodec, error) {
	switch {
	case t.Kind() == reflect.Pointer:
		return b.pointer(num, name, t)
	case t.Kind() == reflect.Map:
		return b.mapField(num, name, t)
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8 && t.Name() == "":
		return b.repeated(num, name, t)
	}
	c, err := b.value(t)
	if err != nil {
		return fieldCodec{}, err
	}
	f := single(num, name, c)
	if t.Kind() == reflect.Slice {
		size, put := f.size, f.put
		f.size = func(p unsafe.Pointer) int {
			if (*sliceHeader)(p).Data == nil {
				return 0
			}
			return size(p)
		}
		f.put = func(b []byte, i int, p unsafe.Pointer) int {
			if (*sliceHeader)(p).Data == nil {
				return i
			}
			return put(b, i, p)
		}
	}
	return f, nil
}

// single compiles a field that holds one value of codec c, always encoded.
func single(num int, name string, c *codec) fieldCodec {
	key := encodeKey(num, c.wire)
	f := fieldCodec{num: num, name: name, dec: valueDecoder(c)}
	if c.wire == wireVarint {
		f.size = func(p unsafe.Pointer) int { return len(key) + varintSize(c.get(p)) }
		f.put = func(b []byte, i int, p unsafe.Pointer) int {
			return putKey(b, putVarint(b, i, c.get(p)), key)
		}
		return f
	}
	f.size = func(p unsafe.Pointer) int {
		n := c.size(p)
		return len(key) + varintSize(uint64(n)) + n
	}
	f.put = func(b []byte, i int, p unsafe.Pointer) int {
		j := c.put(b, i, p)
		return putKey(b, putVarint(b, j, uint64(i-j)), key)
	}
	return f
}

// valueDecoder returns the decoding function of a field holding one value
// of codec c, specialised for strings, the most common fields.
func valueDecoder(c *codec) func(d *decoder, p unsafe.Pointer, wt, end int) error {
	if c.typ.Kind() != reflect.String {
		return func(d *decoder, p unsafe.Pointer, wt, end int) error { return d.decValue(c, p, wt, end) }
	}
	return func(d *decoder, p unsafe.Pointer, wt, end int) error {
		if wt != wireBytes {
			return d.wireErr(wt, wireBytes)
		}
		start, stop, err := d.readLen(end)
		if err != nil {
			return err
		}
		*(*string)(p) = d.str(start, stop)
		d.pos = stop
		return nil
	}
}

// pointer compiles an optional field: encoded when the pointer is set.
func (b *builder) pointer(num int, name string, t reflect.Type) (fieldCodec, error) {
	c, err := b.value(t.Elem())
	if err != nil {
		return fieldCodec{}, err
	}
	inner := single(num, name, c)
	f := fieldCodec{num: num, name: name}
	f.size = func(p unsafe.Pointer) int {
		if q := *(*unsafe.Pointer)(p); q != nil {
			return inner.size(q)
		}
		return 0
	}
	f.put = func(b []byte, i int, p unsafe.Pointer) int {
		if q := *(*unsafe.Pointer)(p); q != nil {
			return inner.put(b, i, q)
		}
		return i
	}
	elem := t.Elem()
	f.dec = func(d *decoder, p unsafe.Pointer, wt, end int) error {
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			q = d.alloc(c.slab, elem)
			*(*unsafe.Pointer)(p) = q
		}
		return d.decValue(c, q, wt, end)
	}
	return f, nil
}

// repeated compiles a slice field: one key and value per element, not
// packed; packed varints are accepted on decode.
func (b *builder) repeated(num int, name string, t reflect.Type) (fieldCodec, error) {
	if t.Elem().Kind() == reflect.Pointer {
		return fieldCodec{}, fmt.Errorf("%v: slice of pointers: %w", t, errUnsupported)
	}
	c, err := b.value(t.Elem())
	if err != nil {
		return fieldCodec{}, err
	}
	elem := single(num, name, c)
	esize := t.Elem().Size()
	f := fieldCodec{num: num, name: name}
	f.size = func(p unsafe.Pointer) int {
		h := (*sliceHeader)(p)
		n := 0
		for k := range h.Len {
			n += elem.size(unsafe.Add(h.Data, uintptr(k)*esize))
		}
		return n
	}
	f.put = func(b []byte, i int, p unsafe.Pointer) int {
		h := (*sliceHeader)(p)
		for k := h.Len - 1; k >= 0; k-- {
			i = elem.put(b, i, unsafe.Add(h.Data, uintptr(k)*esize))
		}
		return i
	}
	sk := c.slab
	f.dec = func(d *decoder, p unsafe.Pointer, wt, end int) error {
		h := (*sliceHeader)(p)
		if wt == wireBytes && c.wire == wireVarint {
			return d.decPacked(c, h, t, end)
		}
		if h.Len == h.Cap {
			grow := 0
			if h.Cap == 0 {
				grow = d.countField(uint64(num), wt, end)
			}
			d.growSlice(h, t, sk, grow)
		}
		h.Len++
		return d.decValue(c, unsafe.Add(h.Data, uintptr(h.Len-1)*esize), wt, end)
	}
	return f, nil
}

// decPacked decodes a packed run of varints and appends them to h.
func (d *decoder) decPacked(c *codec, h *sliceHeader, t reflect.Type, end int) error {
	n, pos, err := readVarint(d.data, d.pos, end)
	if err != nil {
		return d.errAt(err)
	}
	if n > uint64(end-pos) {
		return d.errAt(fmt.Errorf("length %d: %w", n, errTruncated))
	}
	d.pos = pos
	stop := pos + int(n)
	esize := t.Elem().Size()
	for d.pos < stop {
		if h.Len == h.Cap {
			d.growSlice(h, t, nil, 0)
		}
		h.Len++
		if err := d.decValue(c, unsafe.Add(h.Data, uintptr(h.Len-1)*esize), wireVarint, stop); err != nil {
			return err
		}
	}
	return nil
}

// growSlice gives h room for more elements: exactly want when the slice
// is empty and want > 0 (the counted number), twice its capacity otherwise.
func (d *decoder) growSlice(h *sliceHeader, t reflect.Type, sk *slab.Kind, want int) {
	n := want
	if h.Cap > 0 || n == 0 {
		n = max(4, 2*h.Cap)
	}
	data := d.allocN(sk, t, n)
	if h.Len > 0 {
		dst := reflect.NewAt(t, unsafe.Pointer(&sliceHeader{Data: data, Len: h.Len, Cap: n})).Elem()
		src := reflect.NewAt(t, unsafe.Pointer(h)).Elem()
		reflect.Copy(dst, src)
	}
	h.Data, h.Cap = data, n
}
