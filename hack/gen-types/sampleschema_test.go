package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConvertSchema(t *testing.T) {
	tests := []struct {
		name, in string
		want     *Schema
	}{
		{"scalar", `{"type":"integer","format":"int32","description":"prose is dropped"}`, &Schema{Type: "integer", Format: "int32"}},
		{"allOf ref", `{"allOf":[{"$ref":"#/components/schemas/a.B"}],"default":{}}`, &Schema{Ref: "a.B"}},
		{"quantity", `{"oneOf":[{"type":"string"},{"type":"number"}]}`, &Schema{OneOf: []string{"string", "number"}}},
		{"map", `{"type":"object","additionalProperties":{"type":"string","default":""}}`, &Schema{Type: "object", Values: &Schema{Type: "string"}}},
		{"free map", `{"type":"object","additionalProperties":true}`, &Schema{Type: "object"}},
		{"array of refs", `{"type":"array","items":{"$ref":"#/components/schemas/a.C"}}`, &Schema{Type: "array", Items: &Schema{Ref: "a.C"}}},
		{"object", `{"type":"object","properties":{"n":{"type":"boolean"}},"required":["n"]}`,
			&Schema{Type: "object", Props: map[string]*Schema{"n": {Type: "boolean"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var raw oaRaw
			require.NoError(t, json.Unmarshal([]byte(tt.in), &raw))
			got, err := convert(&raw)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadSampleSchemas(t *testing.T) {
	kinds, schemas, err := readSampleSchemas("testdata/shared/kubernetes-1.34/openapi/v3",
		map[string]string{"example.com/v1": "api/example/v1", "other.example.com/v1": "api/other/v1"})
	require.NoError(t, err)
	require.NotEmpty(t, kinds)
	for key, name := range kinds {
		assert.Contains(t, schemas, name, "schema of kind %s", key)
	}
	for _, s := range schemas {
		for _, ref := range s.refs(nil) {
			if _, ok := schemas[ref]; !ok {
				t.Logf("reference %s is not defined in the tiny documents", ref)
			}
		}
	}
}
