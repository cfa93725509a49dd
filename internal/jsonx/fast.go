package jsonx

import (
	"bytes"
	"reflect"
	"strconv"
	"time"
	"unsafe"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
)

// fastCodecs replace the JSON methods of the apimachinery leaf types met
// on the hot path. Each produces exactly what the methods produce, and
// hands anything unusual (errors, odd literals) to the methods themselves.
var fastCodecs = map[reflect.Type]struct {
	dec decFn
	enc encFn
}{
	reflect.TypeFor[metav1.Time]():        {decTime, encTime},
	reflect.TypeFor[resource.Quantity]():  {decQuantity, encQuantity},
	reflect.TypeFor[intstr.IntOrString](): {decIntOrString, encIntOrString},
	reflect.TypeFor[metav1.FieldsV1]():    {decFieldsV1, encFieldsV1},
}

var (
	timeType     = reflect.TypeFor[metav1.Time]()
	quantityType = reflect.TypeFor[resource.Quantity]()
	intstrType   = reflect.TypeFor[intstr.IntOrString]()
	fieldsV1Type = reflect.TypeFor[metav1.FieldsV1]()
)

// decTime parses an RFC 3339 string without allocating.
func decTime(d *decoder, p unsafe.Pointer) error {
	start := d.pos
	if d.ws() != '"' {
		return decMethod(d, timeType, p)
	}
	s, err := d.str()
	if err != nil {
		return err
	}
	t := (*metav1.Time)(p)
	if len(s) == 0 || string(s) == "null" {
		t.Time = time.Time{}
		return nil
	}
	parsed, err := time.Parse(time.RFC3339, unsafe.String(unsafe.SliceData(s), len(s)))
	if err != nil {
		d.pos = start
		return decMethod(d, timeType, p)
	}
	t.Time = parsed.Local()
	return nil
}

// encTime writes what Time.MarshalJSON writes, without allocating.
func encTime(e *encoder, p unsafe.Pointer) error {
	t := (*metav1.Time)(p)
	if t.IsZero() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	e.buf = append(e.buf, '"')
	e.buf = t.UTC().AppendFormat(e.buf, time.RFC3339)
	e.buf = append(e.buf, '"')
	return nil
}

// decQuantity parses a quantity string; the string is copied to the arena
// because the parsed Quantity keeps it.
func decQuantity(d *decoder, p unsafe.Pointer) error {
	start := d.pos
	if d.ws() != '"' {
		return decMethod(d, quantityType, p)
	}
	from := d.pos
	s, err := d.str()
	if err != nil {
		return err
	}
	if !bytes.Equal(s, d.data[from+1:d.pos-1]) {
		d.pos = start
		return decMethod(d, quantityType, p)
	}
	q, err := resource.ParseQuantity(d.string(bytes.TrimSpace(s)))
	if err != nil {
		d.pos = start
		return decMethod(d, quantityType, p)
	}
	*(*resource.Quantity)(p) = q
	return nil
}

// encQuantity writes what Quantity.MarshalJSON writes.
func encQuantity(e *encoder, p unsafe.Pointer) error {
	b, err := (*resource.Quantity)(p).MarshalJSON()
	if err != nil {
		return err
	}
	return e.marshaled(quantityType, b)
}

// decIntOrString decodes an int32 or a string; null leaves the value as
// it is, like the method.
func decIntOrString(d *decoder, p unsafe.Pointer) error {
	v := (*intstr.IntOrString)(p)
	switch c := d.ws(); {
	case c == '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		*v = intstr.FromString(d.string(s))
		return nil
	case c == '-' || isDigit(c):
		start := d.pos
		s, err := d.number()
		if err != nil {
			return err
		}
		n, err := strconv.ParseInt(unsafe.String(unsafe.SliceData(s), len(s)), 10, 32)
		if err != nil {
			d.pos = start
			return decMethod(d, intstrType, p)
		}
		*v = intstr.FromInt32(int32(n))
		return nil
	case c == 'n':
		return d.literal("null")
	}
	return decMethod(d, intstrType, p)
}

// encIntOrString writes what IntOrString.MarshalJSON writes.
func encIntOrString(e *encoder, p unsafe.Pointer) error {
	v := (*intstr.IntOrString)(p)
	switch v.Type {
	case intstr.Int:
		e.buf = strconv.AppendInt(e.buf, int64(v.IntVal), 10)
		return nil
	case intstr.String:
		e.buf = appendString(e.buf, v.StrVal)
		return nil
	}
	return encMethod(e, intstrType, p)
}

// decFieldsV1 keeps the raw JSON of a managed-fields set like
// FieldsV1.UnmarshalJSON, but copies it into the decoder's raw arena
// instead of allocating it alone, and within one large input stores equal
// sets once (internal/intern). A value already holding bytes (a repeated
// key) goes through the method, which reuses them.
func decFieldsV1(d *decoder, p unsafe.Pointer) error {
	f := (*metav1.FieldsV1)(p)
	if cap(f.Raw) > 0 {
		return decMethod(d, fieldsV1Type, p)
	}
	d.ws()
	from := d.pos
	if err := d.skip(); err != nil {
		return err
	}
	raw := d.data[from:d.pos]
	if string(raw) != "null" {
		f.Raw = d.intern.Raw(raw, &d.raw)
	}
	return nil
}

// encFieldsV1 writes what FieldsV1.MarshalJSON writes.
func encFieldsV1(e *encoder, p unsafe.Pointer) error {
	return encMethod(e, fieldsV1Type, p)
}
