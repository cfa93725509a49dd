package api_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/api/internal/roundtrip"
	"github.com/skiff-k8s/skiff/api/internal/sample"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	serjson "github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

// generatorInput is the committed input of hack/gen-types, which holds the
// trimmed OpenAPI schemas of every kind.
var generatorInput = filepath.Join("..", "hack", "gen-types", "data", "input.json")

// roundTrip decodes data through the scheme's JSON serializer, checks the
// Go type it made, re-encodes it and returns the paths where the output
// differs from data.
func roundTrip(t *testing.T, scheme *runtime.Scheme, gvk schema.GroupVersionKind, data []byte) []string {
	t.Helper()
	codec := serjson.NewSerializerWithOptions(serjson.DefaultMetaFactory, scheme, scheme, serjson.SerializerOptions{})
	obj, got, err := codec.Decode(data, nil, nil)
	require.NoError(t, err)
	require.Equal(t, gvk, *got)
	require.Equal(t, scheme.AllKnownTypes()[gvk], reflect.TypeOf(obj).Elem(), "decoded Go type")
	var out bytes.Buffer
	require.NoError(t, codec.Encode(obj, &out))
	diffs, err := roundtrip.Diff(data, out.Bytes(), 10)
	require.NoError(t, err)
	return diffs
}

// TestSampleRoundTripEveryKind builds a sample object of every kind every
// generated package registers (from its OpenAPI v3 schema, or from the Go
// field table for kinds no OpenAPI document describes), decodes it into
// the registered Go type through the JSON serializer, re-encodes it and
// requires JSON semantically equal to the sample: a property the Go type
// lacks or names differently fails.
func TestSampleRoundTripEveryKind(t *testing.T) {
	in, err := sample.Load(generatorInput)
	require.NoError(t, err)
	scheme, kinds := allKinds(t)
	b := sample.New(in)
	count := map[sample.Source]int{}
	for _, gvk := range kinds {
		t.Run(gvk.GroupVersion().String()+"/"+gvk.Kind, func(t *testing.T) {
			obj, src, err := b.Kind(gvk.Group, gvk.Version, gvk.Kind)
			require.NoError(t, err)
			count[src]++
			data, err := json.Marshal(obj)
			require.NoError(t, err)
			for _, d := range roundTrip(t, scheme, gvk, data) {
				t.Errorf("sample built from the %s does not round-trip: %s", src, d)
			}
		})
	}
	t.Logf("%d kinds: %d samples from OpenAPI schemas, %d from the Go field table",
		len(kinds), count[sample.FromOpenAPI], count[sample.FromTable])
	registered := map[string]bool{}
	for _, gvk := range kinds {
		registered[gvk.String()] = true
	}
	for key := range in.Kinds {
		assert.Contains(t, key, ".", "kind key %q", key)
	}
	assert.Equal(t, len(in.Kinds), count[sample.FromOpenAPI], "every kind with an OpenAPI schema is registered and built from it")
}

// TestSampleRoundTripCatchesMissingFields proves the round trip fails when
// the sample has a property the Go type lacks, as it would for a missing
// field or a wrong JSON tag.
func TestSampleRoundTripCatchesMissingFields(t *testing.T) {
	in, err := sample.Load(generatorInput)
	require.NoError(t, err)
	scheme, _ := allKinds(t)
	gvk := schema.GroupVersionKind{Version: "v1", Kind: "Pod"}
	obj, src, err := sample.New(in).Kind(gvk.Group, gvk.Version, gvk.Kind)
	require.NoError(t, err)
	require.Equal(t, sample.FromOpenAPI, src)
	spec := obj["spec"].(map[string]any)
	spec["notAField"] = "x"
	spec["containers"].([]any)[0].(map[string]any)["imageTypo"] = "y"
	data, err := json.Marshal(obj)
	require.NoError(t, err)
	assert.Equal(t, []string{
		`$.spec.containers[0].imageTypo: want "y", got (absent)`,
		`$.spec.notAField: want "x", got (absent)`,
	}, roundTrip(t, scheme, gvk, data))
}
