package protox

import (
	"reflect"
	"unsafe"
)

// slabBytes is the size of one slab: small decoded values (pointer
// targets, short slices) of one type are carved out of a shared array,
// so a retained value keeps at most this much of its neighbours alive.
const slabBytes = 4 << 10

// slabKind describes the slabs of one element type.
type slabKind struct {
	id    int
	size  uintptr
	n     int
	array reflect.Type
}

// slab is a decoder's current array for one slabKind.
type slab struct {
	base unsafe.Pointer
	next int
	n    int
}

// nextSlabID numbers slab kinds; guarded by buildMu.
var nextSlabID int

// newSlabKind prepares slab allocation of values of t; nil when t is too
// large to share slabs.
func newSlabKind(t reflect.Type) *slabKind {
	if t.Size() == 0 || t.Size() > slabBytes/4 {
		return nil
	}
	n := int(slabBytes / t.Size())
	k := &slabKind{id: nextSlabID, size: t.Size(), n: n, array: reflect.ArrayOf(n, t)}
	nextSlabID++
	return k
}

// take returns count zeroed, contiguous values of kind k, or nil when k is
// nil or count is large.
func (d *decoder) take(k *slabKind, count int) unsafe.Pointer {
	if k == nil || count > k.n/4 {
		return nil
	}
	if k.id >= len(d.slabs) {
		d.slabs = append(d.slabs, make([]slab, k.id+1-len(d.slabs))...)
	}
	s := &d.slabs[k.id]
	if s.n-s.next < count {
		*s = slab{base: reflect.New(k.array).UnsafePointer(), n: k.n}
	}
	p := unsafe.Add(s.base, uintptr(s.next)*k.size)
	s.next += count
	return p
}

// alloc returns a new zero value of type t.
func (d *decoder) alloc(k *slabKind, t reflect.Type) unsafe.Pointer {
	if p := d.take(k, 1); p != nil {
		return p
	}
	return reflect.New(t).UnsafePointer()
}

// allocN returns the backing array of n zero elements of slice type t.
func (d *decoder) allocN(k *slabKind, t reflect.Type, n int) unsafe.Pointer {
	if p := d.take(k, n); p != nil {
		return p
	}
	return reflect.MakeSlice(t, n, n).UnsafePointer()
}
