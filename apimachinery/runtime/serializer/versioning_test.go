package serializer_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
)

// mapObject is a minimal runtime.Unstructured.
type mapObject struct{ Object map[string]interface{} }

func (m *mapObject) GetObjectKind() schema.ObjectKind { return m }
func (m *mapObject) GroupVersionKind() schema.GroupVersionKind {
	av, _ := m.Object["apiVersion"].(string)
	k, _ := m.Object["kind"].(string)
	return schema.FromAPIVersionAndKind(av, k)
}
func (m *mapObject) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	m.Object["apiVersion"], m.Object["kind"] = gvk.ToAPIVersionAndKind()
}
func (m *mapObject) DeepCopyObject() runtime.Object {
	return &mapObject{Object: runtime.DeepCopyJSON(m.Object)}
}
func (m *mapObject) NewEmptyInstance() runtime.Unstructured {
	return &mapObject{Object: map[string]interface{}{}}
}
func (m *mapObject) UnstructuredContent() map[string]interface{}     { return m.Object }
func (m *mapObject) SetUnstructuredContent(c map[string]interface{}) { m.Object = c }
func (m *mapObject) IsList() bool                                    { return false }
func (m *mapObject) EachListItem(func(runtime.Object) error) error   { return errors.New("not a list") }
func (m *mapObject) EachListItemWithAlloc(func(runtime.Object) error) error {
	return errors.New("not a list")
}
func (m *mapObject) MarshalJSON() ([]byte, error) { return stdMarshal(m.Object) }

func TestVersioningUnstructured(t *testing.T) {
	_, f := mustFactory(t)
	info := f.SupportedMediaTypes()[0]
	tests := []struct {
		name    string
		target  runtime.GroupVersioner
		obj     *mapObject
		want    string
		wantErr string
	}{
		{name: "already in version", target: v1,
			obj:  &mapObject{Object: map[string]interface{}{"apiVersion": "toys.skiff.io/v1", "kind": "Gadget", "size": int64(2)}},
			want: `{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","size":2}`},
		{name: "converted through the typed form", target: v2,
			obj:  &mapObject{Object: map[string]interface{}{"apiVersion": "toys.skiff.io/v1", "kind": "Gadget", "size": int64(2)}},
			want: `{"apiVersion":"toys.skiff.io/v2","kind":"Gadget","dimension":2}`},
		{name: "no version", target: v2, obj: &mapObject{Object: map[string]interface{}{"kind": "Gadget"}}, want: `{"kind":"Gadget"}`},
		{name: "other group", target: schema.GroupVersion{Group: "x", Version: "v1"},
			obj: &mapObject{Object: map[string]interface{}{"apiVersion": "toys.skiff.io/v1", "kind": "Gadget"}}, wantErr: "is not suitable for converting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc := f.EncoderForVersion(info.Serializer, tt.target)
			var buf bytes.Buffer
			err := enc.Encode(tt.obj, &buf)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, buf.String())
		})
	}
}

func TestDecoderToVersionAndIdentifiers(t *testing.T) {
	_, f := mustFactory(t)
	info := f.SupportedMediaTypes()[0]
	dec := f.DecoderToVersion(info.Serializer, runtime.InternalGroupVersioner)
	obj, err := runtime.Decode(dec, []byte(`{"apiVersion":"toys.skiff.io/v2","kind":"Gadget","name":"d","dimension":9}`))
	require.NoError(t, err)
	assert.Equal(t, &gadgetInternal{Name: "d", Size: 9}, obj)

	enc := f.EncoderForVersion(info.Serializer, v1)
	assert.Contains(t, string(enc.Identifier()), "versioning(")
	assert.NotEqual(t, enc.Identifier(), f.EncoderForVersion(info.Serializer, v2).Identifier())

	decodeOnly := f.CodecForVersions(nil, info.Serializer, nil, nil)
	assert.Error(t, decodeOnly.Encode(&gadget{}, io.Discard))
	encodeOnly := f.CodecForVersions(info.Serializer, nil, nil, nil)
	_, _, err = encodeOnly.Decode([]byte(`{}`), nil, nil)
	assert.Error(t, err)
	data, err := runtime.Encode(encodeOnly, &gadget{Name: "k"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"k"}`, string(data), "no conversion, kind set")
	_, err = runtime.Encode(encodeOnly, &runtime.Unknown{Raw: []byte(`{"raw":true}`)})
	require.NoError(t, err)
	_, err = runtime.Encode(encodeOnly, &mapObject{Object: map[string]interface{}{"a": "b"}})
	require.NoError(t, err)
}

func TestPrettyAndStrictMutators(t *testing.T) {
	_, f := mustFactory(t, serializer.DisablePretty, serializer.EnablePretty, serializer.EnableStrict, serializer.DisableStrict)
	info := f.SupportedMediaTypes()[0]
	require.NotNil(t, info.PrettySerializer)
	assert.Contains(t, string(info.Serializer.Identifier()), `"strict":"false"`)
}

// cachingObject is a CacheableObject that records the identifier used.
type cachingObject struct {
	gadget
	ids []runtime.Identifier
}

func (c *cachingObject) CacheEncode(id runtime.Identifier, encode func(runtime.Object, io.Writer) error, w io.Writer) error {
	c.ids = append(c.ids, id)
	return encode(&c.gadget, w)
}
func (c *cachingObject) GetObject() runtime.Object { return &c.gadget }

func TestCacheableObject(t *testing.T) {
	_, f := mustFactory(t)
	obj := &cachingObject{gadget: gadget{Name: "c"}}
	data, err := runtime.Encode(f.LegacyCodec(v1), obj)
	require.NoError(t, err)
	assert.JSONEq(t, `{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"c"}`, string(data))
	require.Len(t, obj.ids, 1)
	assert.Contains(t, string(obj.ids[0]), "versioning(")
}
