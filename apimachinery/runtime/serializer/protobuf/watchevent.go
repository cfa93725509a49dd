package protobuf

import (
	"errors"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// A metav1.WatchEvent on the wire is
//
//	message WatchEvent { optional string type = 1; optional RawExtension object = 2; }
//	message RawExtension { optional bytes raw = 1; }
//
// Its two fields are coded here directly, so watch framing does not depend
// on the general codec.

// Protobuf wire types used by the event and envelope coding.
const (
	wireVarint  = 0
	wireFixed64 = 1
	wireBytes   = 2
	wireFixed32 = 5
)

// appendWatchEvent appends the wire form of ev to dst.
func appendWatchEvent(dst []byte, ev *metav1.WatchEvent) []byte {
	dst = appendBytesField(dst, 1, []byte(ev.Type))
	rawLen := 1 + varintLen(uint64(len(ev.Object.Raw))) + len(ev.Object.Raw)
	dst = appendVarint(dst, 2<<3|wireBytes)
	dst = appendVarint(dst, uint64(rawLen))
	return appendBytesField(dst, 1, ev.Object.Raw)
}

// decodeWatchEvent fills ev from its wire form; unknown fields are
// skipped.
func decodeWatchEvent(data []byte, ev *metav1.WatchEvent) error {
	ev.Type = ""
	ev.Object.Raw = nil
	ev.Object.Object = nil
	return eachField(data, func(num int, wire int, value []byte) error {
		switch {
		case num == 1 && wire == wireBytes:
			ev.Type = string(value)
		case num == 2 && wire == wireBytes:
			return eachField(value, func(num int, wire int, raw []byte) error {
				if num == 1 && wire == wireBytes {
					ev.Object.Raw = raw
				}
				return nil
			})
		}
		return nil
	})
}

// errTruncated reports input that ends inside a field.
var errTruncated = errors.New("unexpected end of input")

// eachField calls fn with the number, wire type and payload of every
// field of a message (varint and fixed payloads are passed raw). A
// malformed message is an error naming the offset.
func eachField(data []byte, fn func(num int, wire int, value []byte) error) error {
	for off := 0; off < len(data); {
		key, n := readVarint(data[off:])
		if n <= 0 {
			return fmt.Errorf("protobuf: field key at offset %d: %w", off, errTruncated)
		}
		start := off
		off += n
		num, wire := int(key>>3), int(key&7)
		if num <= 0 {
			return fmt.Errorf("protobuf: invalid field number %d at offset %d", num, start)
		}
		size, err := payloadSize(data[off:], wire)
		if err != nil {
			return fmt.Errorf("protobuf: field %d at offset %d: %w", num, start, err)
		}
		value := data[off : off+size]
		if wire == wireBytes {
			_, m := readVarint(value)
			value = value[m:]
		}
		off += size
		if err := fn(num, wire, value); err != nil {
			return err
		}
	}
	return nil
}

// payloadSize is the number of bytes (length prefix included) of a
// payload of wire type wire at the start of data.
func payloadSize(data []byte, wire int) (int, error) {
	switch wire {
	case wireVarint:
		if _, n := readVarint(data); n > 0 {
			return n, nil
		}
		return 0, errTruncated
	case wireFixed64:
		if len(data) < 8 {
			return 0, errTruncated
		}
		return 8, nil
	case wireFixed32:
		if len(data) < 4 {
			return 0, errTruncated
		}
		return 4, nil
	case wireBytes:
		length, n := readVarint(data)
		if n <= 0 || length > uint64(len(data)-n) {
			return 0, errTruncated
		}
		return n + int(length), nil
	default:
		return 0, fmt.Errorf("unsupported wire type %d", wire)
	}
}

// readVarint decodes a varint at the start of data; n is 0 when data ends
// first and negative when the varint is longer than 10 bytes.
func readVarint(data []byte) (v uint64, n int) {
	for i := 0; i < len(data); i++ {
		if i == 10 {
			return 0, -1
		}
		b := data[i]
		v |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// appendVarint appends v as a varint.
func appendVarint(dst []byte, v uint64) []byte {
	for v >= 0x80 {
		dst = append(dst, byte(v)|0x80)
		v >>= 7
	}
	return append(dst, byte(v))
}

// varintLen is the encoded size of v.
func varintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// appendBytesField appends field num of wire type bytes holding b. It is
// always written, empty or not, as gogo-generated proto2 code does.
func appendBytesField(dst []byte, num int, b []byte) []byte {
	dst = appendVarint(dst, uint64(num)<<3|wireBytes)
	dst = appendVarint(dst, uint64(len(b)))
	return append(dst, b...)
}
