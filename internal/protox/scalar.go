package protox

import (
	"reflect"
	"unsafe"
)

// fillScalar compiles the varint kinds and reports whether t is one.
func fillScalar(c *codec, t reflect.Type) bool {
	var get func(p unsafe.Pointer) uint64
	var set func(p unsafe.Pointer, v uint64)
	switch t.Kind() {
	case reflect.Bool:
		get = func(p unsafe.Pointer) uint64 {
			if *(*bool)(p) {
				return 1
			}
			return 0
		}
		set = func(p unsafe.Pointer, v uint64) { *(*bool)(p) = v != 0 }
	case reflect.Int32:
		// Negative int32 values are sign-extended to 64 bits: 10 bytes.
		get = func(p unsafe.Pointer) uint64 { return uint64(int64(*(*int32)(p))) }
		set = func(p unsafe.Pointer, v uint64) { *(*int32)(p) = int32(v) }
	case reflect.Int64:
		get = func(p unsafe.Pointer) uint64 { return uint64(*(*int64)(p)) }
		set = func(p unsafe.Pointer, v uint64) { *(*int64)(p) = int64(v) }
	case reflect.Int:
		get = func(p unsafe.Pointer) uint64 { return uint64(int64(*(*int)(p))) }
		set = func(p unsafe.Pointer, v uint64) { *(*int)(p) = int(int64(v)) }
	case reflect.Uint32:
		get = func(p unsafe.Pointer) uint64 { return uint64(*(*uint32)(p)) }
		set = func(p unsafe.Pointer, v uint64) { *(*uint32)(p) = uint32(v) }
	case reflect.Uint64:
		get = func(p unsafe.Pointer) uint64 { return *(*uint64)(p) }
		set = func(p unsafe.Pointer, v uint64) { *(*uint64)(p) = v }
	default:
		return false
	}
	c.wire, c.get, c.set = wireVarint, get, set
	return true
}

// fillString compiles the string kinds. Decoded strings share the decoded
// input's copy instead of being allocated one by one.
func fillString(c *codec) {
	c.wire = wireBytes
	c.size = func(p unsafe.Pointer) int { return len(*(*string)(p)) }
	c.put = func(b []byte, i int, p unsafe.Pointer) int {
		s := *(*string)(p)
		i -= len(s)
		copy(b[i:], s)
		return i
	}
	c.dec = func(d *decoder, p unsafe.Pointer, end int) error {
		*(*string)(p) = d.str(d.pos, end)
		d.pos = end
		return nil
	}
}

// fillBytes compiles []byte kinds. A decoded slice's capacity ends at its
// length so appending to it copies; an empty value decodes to a non-nil
// empty slice as in the reference.
func fillBytes(c *codec) {
	c.wire = wireBytes
	c.size = func(p unsafe.Pointer) int { return (*sliceHeader)(p).Len }
	c.put = func(b []byte, i int, p unsafe.Pointer) int {
		s := *(*[]byte)(p)
		i -= len(s)
		copy(b[i:], s)
		return i
	}
	c.dec = func(d *decoder, p unsafe.Pointer, end int) error {
		if d.pos == end {
			*(*[]byte)(p) = []byte{}
		} else {
			*(*[]byte)(p) = d.bytes(d.pos, end)
		}
		d.pos = end
		return nil
	}
}

// sliceHeader is the memory layout of a slice.
type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}
