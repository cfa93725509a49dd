package main

import (
	"fmt"
	"strings"
)

// pkgModel is what the templates of one package see.
type pkgModel struct {
	Pkg           *Package
	Short         string // "core/v1"
	UntypedConsts []constModel
	Types         []typeModel
	HasKind       bool
	JSONStrings   bool
	Objects       []string
	Copies        []copyModel
	Stringers     []copyModel
	Swaggers      []swaggerModel
}

type typeModel struct {
	Name   string
	Kind   string
	GoType string
	Doc    []string
	Fields []fieldModel
	Consts []constModel
}

type fieldModel struct {
	Name     string
	GoType   string
	Tag      string
	Embedded bool
	Doc      []string
}

type constModel struct {
	Name, Type, Value string
}

type copyModel struct {
	Name   string
	GoType string
	Struct bool
	Object bool
	Body   string
}

type swaggerModel struct {
	Name string
	Docs []struct{ Key, Value string }
}

// typesModel builds the model of types.go.
func typesModel(p *Package, im *imports) (*pkgModel, error) {
	m := &pkgModel{Pkg: p, Short: short(p)}
	byType := map[string][]constModel{}
	local := map[string]bool{}
	for _, t := range p.Types {
		local[t.Name] = true
	}
	for _, c := range p.Consts {
		cm, err := constOf(c, local, im)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.Path, err)
		}
		if local[c.Type] {
			byType[c.Type] = append(byType[c.Type], cm)
		} else {
			m.UntypedConsts = append(m.UntypedConsts, cm)
		}
	}
	for i := range p.Types {
		tm, err := typeOf(p, &p.Types[i], im)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.Path, err)
		}
		tm.Consts = byType[tm.Name]
		m.Types = append(m.Types, tm)
	}
	return m, nil
}

// short is "core/v1" for "api/core/v1".
func short(p *Package) string { return strings.TrimPrefix(p.Path, "api/") }

// constOf renders one constant; typed consts of a local type keep their
// type name, other types are qualified.
func constOf(c Const, local map[string]bool, im *imports) (constModel, error) {
	cm := constModel{Name: c.Name, Value: c.Value}
	switch {
	case strings.HasPrefix(c.Type, "untyped "):
	case local[c.Type]:
		cm.Type = c.Type
	default:
		t, err := parseType(c.Type)
		if err != nil {
			return cm, fmt.Errorf("const %s: %w", c.Name, err)
		}
		cm.Type = im.goType(t) + " "
	}
	return cm, nil
}

// typeOf renders one type declaration.
func typeOf(p *Package, t *Type, im *imports) (typeModel, error) {
	tm := typeModel{Name: t.Name, Kind: t.Kind, Doc: typeDoc(p, t)}
	if t.Alias != "" {
		at, err := parseType(t.Alias)
		if err != nil {
			return tm, fmt.Errorf("type %s: %w", t.Name, err)
		}
		tm.Kind, tm.GoType = "alias", "= "+im.goType(at)
		return tm, nil
	}
	if t.Kind != "struct" {
		ut, err := parseType(t.Underlying)
		if err != nil {
			return tm, fmt.Errorf("type %s: %w", t.Name, err)
		}
		tm.GoType = im.goType(ut)
		return tm, nil
	}
	for _, f := range t.Fields {
		ft, err := parseType(f.Type)
		if err != nil {
			return tm, fmt.Errorf("field %s.%s: %w", t.Name, f.Name, err)
		}
		tm.Fields = append(tm.Fields, fieldModel{
			Name: f.Name, GoType: im.goType(ft), Tag: fieldTag(&f),
			Embedded: f.Embedded, Doc: fieldDoc(t, &f),
		})
	}
	return tm, nil
}

// fieldTag renders the struct tag: json, patch strategy and merge key
// (read by strategic merge patch), protobuf.
func fieldTag(f *Field) string {
	var parts []string
	if f.JSON != "" {
		parts = append(parts, fmt.Sprintf("json:%q", f.JSON))
	}
	if f.PatchStrategy != "" {
		parts = append(parts, fmt.Sprintf("patchStrategy:%q", f.PatchStrategy))
	}
	if f.PatchMergeKey != "" {
		parts = append(parts, fmt.Sprintf("patchMergeKey:%q", f.PatchMergeKey))
	}
	if f.Protobuf != "" {
		parts = append(parts, fmt.Sprintf("protobuf:%q", f.Protobuf))
	}
	return strings.Join(parts, " ")
}

// fieldDoc is a short generated comment plus the field's markers.
func fieldDoc(t *Type, f *Field) []string {
	name, _, _ := strings.Cut(f.JSON, ",")
	var doc []string
	switch {
	case f.Embedded && name == "":
		doc = append(doc, fmt.Sprintf("%s is embedded inline.", f.Name))
	case f.Embedded:
		doc = append(doc, fmt.Sprintf("%s is embedded as %q.", f.Name, name))
	case name == "" || name == "-":
		doc = append(doc, fmt.Sprintf("%s is not part of the wire format.", f.Name))
	default:
		doc = append(doc, fmt.Sprintf("%s is the %q field of %s.", f.Name, name, t.Name))
	}
	if t.Schema && !f.Embedded && name != "" && name != "-" {
		if f.Required {
			doc = append(doc, "+required")
		} else {
			doc = append(doc, "+optional")
		}
	}
	if f.ListType != "" {
		doc = append(doc, "+listType="+f.ListType)
	}
	for _, k := range f.ListMapKeys {
		doc = append(doc, "+listMapKey="+k)
	}
	if f.MapType != "" {
		doc = append(doc, "+mapType="+f.MapType)
	}
	if f.PatchStrategy != "" {
		doc = append(doc, "+patchStrategy="+f.PatchStrategy)
	}
	if f.PatchMergeKey != "" {
		doc = append(doc, "+patchMergeKey="+f.PatchMergeKey)
	}
	return doc
}
