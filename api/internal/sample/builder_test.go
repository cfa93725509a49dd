package sample

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testInput() *Input {
	str := &Schema{Type: "string"}
	return &Input{
		Kinds: map[string]string{"api/x/v1.Thing": "x.Thing"},
		Schemas: map[string]*Schema{
			"x.Thing": {Type: "object", Props: map[string]*Schema{
				"name":    str,
				"data":    {Type: "string", Format: "byte"},
				"when":    {Type: "string", Format: "date-time"},
				"count":   {Type: "integer", Format: "int32"},
				"ratio":   {Type: "number", Format: "double"},
				"on":      {Type: "boolean"},
				"port":    {Format: "int-or-string"},
				"target":  {Format: "int-or-string"},
				"cpu":     {OneOf: []string{"string", "number"}},
				"labels":  {Type: "object", Values: str},
				"tags":    {Type: "array", Items: str},
				"self":    {Ref: "x.Thing"},
				"micro":   {Ref: "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"},
				"empty":   {Type: "object"},
				"related": {Type: "array", Items: &Schema{Ref: "x.Other"}},
			}},
			"x.Other": {Type: "object", Props: map[string]*Schema{"back": {Ref: "x.Thing"}, "n": {Type: "integer"}}},
		},
		Packages: []Package{{Path: "api/x/v1", Group: "x.io", Version: "v1", Types: []Type{
			{Name: "Old", Kind: "struct", Fields: []Field{
				{Name: "TypeMeta", Type: "apimachinery/apis/meta/v1.TypeMeta", JSON: ",inline", Embedded: true},
				{Name: "Size", Type: "*int64", JSON: "size,omitempty"},
				{Name: "Mode", Type: "Mode", JSON: "mode"},
				{Name: "Skip", Type: "string", JSON: "-"},
				{Name: "Untagged", Type: "bool"},
				{Name: "Raw", Type: "[]byte", JSON: "raw"},
				{Name: "Res", Type: "map[string]apimachinery/api/resource.Quantity", JSON: "res"},
				{Name: "Next", Type: "*Old", JSON: "next,omitempty"},
			}},
			{Name: "Mode", Kind: "basic", Underlying: "string"},
		}}},
	}
}

func TestKindFromSchema(t *testing.T) {
	got, src, err := New(testInput()).Kind("x.io", "v1", "Thing")
	require.NoError(t, err)
	assert.Equal(t, FromOpenAPI, src)
	assert.Equal(t, map[string]any{
		"apiVersion": "x.io/v1", "kind": "Thing",
		"name": String, "data": Bytes, "when": Time, "count": Integer, "ratio": Number, "on": true,
		"port": int64(8080), "target": IntOrStringText, "cpu": Quantity,
		"labels": map[string]any{"key": String}, "tags": []any{String},
		"micro": MicroTime, "empty": map[string]any{},
		"related": []any{map[string]any{"n": Integer}},
	}, got, "self-references are cut at their second occurrence")
}

func TestKindFromTable(t *testing.T) {
	got, src, err := New(testInput()).Kind("x.io", "v1", "Old")
	require.NoError(t, err)
	assert.Equal(t, FromTable, src)
	assert.Equal(t, map[string]any{
		"apiVersion": "x.io/v1", "kind": "Old",
		"size": Integer, "mode": String, "Untagged": true, "raw": Bytes,
		"res": map[string]any{"key": Quantity},
	}, got)
}

func TestKindErrors(t *testing.T) {
	in := testInput()
	in.Schemas["x.Thing"].Props["bad"] = &Schema{Ref: "x.Missing"}
	in.Packages[0].Types[0].Fields = append(in.Packages[0].Types[0].Fields, Field{Name: "U", Type: "Unknown", JSON: "u"})
	for _, kind := range []string{"Thing", "Old", "NotAType"} {
		_, _, err := New(in).Kind("x.io", "v1", kind)
		assert.Error(t, err, kind)
	}
	_, _, err := New(in).Kind("x.io", "v9", "Thing")
	assert.Error(t, err, "unknown version")
}
