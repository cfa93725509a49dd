package surface

import (
	"fmt"
	"strings"
)

// NormalizeType rewrites a type written in the reference notation into a
// canonical form for comparison: parameter and result names inside func
// types are dropped, any becomes interface{} and a single result loses its
// parentheses. An unparsable string is returned unchanged with an error.
func NormalizeType(s string) (string, error) {
	p := &typeParser{s: s}
	out := p.typ()
	return p.finish(s, out)
}

// NormalizeSig is NormalizeType for a signature without the func keyword,
// optionally starting with a type parameter list.
func NormalizeSig(s string) (string, error) {
	p := &typeParser{s: s}
	var b strings.Builder
	if p.peek("[") {
		p.i++
		b.WriteString("[" + p.typeParamList() + "]")
		p.expect("]")
	}
	b.WriteString(p.sig())
	return p.finish(s, b.String())
}

// normType and normSig fall back to the raw string when it does not parse.
func normType(s string) string {
	n, err := NormalizeType(s)
	if err != nil {
		return s
	}
	return n
}

func normSig(s string) string {
	n, err := NormalizeSig(s)
	if err != nil {
		return s
	}
	return n
}

// typeParser is a recursive-descent parser over the type notation that
// go/types prints, emitting the canonical form as it goes.
type typeParser struct {
	s       string
	i       int
	err     error
	tparams map[string]bool // type parameters declared by the signature
}

// unexportedName stands for any unexported type of the package: user code
// cannot name it, so only its position in a signature matters.
const unexportedName = "unexported"

// predeclared are the lower-case type names that are not the package's own.
var predeclared = map[string]bool{
	"bool": true, "byte": true, "complex64": true, "complex128": true, "error": true,
	"float32": true, "float64": true, "int": true, "int8": true, "int16": true,
	"int32": true, "int64": true, "rune": true, "string": true, "uint": true,
	"uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"any": true, "comparable": true,
}

func (p *typeParser) finish(in, out string) (string, error) {
	if p.err == nil && p.i != len(p.s) {
		p.fail("unexpected trailing text")
	}
	if p.err != nil {
		return in, p.err
	}
	return out, nil
}

func (p *typeParser) fail(what string) {
	if p.err == nil {
		p.err = fmt.Errorf("parse %q at offset %d: %s", p.s, p.i, what)
	}
}

func (p *typeParser) peek(lit string) bool {
	return p.err == nil && strings.HasPrefix(p.s[p.i:], lit)
}

// accept consumes lit when it is next.
func (p *typeParser) accept(lit string) bool {
	if p.peek(lit) {
		p.i += len(lit)
		return true
	}
	return false
}

func (p *typeParser) expect(lit string) {
	if !p.accept(lit) {
		p.fail("want " + lit)
	}
}

// keywords that start a type and so are never a parameter name.
var typeKeywords = map[string]bool{"chan": true, "func": true, "map": true, "struct": true, "interface": true}

func isIdentByte(c byte, first bool) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9'
}

// ident returns the identifier starting at the current offset, without consuming it.
func (p *typeParser) ident() string {
	j := p.i
	for j < len(p.s) && isIdentByte(p.s[j], j == p.i) {
		j++
	}
	return p.s[p.i:j]
}

// name consumes "ident " when an identifier that is not a type keyword is
// followed by a space, i.e. a parameter or field name, and returns it.
func (p *typeParser) name() string {
	id := p.ident()
	if id == "" || typeKeywords[id] || p.i+len(id) >= len(p.s) || p.s[p.i+len(id)] != ' ' {
		return ""
	}
	p.i += len(id) + 1
	return id
}

// typ parses one type.
func (p *typeParser) typ() string {
	if p.err != nil {
		return ""
	}
	switch {
	case p.accept("*"):
		return "*" + p.typ()
	case p.accept("[]"):
		return "[]" + p.typ()
	case p.accept("["):
		n := p.until("]")
		p.expect("]")
		return "[" + n + "]" + p.typ()
	case p.accept("map["):
		k := p.typ()
		p.expect("]")
		return "map[" + k + "]" + p.typ()
	case p.accept("chan<- "):
		return "chan<- " + p.typ()
	case p.accept("<-chan "):
		return "<-chan " + p.typ()
	case p.accept("chan "):
		return "chan " + p.typ()
	case p.accept("func"):
		return "func" + p.sig()
	case p.accept("struct{"):
		f := p.structFields()
		p.expect("}")
		return "struct{" + f + "}"
	case p.accept("interface{"):
		e := p.interfaceElems()
		p.expect("}")
		return "interface{" + e + "}"
	case p.accept("untyped "):
		return "untyped " + p.namedType()
	case p.accept("("):
		t := p.typ()
		p.expect(")")
		return "(" + t + ")"
	case p.accept("~"):
		return "~" + p.typ()
	}
	return p.namedType()
}

