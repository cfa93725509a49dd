package serializer_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
)

func mustFactory(t *testing.T, mutators ...serializer.CodecFactoryOptionsMutator) (*runtime.Scheme, serializer.CodecFactory) {
	t.Helper()
	s, err := newScheme()
	require.NoError(t, err)
	return s, serializer.NewCodecFactory(s, mutators...)
}

func TestSupportedMediaTypes(t *testing.T) {
	tests := []struct {
		name       string
		mutators   []serializer.CodecFactoryOptionsMutator
		wantPretty bool
		wantStrict bool
	}{
		{name: "defaults", wantPretty: true},
		{name: "no pretty, strict", mutators: []serializer.CodecFactoryOptionsMutator{serializer.DisablePretty, serializer.EnableStrict}, wantStrict: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, f := mustFactory(t, tt.mutators...)
			types := f.SupportedMediaTypes()
			var got []string
			for _, info := range types {
				got = append(got, info.MediaType)
			}
			assert.Equal(t, []string{"application/json", "application/yaml", "application/vnd.kubernetes.protobuf"}, got)
			jsonInfo, ok := runtime.SerializerInfoForMediaType(types, runtime.ContentTypeJSON)
			require.True(t, ok)
			assert.Equal(t, "application", jsonInfo.MediaTypeType)
			assert.Equal(t, "json", jsonInfo.MediaTypeSubType)
			assert.True(t, jsonInfo.EncodesAsText)
			assert.Equal(t, tt.wantPretty, jsonInfo.PrettySerializer != nil)
			require.NotNil(t, jsonInfo.StrictSerializer)
			require.NotNil(t, jsonInfo.StreamSerializer)
			assert.NotNil(t, jsonInfo.StreamSerializer.Framer)
			assert.Contains(t, string(jsonInfo.Serializer.Identifier()), `"strict":"`+map[bool]string{true: "true", false: "false"}[tt.wantStrict])
			yamlInfo, ok := runtime.SerializerInfoForMediaType(types, runtime.ContentTypeYAML)
			require.True(t, ok)
			assert.Nil(t, yamlInfo.StreamSerializer)
			pbInfo, ok := runtime.SerializerInfoForMediaType(types, runtime.ContentTypeProtobuf)
			require.True(t, ok)
			assert.False(t, pbInfo.EncodesAsText)
			assert.Equal(t, "vnd.kubernetes.protobuf", pbInfo.MediaTypeSubType)
			require.NotNil(t, pbInfo.StreamSerializer)
			assert.NotNil(t, pbInfo.StreamSerializer.Framer)
		})
	}
}

