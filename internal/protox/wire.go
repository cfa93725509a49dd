package protox

import (
	"errors"
	"fmt"
	"math/bits"
)

// Wire types of the protobuf encoding that the API types use.
const (
	wireVarint = 0
	wireI64    = 1
	wireBytes  = 2
	wireStart  = 3
	wireEnd    = 4
	wireI32    = 5
)

// errTruncated reports input that ends inside a value.
var errTruncated = errors.New("unexpected end of input")

// varintSize returns the number of bytes of the varint encoding of v.
func varintSize(v uint64) int {
	return (bits.Len64(v|1) + 6) / 7
}

// putVarint writes v so that it ends just before b[i] and returns the
// index of its first byte.
func putVarint(b []byte, i int, v uint64) int {
	i -= varintSize(v)
	j := i
	for v >= 0x80 {
		b[j] = byte(v) | 0x80
		v >>= 7
		j++
	}
	b[j] = byte(v)
	return i
}

// putBytes writes s so that it ends just before b[i], preceded by its
// length, and returns the index of the first byte written.
func putBytes(b []byte, i int, s string) int {
	i -= len(s)
	copy(b[i:], s)
	return putVarint(b, i, uint64(len(s)))
}

// putKey writes the encoded field key so that it ends just before b[i].
func putKey(b []byte, i int, key string) int {
	i -= len(key)
	copy(b[i:], key)
	return i
}

// appendVarint appends the varint encoding of v.
func appendVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// encodeKey returns the encoded key of field num with wire type wt.
func encodeKey(num int, wt int) string {
	return string(appendVarint(nil, uint64(num)<<3|uint64(wt)))
}

// readVarint decodes the varint at data[pos:end]. It returns the value and
// the position after it.
func readVarint(data []byte, pos, end int) (uint64, int, error) {
	if pos < end && data[pos] < 0x80 {
		return uint64(data[pos]), pos + 1, nil
	}
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if pos >= end {
			return 0, pos, errTruncated
		}
		c := data[pos]
		pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, pos, nil
		}
	}
	return 0, pos, errors.New("varint longer than 10 bytes")
}

// skipValue returns the position after the value of wire type wt that
// starts at pos, for skipping unknown fields.
func skipValue(data []byte, pos, end int, wt int) (int, error) {
	switch wt {
	case wireVarint:
		_, pos, err := readVarint(data, pos, end)
		return pos, err
	case wireI64:
		if end-pos < 8 {
			return pos, errTruncated
		}
		return pos + 8, nil
	case wireI32:
		if end-pos < 4 {
			return pos, errTruncated
		}
		return pos + 4, nil
	case wireBytes:
		n, pos, err := readVarint(data, pos, end)
		if err != nil {
			return pos, err
		}
		if n > uint64(end-pos) {
			return pos, errTruncated
		}
		return pos + int(n), nil
	case wireStart:
		return skipGroup(data, pos, end)
	}
	return pos, fmt.Errorf("invalid wire type %d", wt)
}

// skipGroup skips a (deprecated) group up to and including its end key.
func skipGroup(data []byte, pos, end int) (int, error) {
	for depth := 1; ; {
		key, next, err := readVarint(data, pos, end)
		if err != nil {
			return next, err
		}
		pos = next
		switch wt := int(key & 7); wt {
		case wireStart:
			depth++
			if depth > maxDepth {
				return pos, errTooDeep
			}
		case wireEnd:
			depth--
			if depth == 0 {
				return pos, nil
			}
		default:
			if pos, err = skipValue(data, pos, end, wt); err != nil {
				return pos, err
			}
		}
	}
}
