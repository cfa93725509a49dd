package sample

import (
	"encoding/json"
	"fmt"
	"os"
)

// Input is the part of the generator's input the samples are built from.
type Input struct {
	// External maps the apimachinery types the packages use to their kind.
	External map[string]struct {
		Kind string `json:"kind"`
	} `json:"external"`
	// Packages are the generated packages with their Go types.
	Packages []Package `json:"packages"`
	// Kinds maps "<package path>.<Kind>" to its schema name.
	Kinds map[string]string `json:"kinds"`
	// Schemas are the trimmed OpenAPI schemas by name.
	Schemas map[string]*Schema `json:"schemas"`
}

// Package is one generated package.
type Package struct {
	Path    string `json:"path"`
	Group   string `json:"group"`
	Version string `json:"version"`
	Types   []Type `json:"types"`
}

// Type is one Go type of a package.
type Type struct {
	Name       string  `json:"name"`
	Kind       string  `json:"kind"`
	Underlying string  `json:"underlying"`
	Alias      string  `json:"alias"`
	Fields     []Field `json:"fields"`
}

// Field is one Go struct field.
type Field struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	JSON     string `json:"json"`
	Embedded bool   `json:"embedded"`
}

// Schema is a trimmed OpenAPI v3 schema (see hack/gen-types).
type Schema struct {
	Type   string             `json:"type"`
	Format string             `json:"format"`
	Ref    string             `json:"ref"`
	OneOf  []string           `json:"oneOf"`
	Props  map[string]*Schema `json:"props"`
	Items  *Schema            `json:"items"`
	Values *Schema            `json:"values"`
}

// Load reads the generator input file.
func Load(path string) (*Input, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sample: read generator input: %w", err)
	}
	var in Input
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, fmt.Errorf("sample: decode generator input %s: %w", path, err)
	}
	if len(in.Kinds) == 0 || len(in.Schemas) == 0 {
		return nil, fmt.Errorf("sample: generator input %s has no kinds or schemas (run hack/gen-types -refresh)", path)
	}
	return &in, nil
}

// Package returns the package serving group/version, or nil.
func (in *Input) Package(group, version string) *Package {
	for i := range in.Packages {
		if p := &in.Packages[i]; p.Group == group && p.Version == version {
			return p
		}
	}
	return nil
}
