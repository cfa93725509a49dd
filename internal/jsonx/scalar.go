package jsonx

import (
	"reflect"
	"strconv"
	"unsafe"
)

// scalarFns are the functions of one scalar kind.
type scalarFns struct {
	dec   decFn
	enc   encFn
	empty func(p unsafe.Pointer) bool
}

// scalars maps a kind to its functions; named types of the kind share them.
var scalars = map[reflect.Kind]scalarFns{
	reflect.String:  {decString, encString, emptyString},
	reflect.Bool:    {decBool, encBool, func(p unsafe.Pointer) bool { return !*(*bool)(p) }},
	reflect.Int:     intFns[int](64),
	reflect.Int8:    intFns[int8](8),
	reflect.Int16:   intFns[int16](16),
	reflect.Int32:   intFns[int32](32),
	reflect.Int64:   intFns[int64](64),
	reflect.Uint:    uintFns[uint](64),
	reflect.Uint8:   uintFns[uint8](8),
	reflect.Uint16:  uintFns[uint16](16),
	reflect.Uint32:  uintFns[uint32](32),
	reflect.Uint64:  uintFns[uint64](64),
	reflect.Uintptr: uintFns[uintptr](64),
	reflect.Float32: floatFns[float32](32),
	reflect.Float64: floatFns[float64](64),
}

func emptyString(p unsafe.Pointer) bool { return len(*(*string)(p)) == 0 }

// decString decodes a JSON string; null leaves the value unchanged.
func decString(d *decoder, p unsafe.Pointer) error {
	switch d.ws() {
	case '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		*(*string)(p) = d.string(s)
		return nil
	case 'n':
		return d.literal("null")
	}
	return d.mismatch(reflect.TypeFor[string]())
}

func encString(e *encoder, p unsafe.Pointer) error {
	e.buf = appendString(e.buf, *(*string)(p))
	return nil
}

func decBool(d *decoder, p unsafe.Pointer) error {
	switch d.ws() {
	case 't':
		*(*bool)(p) = true
		return d.literal("true")
	case 'f':
		*(*bool)(p) = false
		return d.literal("false")
	case 'n':
		return d.literal("null")
	}
	return d.mismatch(reflect.TypeFor[bool]())
}

func encBool(e *encoder, p unsafe.Pointer) error {
	e.buf = strconv.AppendBool(e.buf, *(*bool)(p))
	return nil
}

type signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// intFns builds the functions of a signed integer kind.
func intFns[T signed](bits int) scalarFns {
	t := reflect.TypeFor[T]()
	return scalarFns{
		dec: func(d *decoder, p unsafe.Pointer) error {
			switch c := d.ws(); {
			case c == '-' || isDigit(c):
				n, err := d.parseInt(bits, t)
				if err != nil {
					return err
				}
				*(*T)(p) = T(n)
				return nil
			case c == 'n':
				return d.literal("null")
			}
			return d.mismatch(t)
		},
		enc: func(e *encoder, p unsafe.Pointer) error {
			e.buf = strconv.AppendInt(e.buf, int64(*(*T)(p)), 10)
			return nil
		},
		empty: func(p unsafe.Pointer) bool { return *(*T)(p) == 0 },
	}
}

// uintFns builds the functions of an unsigned integer kind.
func uintFns[T unsigned](bits int) scalarFns {
	t := reflect.TypeFor[T]()
	return scalarFns{
		dec: func(d *decoder, p unsafe.Pointer) error {
			switch c := d.ws(); {
			case c == '-' || isDigit(c):
				n, err := d.parseUint(bits, t)
				if err != nil {
					return err
				}
				*(*T)(p) = T(n)
				return nil
			case c == 'n':
				return d.literal("null")
			}
			return d.mismatch(t)
		},
		enc: func(e *encoder, p unsafe.Pointer) error {
			e.buf = strconv.AppendUint(e.buf, uint64(*(*T)(p)), 10)
			return nil
		},
		empty: func(p unsafe.Pointer) bool { return *(*T)(p) == 0 },
	}
}

// decUint8 decodes one byte value (used for JSON arrays into []byte).
var decUint8 = uintFns[uint8](8).dec

// floatFns builds the functions of a float kind.
func floatFns[T ~float32 | ~float64](bits int) scalarFns {
	t := reflect.TypeFor[T]()
	return scalarFns{
		dec: func(d *decoder, p unsafe.Pointer) error {
			switch c := d.ws(); {
			case c == '-' || isDigit(c):
				start := d.pos
				s, err := d.number()
				if err != nil {
					return err
				}
				f, err := strconv.ParseFloat(unsafe.String(unsafe.SliceData(s), len(s)), bits)
				if err != nil {
					return d.typeErr("number "+string(s), t, start)
				}
				*(*T)(p) = T(f)
				return nil
			case c == 'n':
				return d.literal("null")
			}
			return d.mismatch(t)
		},
		enc: func(e *encoder, p unsafe.Pointer) error {
			var err error
			e.buf, err = appendFloat(e.buf, float64(*(*T)(p)), bits)
			return err
		},
		empty: func(p unsafe.Pointer) bool { return *(*T)(p) == 0 },
	}
}
