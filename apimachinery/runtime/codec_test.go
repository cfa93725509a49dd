package runtime_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	jsonserializer "github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

type pod struct {
	runtime.TypeMeta `json:",inline"`
	Name             string `json:"name,omitempty"`
}

func (p *pod) DeepCopyObject() runtime.Object { c := *p; return &c }

type node struct {
	runtime.TypeMeta `json:",inline"`
	Name             string `json:"name,omitempty"`
}

func (n *node) DeepCopyObject() runtime.Object { c := *n; return &c }

var coreV1 = schema.GroupVersion{Version: "v1"}

func newCodecScheme() (*runtime.Scheme, runtime.Serializer) {
	s := runtime.NewScheme()
	s.AddKnownTypeWithName(coreV1.WithKind("Pod"), &pod{})
	s.AddKnownTypeWithName(coreV1.WithKind("Node"), &node{})
	return s, jsonserializer.NewSerializerWithOptions(jsonserializer.DefaultMetaFactory, s, s, jsonserializer.SerializerOptions{})
}

func TestEncodeDecodeHelpers(t *testing.T) {
	_, ser := newCodecScheme()
	data, err := runtime.Encode(ser, &pod{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Pod"}, Name: "p"})
	require.NoError(t, err)
	assert.Equal(t, `{"apiVersion":"v1","kind":"Pod","name":"p"}`+"\n", string(data))
	assert.Equal(t, string(data), runtime.EncodeOrDie(ser, &pod{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Pod"}, Name: "p"}))

	obj, err := runtime.Decode(ser, data)
	require.NoError(t, err)
	assert.Equal(t, "p", obj.(*pod).Name)

	tests := []struct {
		name    string
		into    runtime.Object
		wantErr string
	}{
		{name: "same kind", into: &pod{}},
		{name: "other kind", into: &node{}, wantErr: "unable to decode /v1, Kind=Pod into *runtime_test.node"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runtime.DecodeInto(ser, data, tt.into)
			if tt.wantErr != "" {
				assert.EqualError(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "p", tt.into.(*pod).Name)
		})
	}
	assert.Panics(t, func() { runtime.EncodeOrDie(runtime.NoopEncoder{}, &pod{}) })
}

func TestNoopCodecs(t *testing.T) {
	_, ser := newCodecScheme()
	err := runtime.NoopEncoder{Decoder: ser}.Encode(&pod{}, io.Discard)
	assert.ErrorContains(t, err, "encoding is not allowed for this codec")
	assert.Equal(t, runtime.Identifier("noop"), runtime.NoopEncoder{}.Identifier())
	_, _, err = runtime.NoopDecoder{Encoder: ser}.Decode([]byte("{}"), nil, nil)
	assert.ErrorContains(t, err, "decoding is not allowed for this codec")

	codec := runtime.NewCodec(ser, ser)
	data, err := runtime.Encode(codec, &pod{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Pod"}})
	require.NoError(t, err)
	_, err = runtime.Decode(codec, data)
	require.NoError(t, err)
}

func TestSerializerInfoForMediaType(t *testing.T) {
	jsonInfo := runtime.SerializerInfo{MediaType: "application/json"}
	anyInfo := runtime.SerializerInfo{EncodesAsText: true}
	tests := []struct {
		name   string
		types  []runtime.SerializerInfo
		media  string
		want   runtime.SerializerInfo
		wantOK bool
	}{
		{name: "exact", types: []runtime.SerializerInfo{anyInfo, jsonInfo}, media: "application/json", want: jsonInfo, wantOK: true},
		{name: "fallback to empty media type", types: []runtime.SerializerInfo{jsonInfo, anyInfo}, media: "text/plain", want: anyInfo, wantOK: true},
		{name: "none", types: []runtime.SerializerInfo{jsonInfo}, media: "application/yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := runtime.SerializerInfoForMediaType(tt.types, tt.media)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestWithVersionEncoderAndWithoutVersionDecoder(t *testing.T) {
	s, ser := newCodecScheme()
	enc := runtime.WithVersionEncoder{Version: coreV1, Encoder: ser, ObjectTyper: s}
	obj := &pod{Name: "x"}
	data, err := runtime.Encode(enc, obj)
	require.NoError(t, err)
	assert.JSONEq(t, `{"apiVersion":"v1","kind":"Pod","name":"x"}`, string(data))
	assert.Equal(t, runtime.TypeMeta{}, obj.TypeMeta, "kind restored")

	type unregistered struct{ pod }
	data, err = runtime.Encode(enc, &unregistered{pod{Name: "u"}})
	require.NoError(t, err, "unregistered objects are encoded unchanged")
	assert.JSONEq(t, `{"name":"u"}`, string(data))

	dec := runtime.WithoutVersionDecoder{Decoder: ser}
	got, err := runtime.Decode(dec, []byte(`{"apiVersion":"v1","kind":"Pod","name":"y"}`))
	require.NoError(t, err)
	assert.Equal(t, &pod{Name: "y"}, got)
}

func TestBase64Serializer(t *testing.T) {
	_, ser := newCodecScheme()
	b64 := runtime.NewBase64Serializer(ser, ser)
	data, err := runtime.Encode(b64, &pod{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Pod"}, Name: "b"})
	require.NoError(t, err)
	assert.NotContains(t, string(data), "{")
	got, err := runtime.Decode(b64, data)
	require.NoError(t, err)
	assert.Equal(t, "b", got.(*pod).Name)
	_, err = runtime.Decode(b64, []byte("!!!"))
	assert.ErrorContains(t, err, "decoding base64")
	assert.Contains(t, string(b64.Identifier()), "base64(")
}

// recordingEncoder offers nondeterministic and allocator encoding.
type recordingEncoder struct{ calls []string }

func (r *recordingEncoder) Encode(runtime.Object, io.Writer) error {
	r.calls = append(r.calls, "Encode")
	return nil
}
func (r *recordingEncoder) EncodeNondeterministic(runtime.Object, io.Writer) error {
	r.calls = append(r.calls, "EncodeNondeterministic")
	return nil
}
func (r *recordingEncoder) EncodeWithAllocator(_ runtime.Object, _ io.Writer, a runtime.MemoryAllocator) error {
	r.calls = append(r.calls, "EncodeWithAllocator")
	a.Allocate(8)
	return nil
}
func (r *recordingEncoder) Identifier() runtime.Identifier { return "recording" }

func TestEncoderWrappers(t *testing.T) {
	r := &recordingEncoder{}
	require.NoError(t, runtime.UseNondeterministicEncoding(r).Encode(&pod{}, io.Discard))
	require.NoError(t, runtime.NewEncoderWithAllocator(r, &runtime.Allocator{}).Encode(&pod{}, io.Discard))
	assert.Equal(t, []string{"EncodeNondeterministic", "EncodeWithAllocator"}, r.calls)
	assert.Equal(t, runtime.Identifier("recording"), runtime.NewEncoderWithAllocator(r, &runtime.SimpleAllocator{}).Identifier())
	_, ser := newCodecScheme()
	assert.Equal(t, ser, runtime.UseNondeterministicEncoding(ser))
}

func TestEncodeDecodeList(t *testing.T) {
	_, ser := newCodecScheme()
	list := []runtime.Object{
		&pod{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Pod"}, Name: "a"},
		&runtime.Unknown{Raw: []byte(`{"apiVersion":"v1","kind":"Node","name":"n"}`)},
		&runtime.Unknown{Raw: []byte(`{"apiVersion":"v9","kind":"Nope"}`)},
	}
	require.NoError(t, runtime.EncodeList(ser, list))
	assert.IsType(t, &runtime.Unknown{}, list[0])
	errs := runtime.DecodeList(list, ser)
	require.Len(t, errs, 1)
	assert.ErrorContains(t, errs[0], "decoding list item 2")
	assert.Equal(t, "a", list[0].(*pod).Name)
	assert.Equal(t, "n", list[1].(*node).Name)
	assert.IsType(t, &runtime.Unknown{}, list[2])
}

func TestEncodable(t *testing.T) {
	_, ser := newCodecScheme()
	wrapped := runtime.NewEncodableList(ser, []runtime.Object{
		&pod{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Pod"}, Name: "e"},
		&runtime.Unknown{Raw: []byte(`{"x":1}`)},
	})
	data, err := json.Marshal(wrapped)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"apiVersion":"v1","kind":"Pod","name":"e"},{"x":1}]`, string(data))
	assert.Equal(t, schema.GroupVersionKind{Version: "v1", Kind: "Pod"}, wrapped[0].GetObjectKind().GroupVersionKind())
	assert.NotNil(t, wrapped[0].DeepCopyObject())
	assert.Error(t, json.Unmarshal([]byte(`{}`), &wrapped[0]))
}

func TestNegotiateError(t *testing.T) {
	var err error = runtime.NegotiateError{ContentType: "text/html"}
	assert.EqualError(t, err, "no serializers registered for text/html")
	var ne runtime.NegotiateError
	assert.True(t, errors.As(err, &ne))
	assert.EqualError(t, runtime.NegotiateError{ContentType: "x", Stream: true}, "no stream serializers registered for x")
}

func TestCheckCodec(t *testing.T) {
	s, ser := newCodecScheme()
	assert.NoError(t, runtime.CheckCodec(ser, &pod{}, coreV1.WithKind("Pod")))
	assert.ErrorContains(t, runtime.CheckCodec(ser, &pod{}, coreV1.WithKind("Node")), "decode of external type")
	assert.ErrorContains(t, runtime.CheckCodec(ser, &pod{}, coreV1.WithKind("Gone")), "not interpretable")
	_ = s
}

func TestAllocatorsAndSplice(t *testing.T) {
	a := &runtime.Allocator{}
	first := a.Allocate(10)
	assert.Len(t, first, 10)
	second := a.Allocate(5)
	assert.Len(t, second, 5)
	assert.Equal(t, &first[0], &second[0], "buffer reused")
	assert.Len(t, (&runtime.SimpleAllocator{}).Allocate(3), 3)

	sp := runtime.NewSpliceBuffer()
	assert.Nil(t, sp.Bytes())
	raw := []byte("abc")
	sp.Splice(raw)
	assert.Equal(t, &raw[0], &sp.Bytes()[0], "spliced without copy")
	_, err := sp.Write([]byte("def"))
	require.NoError(t, err)
	assert.Equal(t, "abcdef", string(sp.Bytes()))
	sp.Reset()
	assert.Empty(t, sp.Bytes())
	var buf bytes.Buffer
	buf.Write(sp.Bytes())
	assert.Zero(t, buf.Len())
}
