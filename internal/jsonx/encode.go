package jsonx

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// maxEncodeDepth bounds nesting while encoding so a cyclic value gives an
// error instead of exhausting the stack.
const maxEncodeDepth = 1000

// encoder is the state of one Marshal call.
type encoder struct {
	buf   []byte
	depth int
}

// enter counts one more level of nesting.
func (e *encoder) enter() error {
	e.depth++
	if e.depth > maxEncodeDepth {
		return errors.New("jsonx: encoding exceeded max depth (cyclic value?)")
	}
	return nil
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string with encoding/json's escaping:
// HTML-safe (<, >, & as \u003c, \u003e, \u0026), U+2028 and U+2029
// escaped, and invalid UTF-8 replaced by \ufffd.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if safeASCII[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// safeASCII marks the ASCII bytes written as they are.
var safeASCII = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

// appendFloat formats f exactly like encoding/json: shortest form, %e
// notation outside [1e-6, 1e21) with a trimmed exponent, and an error for
// NaN and infinities.
func appendFloat(dst []byte, f float64, bits int) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return dst, fmt.Errorf("jsonx: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, bits))
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	dst = strconv.AppendFloat(dst, f, format, -1, bits)
	if format == 'e' {
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}

func isLetterOrDigit(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

// encBytes encodes []byte as standard base64, nil as null.
func encBytes(e *encoder, p unsafe.Pointer) error {
	b := *(*[]byte)(p)
	if b == nil {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	e.buf = append(e.buf, '"')
	e.buf = base64.StdEncoding.AppendEncode(e.buf, b)
	e.buf = append(e.buf, '"')
	return nil
}

// encNumber writes a json.Number as its literal ("" is 0).
func encNumber(e *encoder, p unsafe.Pointer) error {
	s := *(*string)(p)
	if s == "" {
		s = "0"
	}
	if !validNumber([]byte(s)) {
		return fmt.Errorf("jsonx: invalid number literal %q", s)
	}
	e.buf = append(e.buf, s...)
	return nil
}

// sliceEncoder encodes []T element by element.
func sliceEncoder(size uintptr, ec *codec) encFn {
	return func(e *encoder, p unsafe.Pointer) error {
		h := (*sliceHeader)(p)
		if h.Data == nil {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if err := e.enter(); err != nil {
			return err
		}
		e.buf = append(e.buf, '[')
		for i := 0; i < h.Len; i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			if err := ec.enc(e, unsafe.Add(h.Data, uintptr(i)*size)); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, ']')
		e.depth--
		return nil
	}
}

// encStringMap encodes map[string]string with sorted keys.
func encStringMap(e *encoder, p unsafe.Pointer) error {
	m := *(*map[string]string)(p)
	if m == nil {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	e.buf = append(e.buf, '{')
	for i, k := range sortedKeys(m) {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, k)
		e.buf = append(e.buf, ':')
		e.buf = appendString(e.buf, m[k])
	}
	e.buf = append(e.buf, '}')
	return nil
}

// sortedKeys returns the keys of m in byte order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// mapEncoder encodes map[K]V for string-kinded K with sorted keys.
func mapEncoder(t reflect.Type, ec *codec) encFn {
	return func(e *encoder, p unsafe.Pointer) error {
		m := reflect.NewAt(t, p).Elem()
		if m.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if err := e.enter(); err != nil {
			return err
		}
		type entry struct {
			key string
			val reflect.Value
		}
		entries := make([]entry, 0, m.Len())
		for it := m.MapRange(); it.Next(); {
			entries = append(entries, entry{it.Key().String(), it.Value()})
		}
		slices.SortFunc(entries, func(a, b entry) int {
			if a.key < b.key {
				return -1
			}
			if a.key > b.key {
				return 1
			}
			return 0
		})
		tmp := reflect.New(t.Elem())
		e.buf = append(e.buf, '{')
		for i, en := range entries {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.buf = appendString(e.buf, en.key)
			e.buf = append(e.buf, ':')
			tmp.Elem().Set(en.val)
			if err := ec.enc(e, tmp.UnsafePointer()); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, '}')
		e.depth--
		return nil
	}
}
