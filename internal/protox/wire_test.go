package protox

import (
	"errors"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
)

func TestMarshalWireRules(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"every non-pointer field, zero or not", &intstr.IntOrString{}, "\x08\x00\x10\x00\x1a\x00"},
		{"negative int32 is a 10-byte varint", &intstr.IntOrString{IntVal: -1},
			"\x08\x00\x10\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x1a\x00"},
		{"strings", &intstr.IntOrString{Type: intstr.String, StrVal: "http"}, "\x08\x01\x10\x00\x1a\x04http"},
		{"repeated varints are not packed", &corev1.PodPortForwardOptions{Ports: []int32{80, 443}},
			"\x08\x50\x08\xbb\x03"},
		{"nil pointers and slices are left out", &corev1.ConfigMap{},
			"\x0a\x10\x0a\x00\x12\x00\x1a\x00\x22\x00\x2a\x00\x32\x00\x38\x00\x42\x00"},
		{"maps are sorted by key", &corev1.ConfigMap{Data: map[string]string{"b": "2", "a": "1"}},
			"\x0a\x10\x0a\x00\x12\x00\x1a\x00\x22\x00\x2a\x00\x32\x00\x38\x00\x42\x00" +
				"\x12\x06\x0a\x01a\x12\x011\x12\x06\x0a\x01b\x12\x012"},
		{"set pointers are written", &corev1.ConfigMap{Immutable: new(bool)},
			"\x0a\x10\x0a\x00\x12\x00\x1a\x00\x22\x00\x2a\x00\x32\x00\x38\x00\x42\x00\x20\x00"},
		{"time as seconds and nanos", &metav1.ObjectMeta{CreationTimestamp: metav1.Unix(1, 0)},
			"\x0a\x00\x12\x00\x1a\x00\x22\x00\x2a\x00\x32\x00\x38\x00\x42\x04\x08\x01\x10\x00"},
		{"quantity as its canonical string", &corev1.ResourceRequirements{Limits: corev1.ResourceList{"cpu": resource.MustParse("0.5")}},
			"\x0a\x0d\x0a\x03cpu\x12\x06\x0a\x04500m"},
		{"named slice as a message", &metav1.APIResource{Verbs: metav1.Verbs{"get"}},
			"\x0a\x00\x10\x00\x1a\x00\x22\x05\x0a\x03get\x32\x00\x42\x00\x4a\x00\x52\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Marshal(tt.v)
			require.NoError(t, err)
			if string(got) != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			back := reflect.New(reflect.TypeOf(tt.v).Elem())
			require.NoError(t, Unmarshal(got, back.Interface()))
			again, err := Marshal(back.Interface())
			require.NoError(t, err)
			if string(again) != tt.want {
				t.Fatalf("decoded and re-encoded: got %q, want %q", again, tt.want)
			}
		})
	}
}

func TestUnmarshalAccepts(t *testing.T) {
	tests := []struct {
		name string
		data string
		into any
		want any
	}{
		{"unknown fields of every wire type are skipped",
			"\x50\x07\x59\x01\x02\x03\x04\x05\x06\x07\x08\x62\x02hi\x6d\x01\x02\x03\x04\x73\x08\x01\x74\x08\x50\x08\xbb\x03",
			&corev1.PodPortForwardOptions{}, &corev1.PodPortForwardOptions{Ports: []int32{80, 443}}},
		{"packed varints", "\x0a\x03\x01\x02\x03", &corev1.PodPortForwardOptions{},
			&corev1.PodPortForwardOptions{Ports: []int32{1, 2, 3}}},
		{"repeated values apart from each other", "\x08\x01\x50\x00\x08\x02\x08\x03\x50\x00\x08\x04",
			&corev1.PodPortForwardOptions{}, &corev1.PodPortForwardOptions{Ports: []int32{1, 2, 3, 4}}},
		{"the target is reset first", "", &intstr.IntOrString{IntVal: 5}, &intstr.IntOrString{}},
		{"empty time message is the zero time", "\x42\x00", &metav1.ObjectMeta{}, &metav1.ObjectMeta{}},
		{"time keeps whole seconds, in Local", "\x42\x04\x08\x01\x10\x05", &metav1.ObjectMeta{},
			&metav1.ObjectMeta{CreationTimestamp: metav1.NewTime(time.Unix(1, 0))}},
		{"a time pointer keeps whole seconds", "\x22\x04\x08\x01\x10\x05", &metav1.ManagedFieldsEntry{},
			&metav1.ManagedFieldsEntry{Time: &metav1.Time{Time: time.Unix(1, 0)}}},
		{"empty bytes are non-nil", "\x0a\x00", &metav1.FieldsV1{}, &metav1.FieldsV1{Raw: []byte{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, Unmarshal([]byte(tt.data), tt.into))
			assert.Equal(t, tt.want, tt.into)
		})
	}
}

