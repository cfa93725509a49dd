package protox

import (
	"github.com/skiff-k8s/skiff/internal/slab"
	"reflect"
	"unsafe"
)

// alloc returns a new zero value of type t.
func (d *decoder) alloc(k *slab.Kind, t reflect.Type) unsafe.Pointer {
	if p := d.slabs.Take(k, 1); p != nil {
		return p
	}
	return reflect.New(t).UnsafePointer()
}

// allocN returns the backing array of n zero elements of slice type t.
func (d *decoder) allocN(k *slab.Kind, t reflect.Type, n int) unsafe.Pointer {
	if p := d.slabs.Take(k, n); p != nil {
		return p
	}
	return reflect.MakeSlice(t, n, n).UnsafePointer()
}
