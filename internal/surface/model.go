package surface

import (
	"encoding/json"
	"fmt"
	"os"
)

// Package is the exported surface of one Go package as the reference files
// record it.
type Package struct {
	// Path is the package path relative to the module root.
	Path string `json:"path"`
	// Reference is the import path of the reference package.
	Reference string `json:"reference,omitempty"`
	// Name is the package name.
	Name string `json:"name"`
	// Types are the exported types, sorted by name.
	Types []Type `json:"types,omitempty"`
	// Consts are the exported constants, sorted by name.
	Consts []Const `json:"consts,omitempty"`
	// Funcs are the exported functions, sorted by name.
	Funcs []Func `json:"funcs,omitempty"`
}

// Type is one exported named type.
type Type struct {
	// Name is the type's name without type parameters.
	Name string `json:"name"`
	// Kind is the kind of the underlying type: struct, interface, basic,
	// slice, map, func, pointer, array or chan.
	Kind string `json:"kind"`
	// Underlying is the underlying type, omitted for structs and interfaces.
	Underlying string `json:"underlying,omitempty"`
	// TypeParams is the type parameter list without brackets, e.g. "T comparable".
	TypeParams string `json:"typeParams,omitempty"`
	// Fields are the exported struct fields in declaration order.
	Fields []Field `json:"fields,omitempty"`
	// Methods are the declared methods (value and pointer receivers) or, for
	// interfaces, the whole method set, sorted by name.
	Methods []Func `json:"methods,omitempty"`
}

// Field is one exported struct field.
type Field struct {
	// Name is the Go field name.
	Name string `json:"name"`
	// Type is the field's Go type.
	Type string `json:"type"`
	// JSON is the value of the json struct tag, empty when there is none.
	JSON string `json:"json,omitempty"`
	// Protobuf is the value of the protobuf struct tag; it is not compared.
	Protobuf string `json:"protobuf,omitempty"`
	// Embedded reports whether the field is embedded.
	Embedded bool `json:"embedded,omitempty"`
}

// Func is a function or method with its signature, e.g. "(s string) (int, error)".
type Func struct {
	// Name is the function or method name.
	Name string `json:"name"`
	// Sig is the signature without the func keyword.
	Sig string `json:"sig"`
}

// Const is one exported constant.
type Const struct {
	// Name is the constant's name.
	Name string `json:"name"`
	// Type is the constant's type, e.g. "Token" or "untyped int".
	Type string `json:"type"`
	// Value is the exact value: a Go-quoted string, an integer, true/false
	// or a rational for floats.
	Value string `json:"value"`
}

// LoadReference reads a reference surface file (a JSON list of packages).
func LoadReference(file string) ([]Package, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read reference surface: %w", err)
	}
	var pkgs []Package
	if err := json.Unmarshal(data, &pkgs); err != nil {
		return nil, fmt.Errorf("decode reference surface %s: %w", file, err)
	}
	return pkgs, nil
}
