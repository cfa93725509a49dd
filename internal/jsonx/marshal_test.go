package jsonx_test

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

type inner struct {
	A string `json:"a,omitempty"`
	B int    `json:"b"`
}

type Embedded struct {
	E string `json:"e"`
	// Shadowed loses to the outer field of the same name.
	Shadowed string `json:"name"`
}

type kitchenSink struct {
	Embedded
	Name      string `json:"name"`
	Untagged  int
	Skipped   string            `json:"-"`
	Dash      string            `json:"-,"`
	Ptr       *inner            `json:"ptr,omitempty"`
	NilPtr    *inner            `json:"nilPtr"`
	Slice     []inner           `json:"slice"`
	NilSlice  []string          `json:"nilSlice"`
	Empty     []string          `json:"empty,omitempty"`
	Bytes     []byte            `json:"bytes"`
	Map       map[string]int    `json:"map"`
	NilMap    map[string]string `json:"nilMap"`
	Any       any               `json:"any"`
	F32       float32           `json:"f32"`
	F64       float64           `json:"f64"`
	U8        uint8             `json:"u8"`
	I64       int64             `json:"i64"`
	Bool      bool              `json:"bool,omitempty"`
	Num       json.Number       `json:"num"`
	Time      metav1.Time       `json:"time"`
	ZeroTime  metav1.Time       `json:"zeroTime,omitempty,omitzero"`
	TimePtr   *metav1.Time      `json:"timePtr,omitempty"`
	Quantity  resource.Quantity `json:"quantity"`
	IntOrStr  intstr.IntOrString
	StrOrInt  intstr.IntOrString
	Raw       runtime.RawExtension `json:"raw"`
	Duration  metav1.Duration      `json:"duration"`
	unexposed int
}

func TestMarshalMatchesEncodingJSON(t *testing.T) {
	when := time.Date(2026, 11, 23, 10, 0, 0, 0, time.FixedZone("x", 3600))
	sink := kitchenSink{
		Embedded: Embedded{E: "e", Shadowed: "hidden"},
		Name:     "n", Untagged: 7, Skipped: "s", Dash: "d",
		Ptr:   &inner{B: 1},
		Slice: []inner{{A: "x"}, {B: 2}}, Empty: []string{},
		Bytes: []byte("hello\x00\xff"), Map: map[string]int{"z": 1, "a": 2, "<m>": 3},
		Any: map[string]any{"k": []any{int64(1), 2.5, "s", nil, true}},
		F32: 3.14, F64: 1e21, U8: 255, I64: math.MinInt64, Num: "12.5e3",
		Time: metav1.NewTime(when), TimePtr: &metav1.Time{Time: when},
		Quantity: resource.MustParse("1500m"), IntOrStr: intstr.FromInt32(8080),
		StrOrInt: intstr.FromString("http<>"), Raw: runtime.RawExtension{Raw: []byte(` {"a" : "<b>"} `)},
		Duration: metav1.Duration{Duration: 90 * time.Second}, unexposed: 1,
	}
	cases := []struct {
		name string
		v    any
	}{
		{"kitchen sink pointer", &sink},
		{"kitchen sink value", sink},
		{"zero kitchen sink", &kitchenSink{}},
		{"html and control characters", "<a href=\"x\">&amp;</a>\b\f\n\r\t\x01\x1f\x7f\\/"},
		{"line and paragraph separators", "a\u2028b\u2029c"},
		{"invalid utf-8", "bad\xff\xfe bytes \xe2\x82 end"},
		{"surrogate-range runes", "\U0001F600 é ü 日本"},
		{"floats", []float64{0, -0.0, 1, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, 5e-324, math.MaxFloat64, -1.5e-9}},
		{"float32", []float32{1e20, 1e21, 1e-6, 1e-7, 3.4e38, 0.1}},
		{"int edges", []int64{math.MaxInt64, math.MinInt64, 0, -1}},
		{"uint edges", []uint64{math.MaxUint64, 0}},
		{"nil", nil},
		{"nil pointer", (*inner)(nil)},
		{"empty bytes", []byte{}},
		{"nil bytes", []byte(nil)},
		{"sorted map keys", map[string]string{"b": "1", "a": "2", "A": "3", "é": "4", "": "5"}},
		{"nested any", []any{map[string]any{"b": map[string]any{}, "a": []any{}}, float64(2), "x"}},
		{"object meta", &metav1.ObjectMeta{Name: "n", Labels: map[string]string{"a": "b"}, CreationTimestamp: metav1.NewTime(when)}},
		{"json number", json.Number("-0.5")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := json.Marshal(tc.v)
			got, err := jsonx.Marshal(tc.v)
			require.NoError(t, wantErr)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))
		})
	}
}

func TestMarshalErrors(t *testing.T) {
	cases := []struct {
		name string
		v    any
	}{
		{"NaN", math.NaN()},
		{"infinity in a struct", &struct{ F float64 }{math.Inf(1)}},
		{"invalid json.Number", json.Number("1x")},
		{"invalid raw extension", &runtime.RawExtension{Raw: []byte("{")}},
		{"channel", make(chan int)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, wantErr := json.Marshal(tc.v)
			require.Error(t, wantErr, "encoding/json accepts it")
			_, err := jsonx.Marshal(tc.v)
			assert.Error(t, err)
		})
	}
}

func TestMarshalCycleIsAnError(t *testing.T) {
	type node struct {
		Next *node `json:"next"`
	}
	n := &node{}
	n.Next = n
	_, err := jsonx.Marshal(n)
	assert.Error(t, err)
}

func TestAppendMarshalKeepsPrefix(t *testing.T) {
	got, err := jsonx.AppendMarshal([]byte("x="), map[string]int{"a": 1})
	require.NoError(t, err)
	assert.Equal(t, `x={"a":1}`, string(got))
}
