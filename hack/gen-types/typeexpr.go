package main

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
)

// texpr is a parsed Go type expression of the surface table.
type texpr struct {
	// op is '*' (pointer), '[' (slice), 'm' (map) or 'n' (named).
	op   byte
	elem *texpr
	key  *texpr
	// pkg is the module-relative package of a named type; empty for the
	// current package and for builtins.
	pkg  string
	name string
}

// parseType parses expressions like "*[]api/core/v1.Toleration" and
// "map[ResourceName]apimachinery/api/resource.Quantity".
func parseType(s string) (*texpr, error) {
	switch {
	case s == "":
		return nil, fmt.Errorf("empty type expression")
	case strings.HasPrefix(s, "*"):
		return wrap('*', s[1:], s)
	case strings.HasPrefix(s, "[]"):
		return wrap('[', s[2:], s)
	case strings.HasPrefix(s, "map["):
		return parseMap(s)
	}
	if strings.ContainsAny(s, "[]* ") {
		return nil, fmt.Errorf("type expression %q: unsupported form", s)
	}
	t := &texpr{op: 'n', name: s}
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		t.pkg, t.name = s[:dot], s[dot+1:]
		if !pkgPathRE.MatchString(t.pkg) {
			return nil, fmt.Errorf("type expression %q: bad package path", s)
		}
	}
	if !identRE.MatchString(t.name) {
		return nil, fmt.Errorf("type expression %q: bad type name", s)
	}
	return t, nil
}

var (
	identRE   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	pkgPathRE = regexp.MustCompile(`^[a-z][a-z0-9_]*(/[a-z0-9_]+)*$`)
)

func wrap(op byte, inner, whole string) (*texpr, error) {
	elem, err := parseType(inner)
	if err != nil {
		return nil, fmt.Errorf("type expression %q: %w", whole, err)
	}
	return &texpr{op: op, elem: elem}, nil
}

// parseMap parses map[K]V, finding the bracket that closes the key.
func parseMap(s string) (*texpr, error) {
	depth := 0
	for i := 3; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth > 0 {
				continue
			}
			key, err := parseType(s[4:i])
			if err != nil {
				return nil, fmt.Errorf("map key of %q: %w", s, err)
			}
			val, err := parseType(s[i+1:])
			if err != nil {
				return nil, fmt.Errorf("map value of %q: %w", s, err)
			}
			return &texpr{op: 'm', key: key, elem: val}, nil
		}
	}
	return nil, fmt.Errorf("type expression %q: unbalanced brackets", s)
}

// builtin reports whether a named expression is a predeclared type.
func (t *texpr) builtin() bool {
	return t.op == 'n' && t.pkg == "" && t.name != "" && t.name[0] >= 'a' && t.name[0] <= 'z'
}

// imports tracks the imports one generated file needs.
type imports struct {
	module string
	self   string
	used   map[string]string
	std    []string
}

// stdlib records a standard library import.
func (im *imports) stdlib(path string) {
	if !contains(im.std, path) {
		im.std = append(im.std, path)
		sort.Strings(im.std)
	}
}

func newImports(module, self string) *imports {
	return &imports{module: module, self: self, used: map[string]string{}}
}

// alias returns the import alias of a module-relative package path.
func alias(pkg string) string {
	switch {
	case pkg == "apimachinery/apis/meta/v1":
		return "metav1"
	case strings.HasPrefix(pkg, "api/"):
		return strings.ReplaceAll(strings.TrimPrefix(pkg, "api/"), "/", "")
	}
	return path.Base(pkg)
}

// qual records pkg as imported and returns "alias." (or "" for self).
func (im *imports) qual(pkg string) string {
	if pkg == "" || pkg == im.self {
		return ""
	}
	a := alias(pkg)
	im.used[pkg] = a
	return a + "."
}

// goType renders t as Go source in the importing file.
func (im *imports) goType(t *texpr) string {
	switch t.op {
	case '*':
		return "*" + im.goType(t.elem)
	case '[':
		return "[]" + im.goType(t.elem)
	case 'm':
		return "map[" + im.goType(t.key) + "]" + im.goType(t.elem)
	}
	return im.qual(t.pkg) + t.name
}

// block renders the import block, sorted by path.
func (im *imports) block() string {
	if len(im.used) == 0 && len(im.std) == 0 {
		return ""
	}
	paths := make([]string, 0, len(im.used))
	for p := range im.used {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var b strings.Builder
	b.WriteString("import (\n")
	for _, p := range im.std {
		fmt.Fprintf(&b, "\t%q\n", p)
	}
	if len(im.std) > 0 && len(paths) > 0 {
		b.WriteString("\n")
	}
	for _, p := range paths {
		full := im.module + "/" + p
		if path.Base(p) == im.used[p] {
			fmt.Fprintf(&b, "\t%q\n", full)
		} else {
			fmt.Fprintf(&b, "\t%s %q\n", im.used[p], full)
		}
	}
	b.WriteString(")\n")
	return b.String()
}
