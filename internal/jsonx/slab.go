package jsonx

import (
	"bytes"
	"reflect"
	"unsafe"
)

// slabBytes is the size of one slab: the most memory a single retained
// value can keep alive through its neighbours.
const slabBytes = 4 << 10

// slabKind describes the slab of one element type.
type slabKind struct {
	id    int
	size  uintptr
	n     int
	array reflect.Type
}

// slab is a decoder's current chunk for one slabKind.
type slab struct {
	base unsafe.Pointer
	next int
	n    int
}

// nextSlabID numbers slab kinds; guarded by buildMu.
var nextSlabID int

// newSlabKind prepares slab allocation of values of t.
func newSlabKind(t reflect.Type) *slabKind {
	if t.Size() == 0 || t.Size() > slabBytes/4 {
		return nil
	}
	n := int(slabBytes / t.Size())
	k := &slabKind{id: nextSlabID, size: t.Size(), n: n, array: reflect.ArrayOf(n, t)}
	nextSlabID++
	return k
}

// take returns count zeroed, contiguous values of the kind, or nil when
// count is too large for a slab.
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

// countAhead counts the elements of the array at the position by looking
// at most limit bytes ahead, without checking syntax (the decoding pass
// does that). ok is false when the array does not end within the limit.
func (d *decoder) countAhead(limit int) (n int, ok bool) {
	data := d.data
	end := min(len(data), d.pos+limit)
	depth, seen := 0, false
	for i := d.pos + 1; i < end; i++ {
		switch c := data[i]; c {
		case '"':
			j, closed := stringEnd(data[:end], i+1)
			if !closed {
				return 0, false
			}
			i, seen = j, true
		case '[', '{':
			depth++
			seen = true
		case ']', '}':
			if depth == 0 {
				if seen {
					n++
				}
				return n, true
			}
			depth--
		case ',':
			if depth == 0 {
				n++
			}
		case ' ', '\t', '\r', '\n':
		default:
			seen = true
		}
	}
	return 0, false
}

// stringEnd returns the index of the quote closing the string whose
// contents start at i.
func stringEnd(data []byte, i int) (int, bool) {
	for {
		k := bytes.IndexByte(data[i:], '"')
		if k < 0 {
			return 0, false
		}
		j := i + k
		back := 0
		for b := j - 1; b >= i && data[b] == '\\'; b-- {
			back++
		}
		if back%2 == 0 {
			return j, true
		}
		i = j + 1
	}
}