// until returns the text up to (not including) stop, consuming it.
func (p *typeParser) until(stop string) string {
	j := strings.Index(p.s[p.i:], stop)
	if j < 0 {
		p.fail("want " + stop)
		return ""
	}
	out := p.s[p.i : p.i+j]
	p.i += j
	return out
}

// namedType parses a possibly qualified name with optional type arguments.
func (p *typeParser) namedType() string {
	j := p.i
	for j < len(p.s) && (isIdentByte(p.s[j], false) || strings.IndexByte("./-", p.s[j]) >= 0) {
		j++
	}
	if j == p.i {
		p.fail("want a type")
		return ""
	}
	name := p.s[p.i:j]
	p.i = j
	switch {
	case name == "any":
		return "interface{}"
	case name[0] >= 'a' && name[0] <= 'z' && !strings.ContainsAny(name, "./") && !predeclared[name] && !p.tparams[name]:
		name = unexportedName
	}
	if p.accept("[") {
		name += "[" + p.typeList("]") + "]"
		p.expect("]")
	}
	return name
}

// typeList parses comma-separated types up to (not including) end.
func (p *typeParser) typeList(end string) string {
	var parts []string
	for p.err == nil && !p.peek(end) {
		if len(parts) > 0 {
			p.expect(", ")
		}
		parts = append(parts, p.typ())
	}
	return strings.Join(parts, ", ")
}

// typeParamList parses "T any, U comparable" and canonicalises each
// constraint; type parameter names are kept since the signature uses them.
func (p *typeParser) typeParamList() string {
	var parts []string
	for p.err == nil && !p.peek("]") {
		if len(parts) > 0 {
			p.expect(", ")
		}
		n := p.ident()
		p.i += len(n)
		p.expect(" ")
		if p.tparams == nil {
			p.tparams = map[string]bool{}
		}
		p.tparams[n] = true
		parts = append(parts, n+" "+p.constraint())
	}
	return strings.Join(parts, ", ")
}

// constraint parses a type or a union of terms.
func (p *typeParser) constraint() string {
	t := p.typ()
	for p.accept(" | ") {
		t += " | " + p.typ()
	}
	return t
}

// sig parses "(params) results" and drops every name.
func (p *typeParser) sig() string {
	p.expect("(")
	params := p.params()
	p.expect(")")
	out := "(" + strings.Join(params, ", ") + ")"
	if !p.accept(" ") {
		return out
	}
	if p.accept("(") {
		res := p.params()
		p.expect(")")
		if len(res) == 1 {
			return out + " " + res[0]
		}
		return out + " (" + strings.Join(res, ", ") + ")"
	}
	return out + " " + p.typ()
}

// params parses a parameter list without its parentheses, names dropped.
func (p *typeParser) params() []string {
	var out []string
	for p.err == nil && !p.peek(")") {
		if len(out) > 0 {
			p.expect(", ")
		}
		p.name()
		if p.accept("...") {
			out = append(out, "..."+p.typ())
			continue
		}
		out = append(out, p.typ())
	}
	return out
}

// structFields parses the fields of a struct literal type, keeping names and tags.
func (p *typeParser) structFields() string {
	var parts []string
	for p.err == nil && !p.peek("}") {
		if len(parts) > 0 {
			p.expect("; ")
		}
		f := p.name()
		if f != "" {
			f += " "
		}
		f += p.typ()
		if p.peek(` "`) {
			p.i++
			f += " " + p.quoted()
		}
		parts = append(parts, f)
	}
	return strings.Join(parts, "; ")
}

// quoted consumes a Go double-quoted string literal and returns it.
func (p *typeParser) quoted() string {
	start := p.i
	p.expect(`"`)
	for p.err == nil && p.i < len(p.s) && p.s[p.i] != '"' {
		if p.s[p.i] == '\\' {
			p.i++
		}
		p.i++
	}
	p.expect(`"`)
	return p.s[start:p.i]
}

// interfaceElems parses methods ("Name(params) results") and embedded
// terms of an interface literal.
func (p *typeParser) interfaceElems() string {
	var parts []string
	for p.err == nil && !p.peek("}") {
		if len(parts) > 0 {
			p.expect("; ")
		}
		id := p.ident()
		if id != "" && p.i+len(id) < len(p.s) && p.s[p.i+len(id)] == '(' {
			p.i += len(id)
			parts = append(parts, id+p.sig())
			continue
		}
		parts = append(parts, p.constraint())
	}
	return strings.Join(parts, "; ")
}
