package protox

import (
	"fmt"
	"reflect"
	"time"
	"unsafe"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// specials compile the types whose Go structs do not describe their wire
// form: times are {int64 seconds = 1; int32 nanos = 2} and quantities
// {string string = 1}.
var specials = map[reflect.Type]func(c *codec){
	reflect.TypeFor[metav1.Time]():       func(c *codec) { fillTime(c, false) },
	reflect.TypeFor[metav1.MicroTime]():  func(c *codec) { fillTime(c, true) },
	reflect.TypeFor[resource.Quantity](): fillQuantity,
}

// timeSize returns the payload size of t: nothing for the zero time,
// seconds and nanoseconds (both always) otherwise.
func timeSize(t *time.Time) int {
	if t.IsZero() {
		return 0
	}
	return 2 + varintSize(uint64(t.Unix())) + varintSize(uint64(int64(t.Nanosecond())))
}

// fillTime compiles metav1.Time (micro false) and metav1.MicroTime, both a
// time.Time at offset 0. Time keeps whole seconds on decode, as the
// reference does (its JSON form has no fraction); MicroTime keeps the
// nanoseconds. Decoded times are in time.Local, as JSON-decoded ones are.
func fillTime(c *codec, micro bool) {
	c.wire = wireBytes
	c.size = func(p unsafe.Pointer) int { return timeSize((*time.Time)(p)) }
	c.put = func(b []byte, i int, p unsafe.Pointer) int {
		t := (*time.Time)(p)
		if t.IsZero() {
			return i
		}
		i = putKey(b, putVarint(b, i, uint64(int64(t.Nanosecond()))), "\x10")
		return putKey(b, putVarint(b, i, uint64(t.Unix())), "\x08")
	}
	c.dec = func(d *decoder, p unsafe.Pointer, end int) error {
		if d.pos == end {
			*(*time.Time)(p) = time.Time{}
			return nil
		}
		var sec, nsec uint64
		for d.pos < end {
			key, pos, err := readVarint(d.data, d.pos, end)
			if err != nil {
				return d.errAt(err)
			}
			d.pos = pos
			switch key {
			case 1<<3 | wireVarint:
				sec, d.pos, err = readVarint(d.data, pos, end)
			case 2<<3 | wireVarint:
				nsec, d.pos, err = readVarint(d.data, pos, end)
			default:
				d.pos, err = skipValue(d.data, pos, end, int(key&7))
			}
			if err != nil {
				return d.errAt(fmt.Errorf("timestamp: %w", err))
			}
		}
		if !micro {
			nsec = 0
		}
		*(*time.Time)(p) = time.Unix(int64(sec), int64(int32(nsec))).Local()
		return nil
	}
}

// fillQuantity compiles resource.Quantity as its canonical string.
func fillQuantity(c *codec) {
	c.wire = wireBytes
	c.size = func(p unsafe.Pointer) int {
		var buf [32]byte
		num, suffix := (*resource.Quantity)(p).CanonicalizeBytes(buf[:0])
		n := len(num) + len(suffix)
		return 1 + varintSize(uint64(n)) + n
	}
	c.put = func(b []byte, i int, p unsafe.Pointer) int {
		var buf [32]byte
		num, suffix := (*resource.Quantity)(p).CanonicalizeBytes(buf[:0])
		end := i
		i -= len(suffix)
		copy(b[i:], suffix)
		i -= len(num)
		copy(b[i:], num)
		return putKey(b, putVarint(b, i, uint64(end-i)), "\x0a")
	}
	c.dec = func(d *decoder, p unsafe.Pointer, end int) error {
		var s string
		found := false
		for d.pos < end {
			key, pos, err := readVarint(d.data, d.pos, end)
			if err != nil {
				return d.errAt(err)
			}
			d.pos = pos
			if key != 1<<3|wireBytes {
				if d.pos, err = skipValue(d.data, pos, end, int(key&7)); err != nil {
					return d.errAt(fmt.Errorf("quantity: %w", err))
				}
				continue
			}
			n, pos, err := readVarint(d.data, pos, end)
			if err != nil || n > uint64(end-pos) {
				return d.errAt(fmt.Errorf("quantity: %w", errTruncated))
			}
			s, found, d.pos = d.str(pos, pos+int(n)), true, pos+int(n)
		}
		if !found {
			return nil
		}
		q, err := resource.ParseQuantity(s)
		if err != nil {
			return d.errAt(fmt.Errorf("quantity %q: %w", s, err))
		}
		*(*resource.Quantity)(p) = q
		return nil
	}
}

// fieldsV1Type is the managed-fields set, whose raw bytes decoding may
// share between equal sets of one input.
var fieldsV1Type = reflect.TypeFor[metav1.FieldsV1]()

// markFieldsV1 makes c, FieldsV1's compiled message, flag its decoding so
// that decoder.bytes dedupes the raw bytes.
func markFieldsV1(c *codec) {
	dec := c.dec
	c.dec = func(d *decoder, p unsafe.Pointer, end int) error {
		outer := d.inFieldsV1
		d.inFieldsV1 = true
		err := dec(d, p, end)
		d.inFieldsV1 = outer
		return err
	}
}
