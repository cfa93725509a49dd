package protox

import (
	"errors"
	"fmt"
	"github.com/skiff-k8s/skiff/internal/intern"
	"github.com/skiff-k8s/skiff/internal/slab"
	"reflect"
	"slices"
	"unsafe"
)

// maxDepth bounds the nesting of decoded messages, so hostile input
// cannot exhaust the stack.
const maxDepth = 10000

// errTooDeep reports input nested deeper than maxDepth.
var errTooDeep = errors.New("messages nested too deeply")

// fillMessage compiles a message made of fields; fields may come in any
// order and are encoded in ascending field-number order.
func fillMessage(c *codec, t reflect.Type, fields []structField) {
	slices.SortStableFunc(fields, func(a, b structField) int { return a.num - b.num })
	var byNum []*structField
	for i := range fields {
		if fields[i].num >= len(byNum) {
			byNum = slices.Grow(byNum, fields[i].num+1-len(byNum))[:fields[i].num+1]
		}
		byNum[fields[i].num] = &fields[i]
	}
	c.wire = wireBytes
	for i := range fields {
		if fields[i].fast == fastString {
			fields[i].key = encodeKey(fields[i].num, wireBytes)
		} else {
			fields[i].key = encodeKey(fields[i].num, wireVarint)
		}
	}
	c.size = func(p unsafe.Pointer) int {
		n := 0
		for i := range fields {
			n += fields[i].sizeAt(p)
		}
		return n
	}
	c.put = func(b []byte, i int, p unsafe.Pointer) int {
		for k := len(fields) - 1; k >= 0; k-- {
			i = fields[k].putAt(b, i, p)
		}
		return i
	}
	name := t.String()
	c.dec = func(d *decoder, p unsafe.Pointer, end int) error {
		if d.depth++; d.depth > maxDepth {
			return d.errAt(errTooDeep)
		}
		var err error
		for d.pos < end {
			var key uint64
			pos := d.pos
			if c := d.data[pos]; c < 0x80 {
				key, pos = uint64(c), pos+1
			} else if key, pos, err = readVarint(d.data, pos, end); err != nil {
				return d.errAt(err)
			}
			num, wt := key>>3, int(key&7)
			if num == 0 {
				return d.errAt(errors.New("field number 0"))
			}
			d.pos = pos
			if num >= uint64(len(byNum)) || byNum[num] == nil {
				if d.pos, err = skipValue(d.data, pos, end, wt); err != nil {
					return d.errAt(fmt.Errorf("skipping unknown field %d of %s: %w", num, name, err))
				}
				continue
			}
			f := byNum[num]
			if f.fast != fastNone && d.decodeFast(f.fast, unsafe.Add(p, f.offset), wt, end) {
				continue
			}
			if err := f.dec(d, unsafe.Add(p, f.offset), wt, end); err != nil {
				return fmt.Errorf("%s.%s: %w", name, f.name, err)
			}
		}
		d.depth--
		return nil
	}
}

// sizeAt returns the encoded size of the field of the struct at p, itself
// for the fast kinds.
func (f *structField) sizeAt(p unsafe.Pointer) int {
	fp := unsafe.Add(p, f.offset)
	switch f.fast {
	case fastString:
		n := len(*(*string)(fp))
		return len(f.key) + varintSize(uint64(n)) + n
	case fastInt32:
		return len(f.key) + varintSize(uint64(int64(*(*int32)(fp))))
	case fastInt64:
		return len(f.key) + varintSize(uint64(*(*int64)(fp)))
	case fastBool:
		return len(f.key) + 1
	}
	return f.size(fp)
}

// putAt writes the field of the struct at p so that it ends just before
// b[i], itself for the fast kinds.
func (f *structField) putAt(b []byte, i int, p unsafe.Pointer) int {
	fp := unsafe.Add(p, f.offset)
	switch f.fast {
	case fastString:
		s := *(*string)(fp)
		i -= len(s)
		copy(b[i:], s)
		i = putVarint(b, i, uint64(len(s)))
	case fastInt32:
		i = putVarint(b, i, uint64(int64(*(*int32)(fp))))
	case fastInt64:
		i = putVarint(b, i, uint64(*(*int64)(fp)))
	case fastBool:
		i--
		b[i] = 0
		if *(*bool)(fp) {
			b[i] = 1
		}
	default:
		return f.put(b, i, fp)
	}
	return putKey(b, i, f.key)
}

