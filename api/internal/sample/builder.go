package sample

import (
	"fmt"
	"sort"
	"strings"
)

// The values samples are filled with. Each is non-zero and in the form the
// Go types write back (a canonical quantity, a UTC time in seconds).
const (
	// String fills plain string properties.
	String = "sample"
	// Bytes is base64 of "skiff", for format byte.
	Bytes = "c2tpZmY="
	// Time is an RFC 3339 date-time in whole seconds, as metav1.Time writes it.
	Time = "2024-01-02T03:04:05Z"
	// MicroTime is what metav1.MicroTime writes: microseconds, UTC.
	MicroTime = "2024-01-02T03:04:05.123456Z"
	// Duration is what metav1.Duration writes.
	Duration = "1h0m0s"
	// Quantity is a canonical resource quantity.
	Quantity = "1500m"
	// IntOrStringText is the string form int-or-strings alternate with 8080.
	IntOrStringText = "25%"
	// Integer fills integer properties.
	Integer = int64(7)
	// Number fills number properties.
	Number = 1.5
)

// Source says what a sample was built from.
type Source string

const (
	// FromOpenAPI means the kind's OpenAPI v3 schema.
	FromOpenAPI Source = "OpenAPI schema"
	// FromTable means the Go field table (no OpenAPI document has the kind).
	FromTable Source = "Go field table"
)

// Builder builds samples; it is not safe for concurrent use.
type Builder struct {
	in   *Input
	n    int             // int-or-strings built so far, to alternate forms
	path map[string]bool // schemas and types on the current path
}

// New returns a Builder over in.
func New(in *Input) *Builder {
	return &Builder{in: in, path: map[string]bool{}}
}

// Kind builds a sample of group/version kind with apiVersion and kind set,
// and says what it was built from.
func (b *Builder) Kind(group, version, kind string) (map[string]any, Source, error) {
	p := b.in.Package(group, version)
	if p == nil {
		return nil, "", fmt.Errorf("sample: no generated package serves %s/%s", group, version)
	}
	var (
		v   any
		err error
		src = FromOpenAPI
	)
	if name, ok := b.in.Kinds[p.Path+"."+kind]; ok {
		v, _, err = b.ref(name)
	} else {
		src = FromTable
		v, _, err = b.goType(p, kind)
	}
	if err != nil {
		return nil, src, fmt.Errorf("sample: %s.%s: %w", p.Path, kind, err)
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, src, fmt.Errorf("sample: %s.%s is not an object", p.Path, kind)
	}
	obj["apiVersion"] = version
	if group != "" {
		obj["apiVersion"] = group + "/" + version
	}
	obj["kind"] = kind
	return obj, src, nil
}

// intOrString alternates between the integer and the string form.
func (b *Builder) intOrString() any {
	b.n++
	if b.n%2 == 1 {
		return int64(8080)
	}
	return IntOrStringText
}

// enter marks key as being built; false means it already is (a cycle).
func (b *Builder) enter(key string) bool {
	if b.path[key] {
		return false
	}
	b.path[key] = true
	return true
}

func (b *Builder) leave(key string) { delete(b.path, key) }

// special are the schemas whose wire form their type decides.
var special = map[string]func(*Builder) any{
	"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": func(*Builder) any { return MicroTime },
	"io.k8s.apimachinery.pkg.apis.meta.v1.Time":      func(*Builder) any { return Time },
	"io.k8s.apimachinery.pkg.apis.meta.v1.Duration":  func(*Builder) any { return Duration },
	"io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": func(*Builder) any {
		return map[string]any{"f:metadata": map[string]any{"f:name": map[string]any{}}}
	},
	"io.k8s.apimachinery.pkg.runtime.RawExtension": func(*Builder) any {
		return map[string]any{"apiVersion": "example.com/v1", "kind": "Sample", "n": Integer}
	},
	"io.k8s.apimachinery.pkg.api.resource.Quantity":   func(*Builder) any { return Quantity },
	"io.k8s.apimachinery.pkg.util.intstr.IntOrString": (*Builder).intOrString,
}

// ref builds the named schema; ok is false on a cycle.
func (b *Builder) ref(name string) (v any, ok bool, err error) {
	if f := special[name]; f != nil {
		return f(b), true, nil
	}
	s := b.in.Schemas[name]
	if s == nil {
		return nil, false, fmt.Errorf("schema %s is not in the generator input", name)
	}
	if !b.enter(name) {
		return nil, false, nil
	}
	defer b.leave(name)
	v, ok, err = b.schema(s)
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", name, err)
	}
	return v, ok, nil
}

// schema builds a value of s; ok is false when it must be left out (a cycle).
func (b *Builder) schema(s *Schema) (any, bool, error) {
	switch {
	case s == nil:
		return nil, false, fmt.Errorf("missing schema")
	case s.Ref != "":
		return b.ref(s.Ref)
	case s.Format == "int-or-string":
		return b.intOrString(), true, nil
	case len(s.OneOf) > 0:
		if strings.Join(s.OneOf, "|") == "string|number" {
			return Quantity, true, nil
		}
		return nil, false, fmt.Errorf("oneOf %v has no sample", s.OneOf)
	}
	switch s.Type {
	case "string":
		switch s.Format {
		case "byte":
			return Bytes, true, nil
		case "date-time":
			return Time, true, nil
		}
		return String, true, nil
	case "integer":
		return Integer, true, nil
	case "number":
		return Number, true, nil
	case "boolean":
		return true, true, nil
	case "array":
		item, ok, err := b.schema(s.Items)
		if err != nil || !ok {
			return nil, ok, err
		}
		return []any{item}, true, nil
	}
	return b.object(s)
}

// object builds an object: its properties, or a one-entry map.
func (b *Builder) object(s *Schema) (any, bool, error) {
	m := map[string]any{}
	switch {
	case len(s.Props) > 0:
		names := make([]string, 0, len(s.Props))
		for name := range s.Props {
			names = append(names, name)
		}
		sort.Strings(names) // fixed order: int-or-strings alternate deterministically
		for _, name := range names {
			v, ok, err := b.schema(s.Props[name])
			if err != nil {
				return nil, false, fmt.Errorf("%s: %w", name, err)
			}
			if ok {
				m[name] = v
			}
		}
	case s.Values != nil:
		v, ok, err := b.schema(s.Values)
		if err != nil || !ok {
			return nil, ok, err
		}
		m["key"] = v
	case s.Type != "object":
		return nil, false, fmt.Errorf("schema of type %q has no sample", s.Type)
	}
	return m, true, nil
}
