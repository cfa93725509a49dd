package surface

import (
	"fmt"
	"go/constant"
	"go/token"
	"sort"
	"strconv"
	"strings"
)

// GapKind classifies a difference between the reference and skiff.
type GapKind string

const (
	// Missing means skiff lacks the item.
	Missing GapKind = "missing"
	// Different means skiff has the item but its kind, type, tag, value or
	// signature differs.
	Different GapKind = "different"
	// Extra means a skiff interface has a method the reference interface
	// lacks: a user type written against the reference would no longer
	// implement it. (Other extra items are harmless and only counted.)
	Extra GapKind = "extra"
)

// Gap is one reference item that skiff does not match.
type Gap struct {
	// Package is the module-relative package path.
	Package string
	// Ident is "Name" for a type, func or const and "Type.Member" for a
	// field or method.
	Ident string
	// Kind says whether the item is missing or different.
	Kind GapKind
	// What names the item's category: type, field, method, func or const.
	What string
	// Detail says what differs ("want X, got Y"); empty for missing items.
	Detail string
}

// String renders the gap for a test log.
func (g Gap) String() string {
	s := fmt.Sprintf("%s %s %s.%s", g.Kind, g.What, g.Package, g.Ident)
	if g.Detail != "" {
		s += ": " + g.Detail
	}
	return s
}

// Report is the outcome of comparing one package.
type Report struct {
	// Package is the module-relative package path.
	Package string
	// Total counts the reference items: types, fields, methods, funcs and consts.
	Total int
	// Gaps lists the reference items skiff does not match, and the extra
	// interface methods.
	Gaps []Gap
	// Extra counts exported items skiff has that the reference does not.
	Extra int
}

// Matched is the number of reference items skiff matches.
func (r Report) Matched() int {
	n := r.Total
	for _, g := range r.Gaps {
		if g.Kind != Extra {
			n--
		}
	}
	return n
}

// Compare reports every item of ref that got lacks or differs in. A nil got
// means the package is absent: every item is missing.
func Compare(ref Package, got *Package) Report {
	if got == nil {
		got = &Package{Path: ref.Path}
	}
	c := comparer{rep: Report{Package: ref.Path}}
	gotTypes := map[string]Type{}
	for _, t := range got.Types {
		gotTypes[t.Name] = t
	}
	for _, t := range ref.Types {
		gt, ok := gotTypes[t.Name]
		delete(gotTypes, t.Name)
		c.compareType(t, gt, ok)
	}
	c.rep.Extra += len(gotTypes)
	c.compareFuncs(ref.Funcs, got.Funcs, "", "func")
	c.compareConsts(ref.Consts, got.Consts)
	return c.rep
}

type comparer struct {
	rep Report
}

func (c *comparer) gap(ident string, kind GapKind, what, detail string) {
	c.rep.Gaps = append(c.rep.Gaps, Gap{Package: c.rep.Package, Ident: ident, Kind: kind, What: what, Detail: detail})
}

// differs records a Different gap when want and got are not equal.
func (c *comparer) differs(ident, what, aspect, want, got string) bool {
	if want == got {
		return false
	}
	c.gap(ident, Different, what, fmt.Sprintf("%s: want %q, got %q", aspect, want, got))
	return true
}

// compareType compares a type and its members; a missing type makes every
// member missing too.
func (c *comparer) compareType(want, got Type, ok bool) {
	c.rep.Total++
	if !ok {
		c.gap(want.Name, Missing, "type", "")
		got = Type{}
	} else {
		_ = c.differs(want.Name, "type", "kind", want.Kind, got.Kind) ||
			c.differs(want.Name, "type", "underlying", normType(want.Underlying), normType(got.Underlying)) ||
			c.differs(want.Name, "type", "type parameters", normTypeParams(want.TypeParams), normTypeParams(got.TypeParams))
	}
	c.compareFields(want, got)
	extra := c.compareFuncs(want.Methods, got.Methods, want.Name+".", "method")
	if want.Kind == "interface" && got.Kind == "interface" {
		for _, m := range extra {
			c.rep.Extra--
			c.gap(want.Name+"."+m, Extra, "method", "the reference interface has no such method, so user implementations would not satisfy it")
		}
	}
}