// decodeFast decodes a field of kind k whose value is a single-byte varint
// or a string shorter than 128 bytes, and reports whether it did; other
// values (and every error) are left to the field's own decoder.
func (d *decoder) decodeFast(k fastKind, p unsafe.Pointer, wt, end int) bool {
	pos := d.pos
	if pos >= end {
		return false
	}
	b := d.data[pos]
	if b >= 0x80 {
		return false
	}
	switch {
	case k == fastString && wt == wireBytes:
		n := int(b)
		if n > end-pos-1 {
			return false
		}
		*(*string)(p) = d.str(pos+1, pos+1+n)
		d.pos = pos + 1 + n
		return true
	case wt != wireVarint:
		return false
	case k == fastInt32:
		*(*int32)(p) = int32(b)
	case k == fastInt64:
		*(*int64)(p) = int64(b)
	case k == fastBool:
		*(*bool)(p) = b != 0
	default:
		return false
	}
	d.pos = pos + 1
	return true
}

// decoder is the state of one Unmarshal call.
type decoder struct {
	data  []byte
	pos   int
	depth int
	slabs slab.Allocator
	maps  []*mapScratch
	// copy is set when decoded values must not point into data. Copies
	// then go to strs (strings) and raw ([]byte values), apart so that
	// dropping managedFields (a cache transform) frees their chunks;
	// intern shares repeated strings and FieldsV1 bytes of large inputs.
	copy   bool
	strs   slab.Bytes
	raw    slab.Bytes
	intern intern.Table
	// inFieldsV1 is set while a FieldsV1 value is decoded, whose bytes
	// intern may share.
	inFieldsV1 bool
}

// positionError says where in the input decoding failed.
type positionError struct {
	offset int
	err    error
}

func (e *positionError) Error() string {
	return fmt.Sprintf("%v at offset %d", e.err, e.offset)
}

func (e *positionError) Unwrap() error { return e.err }

// errAt wraps err with the current position.
func (d *decoder) errAt(err error) error {
	return &positionError{offset: d.pos, err: err}
}

// str returns d.data[start:end] as a string: pointing into the input when
// the decoder shares it, else into the decoder's string arena (or an
// equal string decoded before from the same large input).
func (d *decoder) str(start, end int) string {
	if start == end {
		return ""
	}
	if d.copy {
		return d.intern.String(d.data[start:end], &d.strs)
	}
	return unsafe.String(&d.data[start], end-start)
}

// bytes returns d.data[start:end] as a slice whose capacity ends at its
// length: the input itself when the decoder shares it, else a copy in the
// raw arena, which for a FieldsV1 value may be shared with an equal one
// decoded before from the same large input.
func (d *decoder) bytes(start, end int) []byte {
	switch {
	case !d.copy:
		return d.data[start:end:end]
	case d.inFieldsV1:
		return d.intern.Raw(d.data[start:end], &d.raw)
	}
	return d.raw.Copy(d.data[start:end])
}

// decValue decodes one value of codec c, of wire type wt, at the position.
func (d *decoder) decValue(c *codec, p unsafe.Pointer, wt, end int) error {
	if wt != c.wire {
		return d.wireErr(wt, c.wire)
	}
	if c.wire == wireVarint {
		v, pos, err := readVarint(d.data, d.pos, end)
		if err != nil {
			return d.errAt(err)
		}
		d.pos = pos
		c.set(p, v)
		return nil
	}
	start, stop, err := d.readLen(end)
	if err != nil {
		return err
	}
	d.pos = start
	return c.dec(d, p, stop)
}

// countField counts the values of field num with wire type wt that start
// at the position (the first one included) and follow each other without
// other fields between them, as encoders write repeated fields and maps.
// Values of the field further on are rare and make the slice grow.
func (d *decoder) countField(num uint64, wt, end int) int {
	n := 1
	pos, err := skipValue(d.data, d.pos, end, wt)
	for err == nil && pos < end {
		var key uint64
		key, pos, err = readVarint(d.data, pos, end)
		if err != nil || key>>3 != num || int(key&7) != wt {
			break
		}
		n++
		pos, err = skipValue(d.data, pos, end, wt)
	}
	return n
}

// readLen reads the length prefix of a value at the position and returns
// where the value starts and ends.
func (d *decoder) readLen(end int) (start, stop int, err error) {
	pos := d.pos
	if pos < end && d.data[pos] < 0x80 {
		n := int(d.data[pos])
		if n > end-pos-1 {
			return 0, 0, d.errAt(fmt.Errorf("length %d: %w", n, errTruncated))
		}
		return pos + 1, pos + 1 + n, nil
	}
	v, pos, err := readVarint(d.data, pos, end)
	if err != nil {
		return 0, 0, d.errAt(err)
	}
	if v > uint64(end-pos) {
		return 0, 0, d.errAt(fmt.Errorf("length %d: %w", v, errTruncated))
	}
	return pos, pos + int(v), nil
}

// wireErr reports a field value of the wrong wire type.
func (d *decoder) wireErr(wt, want int) error {
	return d.errAt(fmt.Errorf("wire type %d, want %d", wt, want))
}
