package main

import (
	"fmt"
	"strings"
)

// dcWriter writes straight-line deep-copy statements for one package.
type dcWriter struct {
	u   *universe
	pkg string
	im  *imports
	b   strings.Builder
	err error
}

func (w *dcWriter) line(format string, args ...any) {
	fmt.Fprintf(&w.b, format+"\n", args...)
}

// take returns the statements written so far and resets the writer.
func (w *dcWriter) take() string {
	s := w.b.String()
	w.b.Reset()
	return s
}

// addr returns the address of an addressable expression.
func addr(expr string) string {
	if strings.HasPrefix(expr, "*") && !strings.ContainsAny(expr[1:], "().[]") {
		return expr[1:]
	}
	return "&" + expr
}

// recv returns an expression to call a pointer-receiver method on.
func recv(expr string) string {
	if strings.HasPrefix(expr, "*") {
		return "(" + expr[1:] + ")"
	}
	return expr
}

// copyValue writes statements that deep-copy src into dst. When assigned
// is true dst already holds a shallow copy of src.
func (w *dcWriter) copyValue(dst, src string, t *texpr, assigned bool) {
	if w.u.shallow(t, w.pkg) {
		if !assigned {
			w.line("%s = %s", dst, src)
		}
		return
	}
	switch t.op {
	case '*':
		w.line("if %s != nil {", src)
		w.line("in, out := &%s, &%s", src, dst)
		w.line("*out = new(%s)", w.im.goType(t.elem))
		w.copyValue("**out", "**in", t.elem, false)
		w.line("}")
	case '[', 'm':
		w.line("if %s != nil {", src)
		w.line("in, out := &%s, &%s", src, dst)
		w.collection(w.im.goType(t), t)
		w.line("}")
	default:
		w.copyNamed(dst, src, t)
	}
}

// kindOf is copyKind recording the first error.
func (w *dcWriter) kindOf(t *texpr) string {
	kind, err := w.u.copyKind(t, w.pkg)
	if err != nil && w.err == nil {
		w.err = err
	}
	return kind
}

// copyNamed copies a value of a named type with its deep-copy methods.
func (w *dcWriter) copyNamed(dst, src string, t *texpr) {
	switch w.kindOf(t) {
	case "into":
		w.line("%s.DeepCopyInto(%s)", recv(src), addr(dst))
	case "value":
		if strings.HasPrefix(src, "*") {
			src = "(" + src + ")"
		}
		w.line("%s = %s.DeepCopy()", dst, src)
	default:
		w.line("%s = %s", dst, src)
	}
}

// collection copies the slice or map *in into *out; typ is the Go type
// to make.
func (w *dcWriter) collection(typ string, t *texpr) {
	w.line("*out = make(%s, len(*in))", typ)
	if t.op == '[' {
		if w.u.shallow(t.elem, w.pkg) {
			w.line("copy(*out, *in)")
			return
		}
		w.line("for i := range *in {")
		w.copyValue("(*out)[i]", "(*in)[i]", t.elem, false)
		w.line("}")
		return
	}
	w.line("for key, val := range *in {")
	switch {
	case w.u.shallow(t.elem, w.pkg):
		w.line("(*out)[key] = val")
	case t.elem.op == 'n' && w.kindOf(t.elem) == "value":
		w.line("(*out)[key] = val.DeepCopy()")
	default:
		w.line("var outVal %s", w.im.goType(t.elem))
		w.copyValue("outVal", "val", t.elem, false)
		w.line("(*out)[key] = outVal")
	}
	w.line("}")
}

// structBody returns the statements of DeepCopyInto for a struct type
// after the initial shallow copy.
func (w *dcWriter) structBody(t *Type) (string, error) {
	for _, f := range t.Fields {
		ft, err := parseType(f.Type)
		if err != nil {
			return "", fmt.Errorf("field %s.%s: %w", t.Name, f.Name, err)
		}
		w.copyValue("out."+f.Name, "in."+f.Name, ft, true)
	}
	if w.err != nil {
		return "", fmt.Errorf("type %s: %w", t.Name, w.err)
	}
	return w.take(), nil
}

// namedBody returns the statements of DeepCopyInto for a named slice or
// map type, whose receiver in is a value.
func (w *dcWriter) namedBody(t *Type) (string, error) {
	ut, err := parseType(t.Underlying)
	if err != nil {
		return "", fmt.Errorf("type %s: %w", t.Name, err)
	}
	w.line("in := &in")
	w.collection(t.Name, ut)
	if w.err != nil {
		return "", fmt.Errorf("type %s: %w", t.Name, w.err)
	}
	return w.take(), nil
}