func TestUnmarshalMicroTime(t *testing.T) {
	var lease struct {
		T metav1.MicroTime `protobuf:"bytes,1,opt,name=t"`
	}
	require.NoError(t, Unmarshal([]byte("\x0a\x04\x08\x01\x10\x05"), &lease))
	if want := time.Unix(1, 5); !lease.T.Time.Equal(want) || lease.T.Location() != time.Local {
		t.Fatalf("got %v in %v, want %v in Local", lease.T.Time, lease.T.Location(), want)
	}
}

func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		into any
		want []string // all in the error message
	}{
		{"truncated string", "\x0a\x10abc", &corev1.ConfigMap{}, []string{"v1.ConfigMap.metadata", "offset 1"}},
		{"truncated varint", "\x08\xff", &intstr.IntOrString{}, []string{"intstr.IntOrString.Type", "unexpected end"}},
		{"wrong wire type", "\x0a\x02\x08\x01", &corev1.ConfigMap{}, []string{"v1.ObjectMeta.name", "wire type 0"}},
		{"field number 0", "\x00\x00", &corev1.ConfigMap{}, []string{"field number 0"}},
		{"bad quantity", "\x0a\x0b\x0a\x03cpu\x12\x04\x0a\x02zz", &corev1.ResourceRequirements{},
			[]string{"v1.ResourceRequirements.limits", `quantity "zz"`}},
		{"overlong varint", "\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", &intstr.IntOrString{}, []string{"longer than 10 bytes"}},
		{"truncated unknown field", "\x62\x05ab", &intstr.IntOrString{}, []string{"unknown field 12"}},
		{"not a pointer", "", intstr.IntOrString{}, []string{"non-nil pointer"}},
		{"no protobuf tags", "", &struct{ A string }{}, []string{"no protobuf tag"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Unmarshal([]byte(tt.data), tt.into)
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestUnmarshalTruncatedPrefixes(t *testing.T) {
	v := reflect.New(reflect.TypeFor[corev1.Pod]()).Elem()
	newFiller(nil, 7).fill(v, 0)
	data, err := Marshal(v.Addr().Interface())
	require.NoError(t, err)
	failed := 0
	for n := range len(data) {
		var pod corev1.Pod
		if err := Unmarshal(data[:n], &pod); err != nil {
			failed++
			var pe *positionError
			if !errors.As(err, &pe) || pe.offset > n {
				t.Fatalf("prefix %d: error %v does not give an offset within the input", n, err)
			}
		}
	}
	if failed == 0 {
		t.Fatalf("no prefix of the %d-byte encoding failed to decode", len(data))
	}
}

func TestUnmarshalSharedAliasesInput(t *testing.T) {
	data, err := Marshal(&intstr.IntOrString{StrVal: "port"})
	require.NoError(t, err)
	tests := []struct {
		name    string
		decode  func([]byte, any) error
		aliases bool
	}{
		{"Unmarshal copies", Unmarshal, false},
		{"UnmarshalShared does not", UnmarshalShared, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got intstr.IntOrString
			require.NoError(t, tt.decode(data, &got))
			p := uintptr(unsafe.Pointer(unsafe.StringData(got.StrVal)))
			start := uintptr(unsafe.Pointer(&data[0]))
			inside := p >= start && p < start+uintptr(len(data))
			if inside != tt.aliases || got.StrVal != "port" {
				t.Fatalf("got %q pointing into the input: %v, want %v", got.StrVal, inside, tt.aliases)
			}
		})
	}
}

func TestSupports(t *testing.T) {
	tests := []struct {
		t    reflect.Type
		want bool
	}{
		{reflect.TypeFor[corev1.Pod](), true},
		{reflect.TypeFor[*corev1.PodList](), true},
		{reflect.TypeFor[metav1.Status](), true},
		{reflect.TypeFor[struct{ A string }](), false},
		{reflect.TypeFor[string](), false},
		{reflect.TypeFor[struct {
			F float64 `protobuf:"fixed64,1,opt,name=f"`
		}](), false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := Supports(tt.t); got != tt.want {
			t.Errorf("Supports(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestMarshalErrors(t *testing.T) {
	for _, v := range []any{nil, (*corev1.Pod)(nil), "text", &struct{ A string }{}} {
		if _, err := Marshal(v); err == nil {
			t.Errorf("Marshal(%#v): got no error", v)
		}
	}
}
