package protox

import (
	"math/rand/v2"
	"reflect"
	"time"
	"unsafe"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// filler fills API values with arbitrary content that survives a protobuf
// round trip unchanged: it leaves unencoded fields alone, never makes
// empty non-nil slices or maps (they decode as nil), and uses canonical
// quantities and whole-second times (metav1.Time keeps only seconds).
type filler struct {
	data []byte // consumed first when set (fuzzing)
	rng  *rand.Rand
}

// newFiller returns a filler drawing from data, or from a generator seeded
// with seed when data is nil.
func newFiller(data []byte, seed uint64) *filler {
	return &filler{data: data, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// next returns the next arbitrary number.
func (f *filler) next() uint64 {
	if f.data != nil {
		var v uint64
		for i := 0; i < 8 && len(f.data) > 0; i++ {
			v = v<<8 | uint64(f.data[0])
			f.data = f.data[1:]
		}
		return v
	}
	return f.rng.Uint64()
}

// maxFillDepth bounds the nesting of filled values.
const maxFillDepth = 8

var quantities = []string{"0", "1", "100m", "1500m", "2Gi", "512Mi", "3", "1k", "250M", "-5"}

var (
	timeType      = reflect.TypeFor[metav1.Time]()
	microTimeType = reflect.TypeFor[metav1.MicroTime]()
	quantityType  = reflect.TypeFor[resource.Quantity]()
)

// fill sets v, addressable, to arbitrary content.
func (f *filler) fill(v reflect.Value, depth int) {
	t := v.Type()
	switch t {
	case timeType:
		if f.next()%4 != 0 {
			v.Set(reflect.ValueOf(metav1.Unix(int64(f.next()%4e9)-1e9, 0)))
		}
		return
	case microTimeType:
		if f.next()%4 != 0 {
			v.Set(reflect.ValueOf(metav1.NewMicroTime(time.Unix(int64(f.next()%4e9)-1e9, int64(f.next()%1e9)))))
		}
		return
	case quantityType:
		v.Set(reflect.ValueOf(resource.MustParse(quantities[f.next()%uint64(len(quantities))])))
		return
	}
	switch t.Kind() {
	case reflect.Bool:
		v.SetBool(f.next()%2 == 1)
	case reflect.Int32, reflect.Int64, reflect.Int:
		v.SetInt(f.int(t.Bits()))
	case reflect.Uint32, reflect.Uint64:
		v.SetUint(f.next() >> (64 - t.Bits()))
	case reflect.String:
		v.SetString(f.string())
	case reflect.Pointer:
		if depth < maxFillDepth && f.next()%3 != 0 {
			p := reflect.New(t.Elem())
			f.fill(p.Elem(), depth+1)
			v.Set(p)
		}
	case reflect.Slice:
		f.fillSlice(v, depth)
	case reflect.Map:
		f.fillMap(v, depth)
	case reflect.Struct:
		f.fillStruct(v, depth)
	}
}

// int returns an arbitrary value that fits in bits, often small or negative.
func (f *filler) int(bits int) int64 {
	r := f.next()
	switch r % 4 {
	case 0:
		return 0
	case 1:
		return int64(r>>8) % 300
	case 2:
		return -int64(r>>8) % 300
	}
	return int64(r) >> (64 - bits)
}

// string returns a short arbitrary string, sometimes empty or non-ASCII.
func (f *filler) string() string {
	n := int(f.next() % 12)
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(f.next())
	}
	return string(b)
}

// fillSlice leaves v nil or gives it one to three elements.
func (f *filler) fillSlice(v reflect.Value, depth int) {
	n := int(f.next() % 4)
	if depth >= maxFillDepth || n == 0 {
		return
	}
	s := reflect.MakeSlice(v.Type(), n, n)
	for i := range n {
		f.fill(s.Index(i), depth+1)
	}
	v.Set(s)
}

// fillMap leaves v nil or gives it one to three entries.
func (f *filler) fillMap(v reflect.Value, depth int) {
	n := int(f.next() % 4)
	if depth >= maxFillDepth || n == 0 {
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), n)
	for range n {
		k := reflect.New(v.Type().Key()).Elem()
		f.fill(k, depth+1)
		e := reflect.New(v.Type().Elem()).Elem()
		f.fill(e, depth+1)
		if e.Kind() == reflect.Slice && e.Type().Name() != "" && e.IsNil() {
			// A named slice map value is always written, so it decodes
			// as empty, never nil (as in the reference).
			e.Set(reflect.MakeSlice(e.Type(), 0, 0))
		}
		m.SetMapIndex(k, e)
	}
	v.Set(m)
}

// fillStruct fills the encoded fields of a struct.
func (f *filler) fillStruct(v reflect.Value, depth int) {
	t := v.Type()
	for i := range t.NumField() {
		if _, ok, err := fieldNumber(t, t.Field(i)); ok && err == nil {
			fv := v.Field(i)
			f.fill(reflect.NewAt(fv.Type(), unsafe.Pointer(fv.UnsafeAddr())).Elem(), depth)
		}
	}
}
