package unstructured

import (
	"fmt"
	"strconv"
)

// The decoder allocates as little as the map[string]interface{}
// representation allows, which matters on large lists, where the same
// strings and numbers repeat in every item:
//   - every object key is shared through a per-decode cache, escaped keys
//     (the k:{"type":"Ready"} keys of managedFields) included;
//   - string values and int64 values of 256 and more are boxed into
//     interface{} once per distinct value and the box is shared (strings
//     and numbers are immutable, so sharing them is invisible);
//   - small arrays are carved out of a shared chunk with their capacity
//     capped at their length, so appending to one never touches another.
//
// Maps are still one allocation each (two for non-empty ones): that is the
// floor of the representation. Maps and slices are never shared.

// Limits of the jsonDecoder.
const (
	// maxDecodeDepth is the deepest nesting accepted, encoding/json's limit.
	maxDecodeDepth = 10000
	// maxCachedKey and maxCachedValue are the longest keys and string
	// values shared through the caches; maxCacheEntries bounds each cache.
	maxCachedKey    = 128
	maxCachedValue  = 128
	maxCacheEntries = 1 << 16
	// arrayChunk is the size of the chunk small arrays are carved from,
	// and maxCarvedArray the largest array carved.
	arrayChunk     = 512
	maxCarvedArray = 32
)

// jsonDecoder turns JSON text into the values Unstructured holds: nil, bool,
// string, int64 (integers that fit), float64 (other numbers),
// []interface{} and map[string]interface{}. It accepts exactly what
// encoding/json accepts and produces the same strings (invalid UTF-8 and
// lone surrogates become U+FFFD).
type jsonDecoder struct {
	data  []byte
	pos   int
	depth int

	keys   map[string]string
	values map[string]interface{}
	ints   map[int64]interface{}

	// pairs and elems are stacks of the members of the objects and arrays
	// being decoded; each container is built at its final size once its
	// members are known.
	pairs []keyValue
	elems []interface{}
	chunk []interface{}
}

// keyValue is one member of an object being decoded.
type keyValue struct {
	key   string
	value interface{}
}

// decodeJSON decodes data, which must hold exactly one JSON value.
func decodeJSON(data []byte) (interface{}, error) {
	d := jsonDecoder{
		data:   data,
		keys:   make(map[string]string, 256),
		values: make(map[string]interface{}, 256),
		ints:   make(map[int64]interface{}),
	}
	d.skipSpace()
	v, err := d.value()
	if err != nil {
		return nil, fmt.Errorf("decoding unstructured JSON: %w", err)
	}
	d.skipSpace()
	if d.pos < len(d.data) {
		return nil, fmt.Errorf("decoding unstructured JSON: %w", d.syntaxError("after top-level value"))
	}
	return v, nil
}

// value decodes the value starting at the current (non-space) position.
func (d *jsonDecoder) value() (interface{}, error) {
	if d.pos >= len(d.data) {
		return nil, d.syntaxError("")
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '"':
		return d.stringValue()
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case c == 't':
		return true, d.literal("true")
	case c == 'f':
		return false, d.literal("false")
	case c == 'n':
		return nil, d.literal("null")
	default:
		return nil, d.syntaxError("looking for beginning of value")
	}
}

func (d *jsonDecoder) enter() error {
	d.depth++
	if d.depth > maxDecodeDepth {
		return fmt.Errorf("exceeded max depth of %d at offset %d", maxDecodeDepth, d.pos)
	}
	d.pos++ // '{' or '['
	d.skipSpace()
	return nil
}

func (d *jsonDecoder) object() (interface{}, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	base := len(d.pairs)
	defer func() { d.pairs = d.pairs[:base] }()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return make(map[string]interface{}), nil
	}
	for {
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return nil, d.syntaxError("looking for beginning of object key string")
		}
		key, err := d.key()
		if err != nil {
			return nil, err
		}
		d.skipSpace()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return nil, d.syntaxError("after object key")
		}
		d.pos++
		d.skipSpace()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.pairs = append(d.pairs, keyValue{key: key, value: v})
		done, err := d.next('}', "after object key:value pair")
		if err != nil {
			return nil, err
		}
		if done {
			return d.buildObject(base), nil
		}
	}
}

// buildObject makes the map of the members above base on the stack.
func (d *jsonDecoder) buildObject(base int) map[string]interface{} {
	members := d.pairs[base:]
	m := make(map[string]interface{}, len(members))
	for i := range members {
		m[members[i].key] = members[i].value
		members[i] = keyValue{}
	}
	return m
}

// next moves past the separator after a keyValue or element: it reports
// done when it is the closing byte.
func (d *jsonDecoder) next(closing byte, context string) (done bool, err error) {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return false, d.syntaxError("")
	}
	switch d.data[d.pos] {
	case ',':
		d.pos++
		d.skipSpace()
		return false, nil
	case closing:
		d.pos++
		d.depth--
		return true, nil
	default:
		return false, d.syntaxError(context)
	}
}

func (d *jsonDecoder) array() (interface{}, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	base := len(d.elems)
	defer func() { d.elems = d.elems[:base] }()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
		return []interface{}{}, nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		d.elems = append(d.elems, v)
		done, err := d.next(']', "after array element")
		if err != nil {
			return nil, err
		}
		if done {
			a := d.newArray(len(d.elems) - base)
			copy(a, d.elems[base:])
			clear(d.elems[base:])
			return a, nil
		}
	}
}

// newArray returns a slice of n elements whose capacity is n: small ones
// are carved from the current chunk.
func (d *jsonDecoder) newArray(n int) []interface{} {
	if n > maxCarvedArray {
		return make([]interface{}, n)
	}
	if len(d.chunk) < n {
		d.chunk = make([]interface{}, arrayChunk)
	}
	a := d.chunk[:n:n]
	d.chunk = d.chunk[n:]
	return a
}

// number decodes a JSON number: an int64 when it is an integer literal that
// fits, a float64 otherwise. A number out of float64 range is an error.
func (d *jsonDecoder) number() (interface{}, error) {
	start := d.pos
	isInt, err := d.scanNumber()
	if err != nil {
		return nil, err
	}
	lit := d.data[start:d.pos]
	if isInt {
		if i, ok := parseInt64(lit); ok {
			return d.boxInt(i), nil
		}
	}
	f, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		return nil, fmt.Errorf("number %s at offset %d: %w", lit, start, err)
	}
	return f, nil
}

// boxInt returns i as an interface{}, sharing the box of values seen
// before. Go boxes 0 to 255 without allocating.
func (d *jsonDecoder) boxInt(i int64) interface{} {
	if i >= 0 && i < 256 {
		return i
	}
	if v, ok := d.ints[i]; ok {
		return v
	}
	var v interface{} = i
	if len(d.ints) < maxCacheEntries {
		d.ints[i] = v
	}
	return v
}
