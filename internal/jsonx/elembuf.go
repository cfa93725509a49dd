package jsonx

import (
	"github.com/skiff-k8s/skiff/internal/slab"
	"reflect"
	"unsafe"
)

// elemBufKeep is the largest element buffer (in bytes) a pooled decoder
// keeps between calls.
const elemBufKeep = 64 << 10

// elemBuf is a decoder's reusable buffer for the elements of one slice
// type: an array is decoded into it and then copied, at its final length,
// into memory of its own. That replaces counting the elements ahead, which
// scanned nested arrays once per enclosing array.
type elemBuf struct {
	data unsafe.Pointer // a []T backing array, all zero values between uses
	cap  int
	busy bool // an array of this type is being decoded into it
	// src and dst are slice headers that srcV and dstV, made once, look
	// at: setting a header retargets its value without reflect.NewAt,
	// which looks the pointer type up in a shared map on every call.
	src, dst   sliceHeader
	srcV, dstV reflect.Value
}

// nextElemBufID numbers slice types with element buffers; guarded by buildMu.
var nextElemBufID int

// elemBufFor returns the element buffer with the given id, or nil when it
// is in use by an enclosing array of the same type.
func (d *decoder) elemBufFor(id int, t reflect.Type) *elemBuf {
	if id >= len(d.bufs) {
		grown := make([]*elemBuf, id+1)
		copy(grown, d.bufs)
		d.bufs = grown
	}
	b := d.bufs[id]
	if b == nil {
		b = new(elemBuf)
		b.srcV = reflect.NewAt(t, unsafe.Pointer(&b.src)).Elem()
		b.dstV = reflect.NewAt(t, unsafe.Pointer(&b.dst)).Elem()
		d.bufs[id] = b
	}
	if b.busy {
		return nil
	}
	return b
}

// slice returns a reflect value for the first n elements of b.
func (b *elemBuf) slice(n int) reflect.Value {
	b.src = sliceHeader{Data: b.data, Len: n, Cap: n}
	return b.srcV
}

// grow makes room for at least one more element, keeping the first n.
func (b *elemBuf) grow(t reflect.Type, n int) {
	c := max(4, 2*b.cap)
	grown := reflect.MakeSlice(t, c, c)
	if n > 0 {
		old := b.slice(n)
		reflect.Copy(grown, old)
		old.Clear()
	}
	b.data, b.cap = grown.UnsafePointer(), c
}

// decodeBuffered decodes the array at the position (its '[' checked) into
// b and stores the elements in a new slice at p, carved from the slab of
// sk when it fits. On an error the elements decoded so far (the failing
// one included) are kept, as when decoding in place.
func (d *decoder) decodeBuffered(b *elemBuf, t reflect.Type, ec *codec, sk *slab.Kind, empty, p unsafe.Pointer) error {
	b.busy = true
	size := t.Elem().Size()
	n := 0
	ok, err := d.arrFirst()
	for ; ok; ok, err = d.arrNext() {
		if n == b.cap {
			b.grow(t, n)
		}
		n++
		if err = ec.dec(d, unsafe.Add(b.data, uintptr(n-1)*size)); err != nil {
			break
		}
	}
	d.moveElems(b, t, sk, n, empty, p)
	b.busy = false
	return err
}

// moveElems copies the first n elements of b into a new slice stored at p,
// zeroes them in b and drops b's array when it grew too large to keep.
func (d *decoder) moveElems(b *elemBuf, t reflect.Type, sk *slab.Kind, n int, empty, p unsafe.Pointer) {
	h := (*sliceHeader)(p)
	if n == 0 {
		*h = sliceHeader{Data: empty}
		return
	}
	q := d.slabs.Take(sk, n)
	if q == nil {
		q = reflect.MakeSlice(t, n, n).UnsafePointer()
	}
	*h = sliceHeader{Data: q, Len: n, Cap: n}
	b.dst = *h
	src := b.slice(n)
	reflect.Copy(b.dstV, src)
	src.Clear()
	b.src, b.dst = sliceHeader{}, sliceHeader{}
	if uintptr(b.cap)*t.Elem().Size() > elemBufKeep {
		b.data, b.cap = nil, 0
	}
}

// mapScratch holds the key and value a map type's entries are decoded into
// before they are stored.
type mapScratch struct {
	kv, ev reflect.Value
	kp, ep unsafe.Pointer
	busy   bool // a map of this type is being decoded through it
}

// nextMapScratchID numbers map types; guarded by buildMu.
var nextMapScratchID int

// mapScratchFor returns the decoder's scratch values for map type t (id
// numbers it), or fresh ones when they are in use by an enclosing map of
// the same type.
func (d *decoder) mapScratchFor(id int, t reflect.Type) *mapScratch {
	if id >= len(d.maps) {
		grown := make([]*mapScratch, id+1)
		copy(grown, d.maps)
		d.maps = grown
	}
	s := d.maps[id]
	if s != nil && !s.busy {
		return s
	}
	fresh := &mapScratch{kv: reflect.New(t.Key()).Elem(), ev: reflect.New(t.Elem()).Elem()}
	fresh.kp, fresh.ep = fresh.kv.Addr().UnsafePointer(), fresh.ev.Addr().UnsafePointer()
	if s == nil {
		d.maps[id] = fresh
	}
	return fresh
}
