// Package slab carves small values of one Go type out of shared arrays, so
// a decoder that builds many small pointer targets and short slices makes
// one allocation per slab instead of one per value. internal/jsonx and
// internal/protox decode through it.
//
// The cost is retention: a value that stays alive keeps its whole slab
// (at most Size bytes) alive with it.
package slab

import (
	"reflect"
	"sync/atomic"
	"unsafe"
)

// Size is the size of one slab in bytes: the most memory a retained value
// can keep alive through its neighbours.
const Size = 4 << 10

// Kind describes the slabs of one element type; build it once per type
// with NewKind and share it.
type Kind struct {
	id    int
	size  uintptr
	n     int
	array reflect.Type
}

// nextID numbers kinds, so an Allocator can index its current slabs.
var nextID atomic.Int64

// NewKind prepares slab allocation of values of t; nil when t is empty or
// too large to share slabs.
func NewKind(t reflect.Type) *Kind {
	if t.Size() == 0 || t.Size() > Size/4 {
		return nil
	}
	n := int(Size / t.Size())
	return &Kind{id: int(nextID.Add(1) - 1), size: t.Size(), n: n, array: reflect.ArrayOf(n, t)}
}

// current is an Allocator's slab in use for one Kind.
type current struct {
	base unsafe.Pointer
	next int
	n    int
}

// Allocator hands out values from slabs; the zero value is ready. It is
// not safe for concurrent use: give each decoder its own.
type Allocator struct {
	slabs []current
}

// Take returns count zeroed, contiguous values of kind k, or nil when k is
// nil or count is more than a quarter of a slab.
func (a *Allocator) Take(k *Kind, count int) unsafe.Pointer {
	if k == nil || count > k.n/4 {
		return nil
	}
	if k.id >= len(a.slabs) {
		a.slabs = append(a.slabs, make([]current, k.id+1-len(a.slabs))...)
	}
	s := &a.slabs[k.id]
	if s.n-s.next < count {
		*s = current{base: reflect.New(k.array).UnsafePointer(), n: k.n}
	}
	p := unsafe.Add(s.base, uintptr(s.next)*k.size)
	s.next += count
	return p
}