func normTypeParams(s string) string {
	if s == "" {
		return ""
	}
	n := normSig("[" + s + "]()")
	return n[:len(n)-2]
}

func (c *comparer) compareFields(want, got Type) {
	gotFields := map[string]Field{}
	for _, f := range got.Fields {
		gotFields[f.Name] = f
	}
	for _, f := range want.Fields {
		c.rep.Total++
		ident := want.Name + "." + f.Name
		g, ok := gotFields[f.Name]
		delete(gotFields, f.Name)
		if !ok {
			c.gap(ident, Missing, "field", "")
			continue
		}
		_ = c.differs(ident, "field", "type", normType(f.Type), normType(g.Type)) ||
			c.differs(ident, "field", "json tag", f.JSON, g.JSON) ||
			c.differs(ident, "field", "embedded", strconv.FormatBool(f.Embedded), strconv.FormatBool(g.Embedded))
	}
	c.rep.Extra += len(gotFields)
}

// compareFuncs compares functions or methods by signature types only and
// returns the names only got has, sorted.
func (c *comparer) compareFuncs(want, got []Func, prefix, what string) []string {
	gotSigs := map[string]string{}
	for _, f := range got {
		gotSigs[f.Name] = f.Sig
	}
	for _, f := range want {
		c.rep.Total++
		g, ok := gotSigs[f.Name]
		delete(gotSigs, f.Name)
		if !ok {
			c.gap(prefix+f.Name, Missing, what, "")
			continue
		}
		if normSig(f.Sig) != normSig(g) {
			c.gap(prefix+f.Name, Different, what, fmt.Sprintf("signature: want %s, got %s", f.Sig, g))
		}
	}
	c.rep.Extra += len(gotSigs)
	extra := make([]string, 0, len(gotSigs))
	for name := range gotSigs {
		extra = append(extra, name)
	}
	sort.Strings(extra)
	return extra
}

func (c *comparer) compareConsts(want, got []Const) {
	gotConsts := map[string]Const{}
	for _, k := range got {
		gotConsts[k.Name] = k
	}
	for _, k := range want {
		c.rep.Total++
		g, ok := gotConsts[k.Name]
		delete(gotConsts, k.Name)
		if !ok {
			c.gap(k.Name, Missing, "const", "")
			continue
		}
		if !c.differs(k.Name, "const", "type", normType(k.Type), normType(g.Type)) && !SameConstValue(k.Value, g.Value) {
			c.gap(k.Name, Different, "const", fmt.Sprintf("value: want %s, got %s", k.Value, g.Value))
		}
	}
	c.rep.Extra += len(gotConsts)
}

// SameConstValue compares two exact constant values as written in the
// reference: quoted strings by content, numbers numerically (so "6/5" equals
// "1.2"), anything else textually.
func SameConstValue(a, b string) bool {
	if a == b {
		return true
	}
	va, vb := parseConst(a), parseConst(b)
	if va.Kind() == constant.Unknown || vb.Kind() == constant.Unknown {
		return false
	}
	numeric := func(v constant.Value) bool { return v.Kind() == constant.Int || v.Kind() == constant.Float }
	if va.Kind() != vb.Kind() && !(numeric(va) && numeric(vb)) {
		return false
	}
	return constant.Compare(va, token.EQL, vb)
}

// parseConst reads a value written by constant.Value.ExactString.
func parseConst(s string) constant.Value {
	switch s {
	case "true":
		return constant.MakeBool(true)
	case "false":
		return constant.MakeBool(false)
	}
	if u, err := strconv.Unquote(s); err == nil {
		return constant.MakeString(u)
	}
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		v := parseConst(rest)
		if v.Kind() == constant.Int || v.Kind() == constant.Float {
			return constant.UnaryOp(token.SUB, v, 0)
		}
		return constant.MakeUnknown()
	}
	if num, den, ok := strings.Cut(s, "/"); ok {
		return constant.BinaryOp(constant.MakeFromLiteral(num, token.INT, 0), token.QUO, constant.MakeFromLiteral(den, token.INT, 0))
	}
	if v := constant.MakeFromLiteral(s, token.INT, 0); v.Kind() != constant.Unknown {
		return v
	}
	return constant.MakeFromLiteral(s, token.FLOAT, 0)
}
