package surface

import (
	"go/types"
	"strconv"
	"strings"
)

// renderer writes go/types types in the reference notation: the package's
// own names unqualified, this module's packages by module-relative path,
// everything else by import path, aliases by their own (qualified) name as
// the reference's go/types writes them, and the empty interface written
// interface{}.
type renderer struct {
	module string         // module path, e.g. github.com/skiff-k8s/skiff
	self   *types.Package // the package being described
}

// qualify returns the prefix written before a name declared in pkg.
func (r renderer) qualify(pkg *types.Package) string {
	if pkg == nil || pkg == r.self {
		return ""
	}
	p := pkg.Path()
	if rel, ok := strings.CutPrefix(p, r.module+"/"); ok {
		p = rel
	}
	return p + "."
}

// typeString renders t.
func (r renderer) typeString(t types.Type) string {
	var b strings.Builder
	r.writeType(&b, t)
	return b.String()
}

// sigString renders a signature without the func keyword, type parameters
// first when it has any.
func (r renderer) sigString(sig *types.Signature) string {
	var b strings.Builder
	if tps := sig.TypeParams(); tps != nil && tps.Len() > 0 {
		b.WriteByte('[')
		b.WriteString(r.typeParams(tps))
		b.WriteByte(']')
	}
	r.writeSig(&b, sig)
	return b.String()
}

// typeParams renders a type parameter list without brackets: "T any, U comparable".
func (r renderer) typeParams(tps *types.TypeParamList) string {
	parts := make([]string, tps.Len())
	for i := range parts {
		tp := tps.At(i)
		c := r.typeString(tp.Constraint())
		if c == "interface{}" {
			c = "any" // as go/types writes an unconstrained parameter
		}
		parts[i] = tp.Obj().Name() + " " + c
	}
	return strings.Join(parts, ", ")
}

func (r renderer) writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Alias:
		r.writeAlias(b, t)
	case *types.Basic:
		b.WriteString(r.basicName(t))
	case *types.Pointer:
		b.WriteByte('*')
		r.writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		r.writeType(b, t.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		r.writeType(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		r.writeType(b, t.Key())
		b.WriteByte(']')
		r.writeType(b, t.Elem())
	case *types.Chan:
		r.writeChan(b, t)
	case *types.Signature:
		b.WriteString("func")
		r.writeSig(b, t)
	case *types.Struct:
		r.writeStruct(b, t)
	case *types.Interface:
		r.writeInterface(b, t)
	case *types.Union:
		r.writeUnion(b, t)
	case *types.Named:
		r.writeNamed(b, t)
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	case *types.Tuple:
		r.writeTuple(b, t, false)
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return strings.TrimSuffix(r.qualify(p), ".") }))
	}
}

// basicName names a basic type; unsafe.Pointer keeps its package.
func (r renderer) basicName(t *types.Basic) string {
	if t.Kind() == types.UnsafePointer {
		return "unsafe.Pointer"
	}
	return t.Name()
}

func (r renderer) writeChan(b *strings.Builder, t *types.Chan) {
	parens := false
	switch t.Dir() {
	case types.SendRecv:
		b.WriteString("chan ")
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			parens = true
		}
	case types.SendOnly:
		b.WriteString("chan<- ")
	case types.RecvOnly:
		b.WriteString("<-chan ")
	}
	if parens {
		b.WriteByte('(')
	}
	r.writeType(b, t.Elem())
	if parens {
		b.WriteByte(')')
	}
}

// writeAlias writes a declared alias by name, as the reference table does
// (a field of type RuleWithOperations, an alias of
// admissionregistration/v1.RuleWithOperations, is written
// "RuleWithOperations"); predeclared aliases such as any are resolved.
func (r renderer) writeAlias(b *strings.Builder, t *types.Alias) {
	obj := t.Obj()
	if obj.Pkg() == nil {
		r.writeType(b, types.Unalias(t))
		return
	}
	b.WriteString(r.qualify(obj.Pkg()))
	b.WriteString(obj.Name())
	r.writeTypeArgs(b, t.TypeArgs())
}

// writeTypeArgs writes "[A, B]" for a non-empty type argument list.
func (r renderer) writeTypeArgs(b *strings.Builder, args *types.TypeList) {
	if args == nil || args.Len() == 0 {
		return
	}
	b.WriteByte('[')
	for i := range args.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		r.writeType(b, args.At(i))
	}
	b.WriteByte(']')
}

func (r renderer) writeNamed(b *strings.Builder, t *types.Named) {
	obj := t.Obj()
	if obj.Pkg() == nil && obj.Name() == "error" {
		b.WriteString("error")
		return
	}
	b.WriteString(r.qualify(obj.Pkg()))
	b.WriteString(obj.Name())
	r.writeTypeArgs(b, t.TypeArgs())
}

func (r renderer) writeStruct(b *strings.Builder, t *types.Struct) {
	b.WriteString("struct{")
	for i := range t.NumFields() {
		if i > 0 {
			b.WriteString("; ")
		}
		f := t.Field(i)
		if !f.Embedded() {
			b.WriteString(f.Name() + " ")
		}
		r.writeType(b, f.Type())
		if tag := t.Tag(i); tag != "" {
			b.WriteString(" " + strconv.Quote(tag))
		}
	}
	b.WriteByte('}')
}

func (r renderer) writeInterface(b *strings.Builder, t *types.Interface) {
	b.WriteString("interface{")
	first := true
	sep := func() {
		if !first {
			b.WriteString("; ")
		}
		first = false
	}
	for i := range t.NumEmbeddeds() {
		e := t.EmbeddedType(i)
		if _, ok := e.(*types.Named); ok {
			continue // its methods are listed below
		}
		sep()
		r.writeType(b, e)
	}
	for i := range t.NumMethods() {
		sep()
		m := t.Method(i)
		b.WriteString(m.Name())
		r.writeSig(b, m.Type().(*types.Signature))
	}
	b.WriteByte('}')
}

func (r renderer) writeUnion(b *strings.Builder, t *types.Union) {
	for i := range t.Len() {
		if i > 0 {
			b.WriteString(" | ")
		}
		term := t.Term(i)
		if term.Tilde() {
			b.WriteByte('~')
		}
		r.writeType(b, term.Type())
	}
}

// writeSig writes "(params) results" for sig.
func (r renderer) writeSig(b *strings.Builder, sig *types.Signature) {
	r.writeTuple(b, sig.Params(), sig.Variadic())
	res := sig.Results()
	switch {
	case res.Len() == 0:
	case res.Len() == 1 && res.At(0).Name() == "":
		b.WriteByte(' ')
		r.writeType(b, res.At(0).Type())
	default:
		b.WriteByte(' ')
		r.writeTuple(b, res, false)
	}
}

func (r renderer) writeTuple(b *strings.Builder, t *types.Tuple, variadic bool) {
	b.WriteByte('(')
	for i := range t.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		v := t.At(i)
		if v.Name() != "" {
			b.WriteString(v.Name() + " ")
		}
		if s, ok := v.Type().(*types.Slice); ok && variadic && i == t.Len()-1 {
			b.WriteString("...")
			r.writeType(b, s.Elem())
			continue
		}
		r.writeType(b, v.Type())
	}
	b.WriteByte(')')
}
