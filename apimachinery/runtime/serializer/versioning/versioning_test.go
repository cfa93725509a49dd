package versioning_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/versioning"
)

type thing struct {
	runtime.TypeMeta `json:",inline"`
	Value            int `json:"value,omitempty"`
}

func (t *thing) DeepCopyObject() runtime.Object { c := *t; return &c }

func TestCodecs(t *testing.T) {
	gv := schema.GroupVersion{Group: "g", Version: "v1"}
	s := runtime.NewScheme()
	s.AddKnownTypeWithName(gv.WithKind("Thing"), &thing{})
	s.AddTypeDefaultingFunc(&thing{}, func(obj interface{}) {
		if o := obj.(*thing); o.Value == 0 {
			o.Value = 42
		}
	})
	ser := json.NewSerializerWithOptions(json.DefaultMetaFactory, s, s, json.SerializerOptions{})
	tests := []struct {
		name      string
		codec     runtime.Codec
		wantValue int
	}{
		{name: "defaulting for scheme", codec: versioning.NewDefaultingCodecForScheme(s, ser, ser, gv, gv), wantValue: 42},
		{name: "no defaulter", codec: versioning.NewCodec(ser, ser, runtime.UnsafeObjectConvertor(s), s, s, nil, gv, gv, "test"), wantValue: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := runtime.Encode(tt.codec, &thing{})
			require.NoError(t, err)
			assert.JSONEq(t, `{"apiVersion":"g/v1","kind":"Thing"}`, string(data))
			obj, err := runtime.Decode(tt.codec, data)
			require.NoError(t, err)
			assert.Equal(t, tt.wantValue, obj.(*thing).Value)
			assert.Equal(t, "Thing", obj.GetObjectKind().GroupVersionKind().Kind)
		})
	}
}
