package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

// templates holds every file template.
var templates = template.Must(template.New("gen-types").Parse(
	typesTemplate + registerTemplate + deepcopyTemplate + helpersTemplate + docTemplate))

// fileSpec is one generated file of a package.
type fileSpec struct {
	name  string
	build func(p *Package, u *universe, im *imports) (*pkgModel, error)
	tmpl  string
}

var fileSpecs = []fileSpec{
	{"doc.go", func(p *Package, _ *universe, _ *imports) (*pkgModel, error) {
		return &pkgModel{Pkg: p, Short: short(p)}, nil
	}, "doc"},
	{"types.go", func(p *Package, _ *universe, im *imports) (*pkgModel, error) { return typesModel(p, im) }, "types"},
	{"register.go", registerModel, "register"},
	{"zz_generated.deepcopy.go", deepcopyModel, "deepcopy"},
	{"zz_generated.helpers.go", helpersModel, "helpers"},
}

// generate writes every package of in under out.
func generate(in *Input, module, out string) error {
	u := newUniverse(in)
	for i := range in.Packages {
		p := &in.Packages[i]
		files, err := renderPackage(p, u, module)
		if err != nil {
			return err
		}
		if err := writePackage(filepath.Join(out, strings.TrimPrefix(p.Path, "api/")), files); err != nil {
			return err
		}
	}
	return nil
}

// renderPackage renders the formatted files of one package by name.
func renderPackage(p *Package, u *universe, module string) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, fs := range fileSpecs {
		im := newImports(module, p.Path)
		m, err := fs.build(p, u, im)
		if err != nil {
			return nil, err
		}
		var body bytes.Buffer
		if err := templates.ExecuteTemplate(&body, fs.tmpl, m); err != nil {
			return nil, fmt.Errorf("%s/%s: %w", p.Path, fs.name, err)
		}
		if fs.tmpl == "doc" {
			src, err := format.Source(append([]byte(header), body.Bytes()...))
			if err != nil {
				return nil, fmt.Errorf("%s/%s: formatting: %w", p.Path, fs.name, err)
			}
			files[fs.name] = src
			continue
		}
		if strings.TrimSpace(body.String()) == "" {
			continue
		}
		src := header + "package " + p.Version + "\n\n" + im.block() + body.String()
		formatted, err := format.Source([]byte(src))
		if err != nil {
			return nil, fmt.Errorf("%s/%s: formatting: %w", p.Path, fs.name, err)
		}
		files[fs.name] = formatted
	}
	return files, nil
}

// writePackage writes files into dir and removes generated files the
// generator no longer makes; hand-written files are left alone.
func writePackage(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("writing %s: %w", dir, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("writing %s: %w", dir, err)
	}
	for _, e := range entries {
		if _, keep := files[e.Name()]; keep || e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		raw, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("checking stale file: %w", err)
		}
		if bytes.HasPrefix(raw, []byte(header)) {
			if err := os.Remove(path); err != nil {
				return fmt.Errorf("removing stale file: %w", err)
			}
		}
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), files[n], 0o644); err != nil {
			return fmt.Errorf("writing generated file: %w", err)
		}
	}
	return nil
}

// registerModel lists the kinds register.go adds to a scheme.
func registerModel(p *Package, _ *universe, im *imports) (*pkgModel, error) {
	m := &pkgModel{Pkg: p, Short: short(p), HasKind: contains(p.Funcs, "Kind")}
	for _, t := range p.Types {
		if t.Object {
			m.Objects = append(m.Objects, t.Name)
		}
	}
	im.qual("apimachinery/apis/meta/v1")
	im.qual("apimachinery/runtime")
	im.qual("apimachinery/runtime/schema")
	return m, nil
}

// deepcopyModel computes the deep-copy bodies of every struct and every
// named slice or map type.
func deepcopyModel(p *Package, u *universe, im *imports) (*pkgModel, error) {
	m := &pkgModel{Pkg: p, Short: short(p)}
	w := &dcWriter{u: u, pkg: p.Path, im: im}
	for i := range p.Types {
		t := &p.Types[i]
		var (
			body string
			err  error
		)
		switch {
		case t.Alias != "":
			continue
		case t.Kind == "struct":
			body, err = w.structBody(t)
		case t.Kind == "slice" || t.Kind == "map":
			body, err = w.namedBody(t)
		default:
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s deep copy: %w", p.Path, err)
		}
		m.Copies = append(m.Copies, copyModel{Name: t.Name, Struct: t.Kind == "struct", Object: t.Object, Body: body})
		if t.Object {
			im.qual("apimachinery/runtime")
		}
	}
	return m, nil
}

// helpersModel lists the String and SwaggerDoc methods the table has.
func helpersModel(p *Package, _ *universe, im *imports) (*pkgModel, error) {
	m := &pkgModel{Pkg: p, Short: short(p)}
	for i := range p.Types {
		t := &p.Types[i]
		if t.Alias != "" {
			continue
		}
		if contains(t.Methods, "String") && (t.Kind == "struct" || t.Kind == "slice") {
			cm := copyModel{Name: t.Name, Struct: t.Kind == "struct"}
			if t.Kind == "slice" {
				ut, err := parseType(t.Underlying)
				if err != nil {
					return nil, fmt.Errorf("%s: type %s: %w", p.Path, t.Name, err)
				}
				cm.GoType = im.goType(ut)
			}
			m.Stringers = append(m.Stringers, cm)
		}
		if contains(t.Methods, "SwaggerDoc") {
			sm := swaggerModel{Name: t.Name}
			sm.Docs = append(sm.Docs, struct{ Key, Value string }{"", typeSentence(p, t)})
			m.Swaggers = append(m.Swaggers, sm)
		}
	}
	for _, s := range m.Stringers {
		im.stdlib("fmt")
		if s.Struct {
			m.JSONStrings = true
			im.stdlib("encoding/json")
		}
	}
	return m, nil
}
