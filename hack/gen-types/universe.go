package main

import "fmt"

// universe resolves type names across all generated packages and the
// apimachinery types they use.
type universe struct {
	types map[string]*Type // "api/core/v1.Pod"
	ext   map[string]ExtType
	memo  map[string]int // shallowness: 1 yes, 2 no, 3 in progress
}

func newUniverse(in *Input) *universe {
	u := &universe{types: map[string]*Type{}, ext: in.External, memo: map[string]int{}}
	for i := range in.Packages {
		p := &in.Packages[i]
		for j := range p.Types {
			u.types[p.Path+"."+p.Types[j].Name] = &p.Types[j]
		}
	}
	return u
}

// named returns the full name of a named expression seen from pkg.
func fullName(t *texpr, pkg string) string {
	if t.pkg == "" {
		return pkg + "." + t.name
	}
	return t.pkg + "." + t.name
}

// copyKind says how a value of a named type is deep-copied: "assign",
// "into" (DeepCopyInto on a pointer) or "value" (DeepCopy returning the
// named slice or map).
func (u *universe) copyKind(t *texpr, pkg string) (string, error) {
	if t.builtin() {
		return "assign", nil
	}
	name := fullName(t, pkg)
	if e, ok := u.ext[name]; ok {
		if e.Deep {
			return "into", nil
		}
		return "assign", nil
	}
	typ := u.resolve(name)
	if typ == nil {
		return "", fmt.Errorf("unknown type %s", name)
	}
	switch typ.Kind {
	case "basic":
		return "assign", nil
	case "struct":
		return "into", nil
	}
	return "value", nil
}

// shallow reports whether assignment copies a value of t completely.
func (u *universe) shallow(t *texpr, pkg string) bool {
	if t.op != 'n' {
		return false
	}
	if t.builtin() {
		return true
	}
	name := fullName(t, pkg)
	if e, ok := u.ext[name]; ok {
		return e.Kind == "basic" || !e.Deep
	}
	typ := u.resolve(name)
	if typ == nil {
		return false
	}
	name = u.canonical(name)
	switch typ.Kind {
	case "basic":
		return true
	case "struct":
		return u.shallowStruct(name, typ)
	}
	return false
}

// shallowStruct reports whether every field of a struct is shallow.
func (u *universe) shallowStruct(name string, typ *Type) bool {
	switch u.memo[name] {
	case 1:
		return true
	case 2, 3:
		return false
	}
	u.memo[name] = 3
	pkg := name[:lastDot(name)]
	result := true
	for _, f := range typ.Fields {
		ft, err := parseType(f.Type)
		if err != nil || !u.shallow(ft, pkg) {
			result = false
			break
		}
	}
	u.memo[name] = 2
	if result {
		u.memo[name] = 1
	}
	return result
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// canonical follows aliases to the name of the defined type.
func (u *universe) canonical(name string) string {
	for i := 0; i < 8; i++ {
		typ := u.types[name]
		if typ == nil || typ.Alias == "" {
			return name
		}
		name = typ.Alias
	}
	return name
}

// resolve returns the defined type behind name, following aliases.
func (u *universe) resolve(name string) *Type {
	return u.types[u.canonical(name)]
}
