package yaml_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/yaml"
)

type config struct {
	runtime.TypeMeta `json:",inline"`
	Server           string `json:"server"`
	Port             int    `json:"port"`
}

func (c *config) DeepCopyObject() runtime.Object { cp := *c; return &cp }

func TestDecodingSerializer(t *testing.T) {
	s := runtime.NewScheme()
	s.AddKnownTypeWithName(schema.GroupVersionKind{Version: "v1", Kind: "Config"}, &config{})
	ser := yaml.NewDecodingSerializer(json.NewSerializerWithOptions(yaml.DefaultMetaFactory, s, s, json.SerializerOptions{}))
	tests := []struct {
		name    string
		data    string
		want    runtime.Object
		wantErr string
	}{
		{name: "yaml", data: "apiVersion: v1\nkind: Config\nserver: example.com\nport: 443\n",
			want: &config{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Config"}, Server: "example.com", Port: 443}},
		{name: "json is yaml", data: `{"apiVersion":"v1","kind":"Config","port":1}`,
			want: &config{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Config"}, Port: 1}},
		{name: "broken", data: "a: [1,", wantErr: "converting yaml to json"},
		{name: "missing kind", data: "apiVersion: v1\n", wantErr: "Object 'Kind' is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := runtime.Decode(ser, []byte(tt.data))
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	out, err := runtime.Encode(ser, &config{Server: "s"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"server":"s","port":0}`, string(out), "encodes with the JSON serializer")
}
