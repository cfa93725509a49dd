package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Schema is the part of an OpenAPI v3 schema that the round-trip tests of
// the api packages build sample objects from (api/internal/sample): what
// exists on the wire and its type, without the prose.
type Schema struct {
	// Type is the OpenAPI type: string, integer, number, boolean, object,
	// array, or empty.
	Type string `json:"type,omitempty"`
	// Format is the OpenAPI format (int32, int64, byte, date-time, double,
	// int-or-string).
	Format string `json:"format,omitempty"`
	// Ref names another schema of Input.Schemas.
	Ref string `json:"ref,omitempty"`
	// OneOf lists the types of a oneOf schema (a quantity is string|number).
	OneOf []string `json:"oneOf,omitempty"`
	// Props are an object's properties by JSON name.
	Props map[string]*Schema `json:"props,omitempty"`
	// Items is an array's element schema.
	Items *Schema `json:"items,omitempty"`
	// Values is a map's value schema (additionalProperties).
	Values *Schema `json:"values,omitempty"`
}

// oaRaw is an OpenAPI schema as the documents write it.
type oaRaw struct {
	Type                 string            `json:"type"`
	Format               string            `json:"format"`
	Ref                  string            `json:"$ref"`
	AllOf                []*oaRaw          `json:"allOf"`
	OneOf                []*oaRaw          `json:"oneOf"`
	Properties           map[string]*oaRaw `json:"properties"`
	Items                *oaRaw            `json:"items"`
	AdditionalProperties json.RawMessage   `json:"additionalProperties"`
	GVK                  []oaGVK           `json:"x-kubernetes-group-version-kind"`
}

// refPrefix starts every schema reference in the documents.
const refPrefix = "#/components/schemas/"

// convert trims a documented schema to a Schema.
func convert(r *oaRaw) (*Schema, error) {
	if r == nil {
		return nil, nil
	}
	if len(r.AllOf) == 1 && r.Ref == "" {
		return convert(r.AllOf[0])
	}
	s := &Schema{Type: r.Type, Format: r.Format, Ref: strings.TrimPrefix(r.Ref, refPrefix)}
	for _, o := range r.OneOf {
		s.OneOf = append(s.OneOf, o.Type)
	}
	if len(r.Properties) > 0 {
		s.Props = make(map[string]*Schema, len(r.Properties))
		for name, p := range r.Properties {
			c, err := convert(p)
			if err != nil {
				return nil, fmt.Errorf("property %s: %w", name, err)
			}
			s.Props[name] = c
		}
	}
	var err error
	if s.Items, err = convert(r.Items); err != nil {
		return nil, fmt.Errorf("items: %w", err)
	}
	if len(r.AdditionalProperties) > 0 && string(r.AdditionalProperties) != "false" && string(r.AdditionalProperties) != "true" {
		var ap oaRaw
		if err := json.Unmarshal(r.AdditionalProperties, &ap); err != nil {
			return nil, fmt.Errorf("additionalProperties: %w", err)
		}
		if s.Values, err = convert(&ap); err != nil {
			return nil, fmt.Errorf("additionalProperties: %w", err)
		}
	}
	return s, nil
}

// refs appends the schema names s refers to.
func (s *Schema) refs(out []string) []string {
	if s == nil {
		return out
	}
	if s.Ref != "" {
		out = append(out, s.Ref)
	}
	for _, name := range sortedKeys(s.Props) {
		out = s.Props[name].refs(out)
	}
	return s.Values.refs(s.Items.refs(out))
}

// readSampleSchemas reads every v3 group/version document in dir and
// returns the schema of each kind of the generated packages (keyed
// "<package path>.<Kind>", e.g. "api/core/v1.Pod") and the schemas those
// reach, by component name. Kinds of apimachinery schemas (DeleteOptions,
// WatchEvent, ...) are not generated and are left out.
func readSampleSchemas(dir string, gvPaths map[string]string) (kinds map[string]string, schemas map[string]*Schema, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*__*.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("listing openapi documents: %w", err)
	}
	sort.Strings(files)
	all := map[string]*oaRaw{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("reading openapi document: %w", err)
		}
		var doc struct {
			Components struct {
				Schemas map[string]*oaRaw `json:"schemas"`
			} `json:"components"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			return nil, nil, fmt.Errorf("decoding openapi document %s: %w", f, err)
		}
		for name, s := range doc.Components.Schemas {
			if _, ok := all[name]; !ok {
				all[name] = s
			}
		}
	}
	kinds = map[string]string{}
	for _, name := range sortedKeys(all) {
		if strings.HasPrefix(name, "io.k8s.apimachinery.") {
			continue
		}
		for _, gvk := range all[name].GVK {
			if path, ok := gvPaths[gvk.Group+"/"+gvk.Version]; ok {
				kinds[path+"."+gvk.Kind] = name
			}
		}
	}
	schemas, err = reachable(all, kinds)
	return kinds, schemas, err
}

// reachable converts the schemas of the kinds and every defined schema
// they refer to, plus the meta/v1 schemas the table-built samples use.
func reachable(all map[string]*oaRaw, kinds map[string]string) (map[string]*Schema, error) {
	var todo []string
	for _, k := range sortedKeys(kinds) {
		todo = append(todo, kinds[k])
	}
	for _, name := range sortedKeys(all) {
		if strings.HasPrefix(name, "io.k8s.apimachinery.pkg.apis.meta.v1.") {
			todo = append(todo, name)
		}
	}
	out := map[string]*Schema{}
	for len(todo) > 0 {
		name := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if _, done := out[name]; done {
			continue
		}
		raw, ok := all[name]
		if !ok {
			continue // the sample builder reports a kind that needs it
		}
		s, err := convert(raw)
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
		out[name] = s
		todo = s.refs(todo)
	}
	return out, nil
}
