package surface

import (
	"go/constant"
	"go/types"
	"reflect"
	"sort"
	"strings"
)

// Describe renders the exported surface of pkg in the reference notation.
// module is the module path that is written relative (e.g.
// github.com/skiff-k8s/skiff) and rel is the package path relative to it.
func Describe(pkg *types.Package, module, rel string) Package {
	r := renderer{module: module, self: pkg}
	out := Package{Path: rel, Reference: pkg.Path(), Name: pkg.Name()}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.TypeName:
			out.Types = append(out.Types, r.describeType(obj))
		case *types.Const:
			out.Consts = append(out.Consts, Const{Name: name, Type: r.typeString(obj.Type()), Value: constValue(obj.Val())})
		case *types.Func:
			out.Funcs = append(out.Funcs, Func{Name: name, Sig: r.sigString(obj.Type().(*types.Signature))})
		}
	}
	return out
}

// constValue renders a constant value exactly: strings Go-quoted, numbers
// as integers or rationals.
func constValue(v constant.Value) string {
	return v.ExactString()
}

// describeType describes one exported type name; an alias is described as
// the type it stands for.
func (r renderer) describeType(obj *types.TypeName) Type {
	t := Type{Name: obj.Name()}
	typ := types.Unalias(obj.Type())
	under := typ.Underlying()
	t.Kind = kindOf(under)
	switch u := under.(type) {
	case *types.Struct:
		t.Fields = r.fields(u)
	case *types.Interface:
	default:
		t.Underlying = r.typeString(u)
	}
	named, _ := typ.(*types.Named)
	if named != nil {
		// An alias of an instantiation (type Type = Typed[any]) is not generic:
		// its type parameters are all bound by type arguments.
		if tps := named.TypeParams(); tps != nil && tps.Len() > 0 && named.TypeArgs().Len() == 0 {
			t.TypeParams = r.typeParams(tps)
		}
	}
	t.Methods = r.methods(named, under)
	return t
}

// kindOf names the kind of an underlying type as the reference does.
func kindOf(u types.Type) string {
	switch u.(type) {
	case *types.Struct:
		return "struct"
	case *types.Interface:
		return "interface"
	case *types.Basic:
		return "basic"
	case *types.Slice:
		return "slice"
	case *types.Map:
		return "map"
	case *types.Signature:
		return "func"
	case *types.Pointer:
		return "pointer"
	case *types.Array:
		return "array"
	case *types.Chan:
		return "chan"
	}
	return "unknown"
}

// fields lists the exported fields of a struct with their json tags.
func (r renderer) fields(s *types.Struct) []Field {
	var out []Field
	for i := range s.NumFields() {
		f := s.Field(i)
		if !f.Exported() {
			continue
		}
		tag := reflect.StructTag(s.Tag(i))
		js, _ := tag.Lookup("json")
		pb, _ := tag.Lookup("protobuf")
		out = append(out, Field{Name: f.Name(), Type: r.typeString(f.Type()), JSON: js, Protobuf: pb, Embedded: f.Embedded()})
	}
	return out
}

// methods lists the exported methods: the whole method set for an
// interface, the declared methods (both receiver kinds, promoted ones not
// included) for any other named type.
func (r renderer) methods(named *types.Named, under types.Type) []Func {
	var out []Func
	add := func(f *types.Func) {
		if f.Exported() {
			out = append(out, Func{Name: f.Name(), Sig: r.sigString(f.Type().(*types.Signature))})
		}
	}
	if iface, ok := under.(*types.Interface); ok {
		for i := range iface.NumMethods() {
			add(iface.Method(i))
		}
	} else if named != nil {
		for i := range named.NumMethods() {
			add(named.Method(i))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// relPath returns an import path relative to module, or the path itself
// when it is outside the module.
func relPath(module, importPath string) string {
	if rel, ok := strings.CutPrefix(importPath, module+"/"); ok {
		return rel
	}
	return importPath
}
