package sample

import (
	"fmt"
	"strings"
)

// goType builds a value of the Go type expression expr of package p
// ("*int32", "[]Container", "map[string]string", "api/core/v1.PodSpec",
// "apimachinery/apis/meta/v1.ObjectMeta"); ok is false on a cycle.
func (b *Builder) goType(p *Package, expr string) (any, bool, error) {
	switch {
	case strings.HasPrefix(expr, "*"):
		return b.goType(p, expr[1:])
	case expr == "[]byte":
		return Bytes, true, nil
	case strings.HasPrefix(expr, "[]"):
		v, ok, err := b.goType(p, expr[2:])
		if err != nil || !ok {
			return nil, ok, err
		}
		return []any{v}, true, nil
	case strings.HasPrefix(expr, "map["):
		end := strings.IndexByte(expr, ']')
		if end < 0 {
			return nil, false, fmt.Errorf("bad map type %q", expr)
		}
		v, ok, err := b.goType(p, expr[end+1:])
		if err != nil || !ok {
			return nil, ok, err
		}
		return map[string]any{"key": v}, true, nil
	}
	if v, ok := basic(expr); ok {
		return v, true, nil
	}
	dot := strings.LastIndexByte(expr, '.')
	if dot < 0 {
		return b.named(p, expr)
	}
	pkg, name := expr[:dot], expr[dot+1:]
	if strings.HasPrefix(pkg, "apimachinery/") {
		return b.external(pkg, name)
	}
	for i := range b.in.Packages {
		if b.in.Packages[i].Path == pkg {
			return b.named(&b.in.Packages[i], name)
		}
	}
	return nil, false, fmt.Errorf("type %s: package %s is not in the generator input", expr, pkg)
}

// basic returns the sample of a predeclared type.
func basic(name string) (any, bool) {
	switch name {
	case "string":
		return String, true
	case "bool":
		return true, true
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		return Integer, true
	case "float32", "float64":
		return Number, true
	}
	return nil, false
}

// named builds a type declared in p.
func (b *Builder) named(p *Package, name string) (any, bool, error) {
	var t *Type
	for i := range p.Types {
		if p.Types[i].Name == name {
			t = &p.Types[i]
		}
	}
	switch {
	case t == nil:
		return nil, false, fmt.Errorf("type %s.%s is not in the generator input", p.Path, name)
	case t.Alias != "":
		return b.goType(p, t.Alias)
	case t.Kind != "struct":
		return b.goType(p, t.Underlying)
	}
	key := p.Path + "." + name
	if !b.enter(key) {
		return nil, false, nil
	}
	defer b.leave(key)
	m := map[string]any{}
	for _, f := range t.Fields {
		if err := b.field(p, f, m); err != nil {
			return nil, false, fmt.Errorf("%s.%s: %w", name, f.Name, err)
		}
	}
	return m, true, nil
}

// field adds the sample of one struct field to m, merging an embedded
// struct without a JSON name the way encoding/json inlines it.
func (b *Builder) field(p *Package, f Field, m map[string]any) error {
	name, _, _ := strings.Cut(f.JSON, ",")
	if name == "-" {
		return nil
	}
	v, ok, err := b.goType(p, f.Type)
	if err != nil || !ok {
		return err
	}
	if f.Embedded && name == "" {
		inner, isObj := v.(map[string]any)
		if !isObj {
			return fmt.Errorf("embedded %s is not an object", f.Type)
		}
		for k, iv := range inner {
			m[k] = iv
		}
		return nil
	}
	if name == "" {
		name = f.Name
	}
	m[name] = v
	return nil
}

// external builds an apimachinery type: its OpenAPI schema where the
// input has one, the fixed form of the leaf types otherwise.
func (b *Builder) external(pkg, name string) (any, bool, error) {
	schema := map[string]string{
		"apimachinery/apis/meta/v1": "io.k8s.apimachinery.pkg.apis.meta.v1.",
		"apimachinery/api/resource": "io.k8s.apimachinery.pkg.api.resource.",
		"apimachinery/util/intstr":  "io.k8s.apimachinery.pkg.util.intstr.",
		"apimachinery/runtime":      "io.k8s.apimachinery.pkg.runtime.",
	}[pkg] + name
	if v, ok := metaWithoutSchema[name]; ok && pkg == "apimachinery/apis/meta/v1" {
		return v(), true, nil
	}
	if special[schema] != nil || b.in.Schemas[schema] != nil {
		return b.ref(schema)
	}
	if ext, ok := b.in.External[pkg+"."+name]; ok && ext.Kind == "basic" {
		return String, true, nil
	}
	return nil, false, fmt.Errorf("apimachinery type %s.%s has no sample", pkg, name)
}

// metaWithoutSchema are the meta/v1 structs no OpenAPI document describes,
// with the JSON names of their fields.
var metaWithoutSchema = map[string]func() map[string]any{
	"TypeMeta": func() map[string]any { return map[string]any{"apiVersion": String, "kind": String} },
	"GroupVersionKind": func() map[string]any {
		return map[string]any{"group": String, "version": String, "kind": String}
	},
	"GroupVersionResource": func() map[string]any {
		return map[string]any{"group": String, "version": String, "resource": String}
	},
}
