package runtime

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stamp mimics metav1.Time: JSON via MarshalJSON/UnmarshalJSON and a
// ToUnstructured method.
type stamp struct{ time.Time }

func (s stamp) MarshalJSON() ([]byte, error) {
	if s.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(s.UTC().Format(time.RFC3339))
}

func (s *stamp) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		s.Time = time.Time{}
		return nil
	}
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	t, err := time.Parse(time.RFC3339, str)
	if err != nil {
		return err
	}
	s.Time = t
	return nil
}

func (s stamp) ToUnstructured() interface{} {
	if s.IsZero() {
		return nil
	}
	return s.UTC().Format(time.RFC3339)
}

// intOrText mimics intstr.IntOrString: JSON only.
type intOrText struct {
	isText bool
	n      int32
	s      string
}

func (v intOrText) MarshalJSON() ([]byte, error) {
	if v.isText {
		return json.Marshal(v.s)
	}
	return json.Marshal(v.n)
}

func (v *intOrText) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		v.isText = true
		return json.Unmarshal(b, &v.s)
	}
	return json.Unmarshal(b, &v.n)
}

type convMeta struct {
	Name    string            `json:"name,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	Created stamp             `json:"created"`
}

type convSpec struct {
	Replicas *int32        `json:"replicas,omitempty"`
	Port     intOrText     `json:"port"`
	Ratio    float64       `json:"ratio,omitempty"`
	Data     []byte        `json:"data,omitempty"`
	Items    []convItem    `json:"items,omitempty"`
	Ignored  string        `json:"-"`
	Any      interface{}   `json:"any,omitempty"`
	Weights  map[int]uint8 `json:"weights,omitempty"`
	NoTag    bool
}

type convItem struct {
	Key   string `json:"key"`
	Value *bool  `json:"value,omitempty"`
}

type convObject struct {
	TypeMeta `json:",inline"`
	Meta     convMeta `json:"metadata"`
	Spec     convSpec `json:"spec"`
}

func (o *convObject) DeepCopyObject() Object { c := *o; return &c }

func ptr[T any](v T) *T { return &v }

func TestToUnstructured(t *testing.T) {
	created := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name string
		in   interface{}
		want map[string]interface{}
	}{
		{
			name: "full",
			in: &convObject{
				TypeMeta: TypeMeta{APIVersion: "v1", Kind: "Thing"},
				Meta:     convMeta{Name: "a", Labels: map[string]string{"k": "v"}, Created: stamp{created}},
				Spec: convSpec{Replicas: ptr(int32(3)), Port: intOrText{isText: true, s: "http"}, Ratio: 0.5,
					Data: []byte("hi"), Items: []convItem{{Key: "x", Value: ptr(false)}}, Ignored: "gone",
					Any: map[string]interface{}{"n": int64(1)}, Weights: map[int]uint8{2: 9}, NoTag: true},
			},
			want: map[string]interface{}{
				"apiVersion": "v1", "kind": "Thing",
				"metadata": map[string]interface{}{"name": "a", "labels": map[string]interface{}{"k": "v"}, "created": "2024-01-02T03:04:05Z"},
				"spec": map[string]interface{}{"replicas": int64(3), "port": "http", "ratio": 0.5, "data": "aGk=",
					"items": []interface{}{map[string]interface{}{"key": "x", "value": false}},
					"any":   map[string]interface{}{"n": int64(1)}, "weights": map[string]interface{}{"2": int64(9)}, "NoTag": true},
			},
		},
		{
			name: "zero values",
			in:   &convObject{},
			want: map[string]interface{}{
				"metadata": map[string]interface{}{"created": nil},
				"spec":     map[string]interface{}{"port": int64(0), "NoTag": false},
			},
		},
		{
			name: "unstructured is copied",
			in:   &testUnstructured{Object: map[string]interface{}{"a": []interface{}{int64(1)}}},
			want: map[string]interface{}{"a": []interface{}{int64(1)}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DefaultUnstructuredConverter.ToUnstructured(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestToUnstructuredErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      interface{}
		wantErr string
	}{
		{name: "nil", in: nil, wantErr: "need a non-nil pointer"},
		{name: "non pointer", in: convObject{}, wantErr: "need a non-nil pointer"},
		{name: "not a struct", in: ptr(3), wantErr: "not an object"},
		{name: "channel field", in: &struct{ C chan int }{C: make(chan int)}, wantErr: "C: unsupported type chan int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DefaultUnstructuredConverter.ToUnstructured(tt.in)
			assert.ErrorContains(t, err, tt.wantErr)
		})
	}
}

func TestFromUnstructured(t *testing.T) {
	created := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name    string
		in      map[string]interface{}
		want    *convObject
		wantErr string
	}{
		{
			name: "full",
			in: map[string]interface{}{
				"apiVersion": "v1", "kind": "Thing",
				"metadata": map[string]interface{}{"name": "a", "labels": map[string]interface{}{"k": "v"}, "created": "2024-01-02T03:04:05Z"},
				"spec": map[string]interface{}{"replicas": float64(3), "port": int64(80), "ratio": int64(2), "data": "aGk=",
					"items": []interface{}{map[string]interface{}{"key": "x", "value": true}},
					"any":   []interface{}{"s"}, "weights": map[string]interface{}{"2": json.Number("9")}, "unknown": 1},
			},
			want: &convObject{
				TypeMeta: TypeMeta{APIVersion: "v1", Kind: "Thing"},
				Meta:     convMeta{Name: "a", Labels: map[string]string{"k": "v"}, Created: stamp{created}},
				Spec: convSpec{Replicas: ptr(int32(3)), Port: intOrText{n: 80}, Ratio: 2, Data: []byte("hi"),
					Items: []convItem{{Key: "x", Value: ptr(true)}}, Any: []interface{}{"s"}, Weights: map[int]uint8{2: 9}},
			},
		},
		{name: "string for int", in: map[string]interface{}{"spec": map[string]interface{}{"replicas": "3"}},
			wantErr: "spec.replicas: cannot convert string to int32"},
		{name: "fraction for int", in: map[string]interface{}{"spec": map[string]interface{}{"replicas": 1.5}},
			wantErr: "spec.replicas: cannot convert float64 to int32"},
		{name: "overflow", in: map[string]interface{}{"spec": map[string]interface{}{"weights": map[string]interface{}{"1": int64(300)}}},
			wantErr: "spec.weights.1: cannot convert int64 to uint8"},
		{name: "nested path", in: map[string]interface{}{"spec": map[string]interface{}{"items": []interface{}{map[string]interface{}{"key": int64(1)}}}},
			wantErr: "spec.items[0].key: cannot convert int64 to string"},
		{name: "bad base64", in: map[string]interface{}{"spec": map[string]interface{}{"data": "!!"}},
			wantErr: "spec.data: decoding base64"},
		{name: "object for list", in: map[string]interface{}{"spec": map[string]interface{}{"items": map[string]interface{}{}}},
			wantErr: "spec.items: cannot convert map[string]interface {} to []runtime.convItem"},
		{name: "inexact float", in: map[string]interface{}{"spec": map[string]interface{}{"ratio": int64(1<<53 + 1)}},
			wantErr: "spec.ratio: cannot convert int64 to float64"},
		{name: "bad time", in: map[string]interface{}{"metadata": map[string]interface{}{"created": "yesterday"}},
			wantErr: "metadata.created: parsing time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := &convObject{}
			err := DefaultUnstructuredConverter.FromUnstructured(tt.in, got)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFromUnstructuredWithValidation(t *testing.T) {
	in := map[string]interface{}{
		"kind": "Thing", "extra": true,
		"spec": map[string]interface{}{"ratio": 1.0, "bogus": "x"},
	}
	got := &convObject{}
	err := DefaultUnstructuredConverter.FromUnstructuredWithValidation(in, got, true)
	require.Error(t, err)
	assert.True(t, IsStrictDecodingError(err), "want strict decoding error, got %v", err)
	assert.Equal(t, `strict decoding error: unknown field "extra", unknown field "spec.bogus"`, err.Error())
	assert.Equal(t, 1.0, got.Spec.Ratio, "object is still filled")
	require.NoError(t, DefaultUnstructuredConverter.FromUnstructuredWithValidation(in, &convObject{}, false))
}

func TestUnstructuredRoundTrip(t *testing.T) {
	in := &convObject{
		TypeMeta: TypeMeta{APIVersion: "g/v1", Kind: "Thing"},
		Meta:     convMeta{Name: "x", Created: stamp{time.Date(2020, 5, 6, 7, 8, 9, 0, time.UTC)}},
		Spec:     convSpec{Port: intOrText{n: 8080}, Items: []convItem{{Key: "a"}}, Data: []byte{0, 1, 2}},
	}
	u, err := DefaultUnstructuredConverter.ToUnstructured(in)
	require.NoError(t, err)
	out := &convObject{}
	require.NoError(t, DefaultUnstructuredConverter.FromUnstructured(u, out))
	assert.Equal(t, in, out)
	// the JSON of the map equals the JSON of the struct
	a, err := json.Marshal(in)
	require.NoError(t, err)
	b, err := json.Marshal(u)
	require.NoError(t, err)
	assert.JSONEq(t, string(a), string(b))
}

func TestDeepCopyJSON(t *testing.T) {
	in := map[string]interface{}{
		"s": "x", "i": int64(1), "f": 1.5, "b": true, "n": nil, "num": json.Number("7"),
		"m": map[string]interface{}{"l": []interface{}{map[string]interface{}{"k": "v"}}},
	}
	out := DeepCopyJSON(in)
	assert.Equal(t, in, out)
	out["m"].(map[string]interface{})["l"].([]interface{})[0].(map[string]interface{})["k"] = "changed"
	assert.Equal(t, "v", in["m"].(map[string]interface{})["l"].([]interface{})[0].(map[string]interface{})["k"], "copy must not share memory")
	assert.Nil(t, DeepCopyJSON(nil))
	assert.Equal(t, fmt.Sprint([]interface{}{"a"}), fmt.Sprint(DeepCopyJSONValue([]interface{}{"a"})))
	assert.True(t, strings.HasPrefix(fmt.Sprint(DeepCopyJSONValue(int64(3))), "3"))
}

// selfDecoding is a struct with tagged fields that also decodes itself.
type selfDecoding struct {
	A string `json:"a"`
}

func (s *selfDecoding) UnmarshalJSON(b []byte) error {
	var raw map[string]interface{}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	s.A, _ = raw["a"].(string)
	return nil
}

func TestFromUnstructuredWithValidationBehindUnmarshalJSON(t *testing.T) {
	type outer struct {
		Inner selfDecoding `json:"inner"`
		When  stamp        `json:"when"`
	}
	in := map[string]interface{}{
		"inner": map[string]interface{}{"a": "x", "b": "unknown"},
		"when":  "2024-01-02T03:04:05Z",
	}
	got := &outer{}
	err := DefaultUnstructuredConverter.FromUnstructuredWithValidation(in, got, true)
	assert.EqualError(t, err, `strict decoding error: unknown field "inner.b"`)
	assert.Equal(t, "x", got.Inner.A)
	assert.Equal(t, 2024, got.When.Year())
}

func TestFromUnstructuredResetsAbsentFields(t *testing.T) {
	obj := &convObject{Meta: convMeta{Name: "old", Labels: map[string]string{"a": "b"}}, Spec: convSpec{Ratio: 2, Items: []convItem{{Key: "k"}}}}
	require.NoError(t, DefaultUnstructuredConverter.FromUnstructured(map[string]interface{}{"spec": map[string]interface{}{"ratio": 3.0}}, obj))
	assert.Equal(t, &convObject{Spec: convSpec{Ratio: 3}}, obj)
}
