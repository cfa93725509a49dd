package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// Input is everything generation needs, trimmed from the surface table and
// the OpenAPI documents by -refresh and committed under data/.
type Input struct {
	// External describes the apimachinery types the API packages use:
	// module-relative name (e.g. "apimachinery/apis/meta/v1.Time") to shape.
	External map[string]ExtType `json:"external"`
	// Packages are the api/<group>/<version> packages, sorted by path.
	Packages []Package `json:"packages"`
	// Kinds maps each kind the OpenAPI documents describe, as
	// "<package path>.<Kind>", to its schema name in Schemas. Generation
	// does not use it: the round-trip tests of api/ build sample objects
	// of every kind from it.
	Kinds map[string]string `json:"kinds,omitempty"`
	// Schemas are the trimmed OpenAPI schemas the kinds reach, by name.
	Schemas map[string]*Schema `json:"schemas,omitempty"`
}

// ExtType is what the generator must know about a type it does not generate.
type ExtType struct {
	// Kind is the type's kind in the surface table: struct, basic, ...
	Kind string `json:"kind"`
	// Deep is true when the type has a DeepCopyInto method to call.
	Deep bool `json:"deep,omitempty"`
}

// Package is one generated API package.
type Package struct {
	// Path is module-relative, e.g. "api/core/v1".
	Path string `json:"path"`
	// Group is the API group ("" for core).
	Group string `json:"group"`
	// Version is the API version and the Go package name.
	Version string `json:"version"`
	// Served is true when the OpenAPI documents describe this group/version.
	Served bool   `json:"served,omitempty"`
	Types  []Type `json:"types"`
	// Consts are the exported constants except GroupName, in table order.
	Consts []Const `json:"consts,omitempty"`
	// Funcs are the names of the exported functions of the table.
	Funcs []string `json:"funcs,omitempty"`
}

// Type is one exported type of a package.
type Type struct {
	Name string `json:"name"`
	// Kind is struct, basic, slice or map.
	Kind string `json:"kind"`
	// Underlying is the Go underlying type of a non-struct type.
	Underlying string `json:"underlying,omitempty"`
	// Alias is the module-relative type this one is an alias of
	// ("api/admissionregistration/v1.Rule"); such a type gets no methods.
	Alias string `json:"alias,omitempty"`
	// Object is true when the type implements runtime.Object.
	Object bool `json:"object,omitempty"`
	// Methods lists the table's methods that are neither protobuf plumbing
	// nor deep copies (String, SwaggerDoc, hand-written helpers, ...).
	Methods []string `json:"methods,omitempty"`
	// Schema is true when an OpenAPI schema described the type, so that
	// the fields' Required flags mean something.
	Schema bool `json:"schema,omitempty"`
	// StructType is x-kubernetes-map-type of the schema ("atomic").
	StructType string  `json:"structType,omitempty"`
	Fields     []Field `json:"fields,omitempty"`
	// Resource is set for kinds served as a REST resource.
	Resource *Resource `json:"resource,omitempty"`
}

// Field is one struct field.
type Field struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	JSON     string `json:"json,omitempty"`
	Protobuf string `json:"protobuf,omitempty"`
	Embedded bool   `json:"embedded,omitempty"`
	// Required is true when the OpenAPI schema lists the field as required.
	Required      bool     `json:"required,omitempty"`
	PatchStrategy string   `json:"patchStrategy,omitempty"`
	PatchMergeKey string   `json:"patchMergeKey,omitempty"`
	ListType      string   `json:"listType,omitempty"`
	ListMapKeys   []string `json:"listMapKeys,omitempty"`
	MapType       string   `json:"mapType,omitempty"`
}

// Const is one exported constant.
type Const struct {
	Name string `json:"name"`
	// Type is "untyped string", a builtin, a local or a qualified type.
	Type string `json:"type"`
	// Value is a Go literal.
	Value string `json:"value"`
}

// Resource is the REST side of a kind, taken from the OpenAPI paths.
type Resource struct {
	Plural     string   `json:"plural"`
	Namespaced bool     `json:"namespaced,omitempty"`
	Verbs      []string `json:"verbs,omitempty"`
	// Subresources are sorted by name.
	Subresources []Subresource `json:"subresources,omitempty"`
	// From names the group/version the data was borrowed from when this
	// package's version is not served.
	From string `json:"from,omitempty"`
}

// Subresource is one subresource of a resource.
type Subresource struct {
	Name  string   `json:"name"`
	Verbs []string `json:"verbs"`
	// Kind is the module-relative type the subresource reads and writes
	// ("api/autoscaling/v1.Scale"), empty when it is the parent kind.
	Kind string `json:"kind,omitempty"`
}

// readInput loads a data file, gunzipping names ending in .gz.
func readInput(path string) (*Input, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading input: %w", err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("reading input %s: %w", path, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("reading input %s: %w", path, err)
		}
	}
	var in Input
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, fmt.Errorf("decoding input %s: %w", path, err)
	}
	return &in, nil
}

// encodeInput renders in compactly with one package per line so diffs of
// the committed file stay readable.
func encodeInput(in *Input) ([]byte, error) {
	var buf bytes.Buffer
	ext, err := json.Marshal(in.External)
	if err != nil {
		return nil, fmt.Errorf("encoding external types: %w", err)
	}
	fmt.Fprintf(&buf, "{\"external\":%s,\n\"packages\":[\n", ext)
	for i := range in.Packages {
		b, err := json.Marshal(&in.Packages[i])
		if err != nil {
			return nil, fmt.Errorf("encoding package %s: %w", in.Packages[i].Path, err)
		}
		buf.Write(b)
		if i < len(in.Packages)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]")
	if err := encodeSchemas(&buf, in); err != nil {
		return nil, err
	}
	buf.WriteString("}\n")
	return buf.Bytes(), nil
}

// writeInput writes in to path, gzipped when path ends in .gz (with a
// zero modification time so the bytes are deterministic).
func writeInput(path string, in *Input) error {
	raw, err := encodeInput(in)
	if err != nil {
		return err
	}
	if strings.HasSuffix(path, ".gz") {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			return fmt.Errorf("compressing input: %w", err)
		}
		if _, err := zw.Write(raw); err != nil {
			return fmt.Errorf("compressing input: %w", err)
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("compressing input: %w", err)
		}
		raw = buf.Bytes()
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		return fmt.Errorf("writing input: %w", err)
	}
	return nil
}

// encodeSchemas appends the kinds and the schemas, one per line.
func encodeSchemas(buf *bytes.Buffer, in *Input) error {
	if len(in.Kinds) == 0 && len(in.Schemas) == 0 {
		return nil
	}
	kinds, err := json.Marshal(in.Kinds)
	if err != nil {
		return fmt.Errorf("encoding kinds: %w", err)
	}
	fmt.Fprintf(buf, ",\n\"kinds\":%s,\n\"schemas\":{\n", kinds)
	names := sortedKeys(in.Schemas)
	for i, name := range names {
		b, err := json.Marshal(in.Schemas[name])
		if err != nil {
			return fmt.Errorf("encoding schema %s: %w", name, err)
		}
		fmt.Fprintf(buf, "%q:%s", name, b)
		if i < len(names)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("}")
	return nil
}