func TestLegacyCodec(t *testing.T) {
	_, f := mustFactory(t)
	tests := []struct {
		name    string
		version schema.GroupVersion
		obj     runtime.Object
		want    string
	}{
		{name: "internal to v1", version: v1, obj: &gadgetInternal{Name: "a", Size: 2},
			want: `{"kind":"Gadget","apiVersion":"toys.skiff.io/v1","name":"a","size":2}`},
		{name: "internal to v2", version: v2, obj: &gadgetInternal{Name: "a", Size: 2},
			want: `{"kind":"Gadget","apiVersion":"toys.skiff.io/v2","name":"a","dimension":2}`},
		{name: "v1 object to v2", version: v2, obj: &gadget{Name: "b", Size: 3},
			want: `{"kind":"Gadget","apiVersion":"toys.skiff.io/v2","name":"b","dimension":3}`},
		{name: "unversioned sets kind", version: v1, obj: &status{Message: "m"},
			want: `{"kind":"status","apiVersion":"v1","message":"m"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codec := f.LegacyCodec(tt.version)
			before := tt.obj.DeepCopyObject()
			data, err := runtime.Encode(codec, tt.obj)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(data))
			assert.Equal(t, before, tt.obj, "encoding must not change the caller's object")
			if _, ok := tt.obj.(*status); ok {
				return // status has no internal form to decode to
			}
			back, err := runtime.Decode(codec, data)
			require.NoError(t, err)
			assert.IsType(t, &gadgetInternal{}, back, "decodes to the internal version")
			assert.Equal(t, runtime.TypeMeta{}, back.(*gadgetInternal).TypeMeta)
		})
	}
}

func TestUniversalDecoder(t *testing.T) {
	_, f := mustFactory(t)
	tests := []struct {
		name    string
		decoder runtime.Decoder
		data    string
		want    runtime.Object
		wantErr string
	}{
		{name: "deserializer keeps version, no defaults", decoder: f.UniversalDeserializer(),
			data: `{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"x"}`,
			want: &gadget{TypeMeta: runtime.TypeMeta{APIVersion: "toys.skiff.io/v1", Kind: "Gadget"}, Name: "x"}},
		{name: "deserializer reads yaml", decoder: f.UniversalDeserializer(),
			data: "apiVersion: toys.skiff.io/v2\nkind: Gadget\ndimension: 4\n",
			want: &gadgetV2{TypeMeta: runtime.TypeMeta{APIVersion: "toys.skiff.io/v2", Kind: "Gadget"}, Dimension: 4}},
		{name: "decoder to internal defaults first", decoder: f.UniversalDecoder(),
			data: `{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"x"}`,
			want: &gadgetInternal{Name: "x", Size: 1}},
		{name: "decoder to v2", decoder: f.UniversalDecoder(v2),
			data: `{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"x","size":5}`,
			want: &gadgetV2{TypeMeta: runtime.TypeMeta{APIVersion: "toys.skiff.io/v2", Kind: "Gadget"}, Name: "x", Dimension: 5}},
		{name: "unknown kind", decoder: f.UniversalDecoder(),
			data: `{"apiVersion":"toys.skiff.io/v1","kind":"Robot"}`, wantErr: `no kind "Robot" is registered`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := runtime.Decode(tt.decoder, []byte(tt.data))
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDecodeIntoOtherVersion(t *testing.T) {
	_, f := mustFactory(t)
	into := &gadgetInternal{}
	err := runtime.DecodeInto(f.UniversalDecoder(), []byte(`{"apiVersion":"toys.skiff.io/v2","kind":"Gadget","dimension":7}`), into)
	require.NoError(t, err)
	assert.Equal(t, &gadgetInternal{Size: 7}, into)
}

func TestWithoutConversion(t *testing.T) {
	s, f := mustFactory(t)
	ns := f.WithoutConversion()
	info, ok := runtime.SerializerInfoForMediaType(ns.SupportedMediaTypes(), runtime.ContentTypeJSON)
	require.True(t, ok)

	enc := ns.EncoderForVersion(info.Serializer, v1)
	obj := &gadget{Name: "plain"}
	var buf bytes.Buffer
	require.NoError(t, enc.Encode(obj, &buf))
	assert.JSONEq(t, `{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"plain"}`, buf.String())
	assert.Equal(t, runtime.TypeMeta{}, obj.TypeMeta, "kind restored after encoding")

	dec := ns.DecoderToVersion(info.Serializer, v2)
	got, err := runtime.Decode(dec, buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, &gadget{Name: "plain"}, got, "no conversion, kind cleared")

	client := runtime.NewClientNegotiator(ns, v1)
	_, err = client.Encoder("application/json", nil)
	require.NoError(t, err)
	_, _, framer, err := client.StreamDecoder("application/json", nil)
	require.NoError(t, err)
	assert.NotNil(t, framer)
	_, _, _, err = client.StreamDecoder("application/yaml", nil)
	assert.EqualError(t, err, "no stream serializers registered for application/yaml")
	_, err = client.Decoder("application/vnd.kubernetes.protobuf", nil)
	assert.NoError(t, err)
	_, err = client.Decoder("application/cbor", nil)
	assert.EqualError(t, err, "no serializers registered for application/cbor")
	_ = s
}

func TestStrictThroughCodec(t *testing.T) {
	_, f := mustFactory(t, serializer.EnableStrict)
	obj, err := runtime.Decode(f.UniversalDecoder(v1), []byte(`{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"s","color":"red"}`))
	require.Error(t, err)
	assert.True(t, runtime.IsStrictDecodingError(err))
	assert.EqualError(t, err, `strict decoding error: unknown field "color"`)
	assert.Equal(t, &gadget{TypeMeta: runtime.TypeMeta{APIVersion: "toys.skiff.io/v1", Kind: "Gadget"}, Name: "s", Size: 1}, obj)
}

func TestNegotiatedSerializerWrapper(t *testing.T) {
	_, f := mustFactory(t)
	info := f.SupportedMediaTypes()[0]
	ns := serializer.NegotiatedSerializerWrapper(info)
	assert.Equal(t, []runtime.SerializerInfo{info}, ns.SupportedMediaTypes())
	assert.Equal(t, info.Serializer, ns.EncoderForVersion(info.Serializer, v1))
	assert.Equal(t, runtime.Decoder(info.Serializer), ns.DecoderToVersion(info.Serializer, v1))
}

func TestWithSerializer(t *testing.T) {
	_, f := mustFactory(t, serializer.WithSerializer(func(runtime.ObjectCreater, runtime.ObjectTyper) runtime.SerializerInfo {
		return runtime.SerializerInfo{MediaType: "text/plain"}
	}), serializer.WithStreamingCollectionEncodingToJSON(), serializer.WithStreamingCollectionEncodingToProtobuf())
	_, ok := runtime.SerializerInfoForMediaType(f.SupportedMediaTypes(), "text/plain")
	assert.True(t, ok)
}
