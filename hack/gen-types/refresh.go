package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// surfacePkg is one package of the reference surface table.
type surfacePkg struct {
	Path   string        `json:"path"`
	Types  []surfaceType `json:"types"`
	Consts []Const       `json:"consts"`
	Funcs  []struct {
		Name string `json:"name"`
	} `json:"funcs"`
}

type surfaceType struct {
	Name       string `json:"name"`
	Kind       string `json:"kind"`
	Underlying string `json:"underlying"`
	Fields     []struct {
		Name     string `json:"name"`
		Type     string `json:"type"`
		JSON     string `json:"json"`
		Protobuf string `json:"protobuf"`
		Embedded bool   `json:"embedded"`
	} `json:"fields"`
	Methods []struct {
		Name string `json:"name"`
		Sig  string `json:"sig"`
	} `json:"methods"`
}

// aliasOf detects a type alias: its DeepCopy returns another package's
// type of the same name.
func aliasOf(st surfaceType) string {
	for _, m := range st.Methods {
		if m.Name != "DeepCopy" {
			continue
		}
		target := strings.TrimPrefix(strings.TrimPrefix(m.Sig, "() "), "*")
		if qualifiedRE.MatchString(target) && strings.HasSuffix(target, "."+st.Name) {
			return target
		}
	}
	return ""
}

// plumbing names the methods the generator never writes: protobuf
// plumbing (omitted globally) and the deep copies it always writes.
var plumbing = map[string]bool{
	"Descriptor": true, "Marshal": true, "MarshalTo": true, "MarshalToSizedBuffer": true,
	"ProtoMessage": true, "Reset": true, "Size": true, "Unmarshal": true,
	"XXX_DiscardUnknown": true, "XXX_Marshal": true, "XXX_Merge": true, "XXX_Size": true,
	"XXX_Unmarshal": true, "DeepCopy": true, "DeepCopyInto": true, "DeepCopyObject": true,
}

// qualifiedRE finds module-relative qualified type names in a type expression.
var qualifiedRE = regexp.MustCompile(`[a-z][a-z0-9]*(?:/[a-z0-9]+)+\.[A-Z][A-Za-z0-9_]*`)

// refresh reads the reference material under shared and returns the input.
func refresh(shared string) (*Input, error) {
	raw, err := os.ReadFile(filepath.Join(shared, "reference", "api-surface.json"))
	if err != nil {
		return nil, fmt.Errorf("refresh: %w", err)
	}
	var all []surfacePkg
	if err := json.Unmarshal(raw, &all); err != nil {
		return nil, fmt.Errorf("refresh: decoding api-surface.json: %w", err)
	}
	byPath := map[string]*surfacePkg{}
	gvPaths := map[string]string{}
	var apiPkgs []*surfacePkg
	for i := range all {
		p := &all[i]
		byPath[p.Path] = p
		if strings.HasPrefix(p.Path, "api/") {
			apiPkgs = append(apiPkgs, p)
			gvPaths[groupOf(p)+"/"+filepath.Base(p.Path)] = p.Path
		}
	}
	sort.Slice(apiPkgs, func(i, j int) bool { return apiPkgs[i].Path < apiPkgs[j].Path })
	oa, err := readOpenAPI(filepath.Join(shared, "kubernetes-1.34", "openapi", "v3"), gvPaths)
	if err != nil {
		return nil, fmt.Errorf("refresh: %w", err)
	}
	in := &Input{External: map[string]ExtType{}}
	in.Kinds, in.Schemas, err = readSampleSchemas(filepath.Join(shared, "kubernetes-1.34", "openapi", "v3"), gvPaths)
	if err != nil {
		return nil, fmt.Errorf("refresh: %w", err)
	}
	for _, sp := range apiPkgs {
		in.Packages = append(in.Packages, buildPackage(sp, oa))
	}
	for i := range in.Packages {
		lendResources(&in.Packages[i], in.Packages, oa)
	}
	collectExternal(in, byPath)
	return in, nil
}

// groupOf returns the unquoted GroupName constant of a package.
func groupOf(p *surfacePkg) string {
	for _, c := range p.Consts {
		if c.Name == "GroupName" {
			if g, err := strconv.Unquote(c.Value); err == nil {
				return g
			}
		}
	}
	return ""
}

// buildPackage trims one surface package and joins its OpenAPI data.
func buildPackage(sp *surfacePkg, oa *openAPI) Package {
	p := Package{Path: sp.Path, Group: groupOf(sp), Version: filepath.Base(sp.Path)}
	gv := p.Group + "/" + p.Version
	p.Served = oa.served[gv]
	for _, c := range sp.Consts {
		if c.Name != "GroupName" {
			p.Consts = append(p.Consts, c)
		}
	}
	for _, f := range sp.Funcs {
		p.Funcs = append(p.Funcs, f.Name)
	}
	schemaPrefix := "io.k8s.api." + strings.ReplaceAll(strings.TrimPrefix(sp.Path, "api/"), "/", ".") + "."
	for _, st := range sp.Types {
		t := Type{Name: st.Name, Kind: st.Kind}
		if st.Kind != "struct" {
			t.Underlying = st.Underlying
		}
		t.Alias = aliasOf(st)
		for _, m := range st.Methods {
			switch {
			case m.Name == "DeepCopyObject":
				t.Object = true
			case !plumbing[m.Name]:
				t.Methods = append(t.Methods, m.Name)
			}
		}
		schema, hasSchema := oa.schemas[schemaPrefix+st.Name]
		t.Schema = hasSchema
		t.StructType = schema.MapType
		for _, sf := range st.Fields {
			f := Field{Name: sf.Name, Type: sf.Type, JSON: sf.JSON, Protobuf: sf.Protobuf, Embedded: sf.Embedded}
			if hasSchema {
				addFieldMeta(&f, &schema)
			}
			t.Fields = append(t.Fields, f)
		}
		if t.Object {
			t.Resource = oa.kinds[gv+"/"+st.Name]
		}
		p.Types = append(p.Types, t)
	}
	return p
}

// addFieldMeta copies the field's OpenAPI extensions and required flag.
func addFieldMeta(f *Field, s *oaSchema) {
	name, _, _ := strings.Cut(f.JSON, ",")
	if name == "" || name == "-" {
		return
	}
	f.Required = contains(s.Required, name)
	prop, ok := s.Properties[name]
	if !ok {
		return
	}
	f.PatchStrategy = prop.PatchStrategy
	f.PatchMergeKey = prop.PatchMergeKey
	f.ListType = prop.ListType
	f.ListMapKeys = prop.ListMapKeys
	f.MapType = prop.MapType
}

// lendResources gives the kinds the OpenAPI documents do not serve in
// their own version (removed or never-served versions) the REST description
// of the same kind in a served version: first the same group, then any
// group (extensions/v1beta1 Deployment from apps/v1).
func lendResources(p *Package, all []Package, oa *openAPI) {
	for i := range p.Types {
		t := &p.Types[i]
		if !t.Object || t.Resource != nil {
			continue
		}
		t.Resource = donor(p, t.Name, all, oa)
	}
}

// donor finds a served package that serves kind, preferring p's group.
func donor(p *Package, kind string, all []Package, oa *openAPI) *Resource {
	for _, sameGroup := range []bool{true, false} {
		for i := len(all) - 1; i >= 0; i-- {
			d := &all[i]
			if !d.Served || (d.Group == p.Group) != sameGroup {
				continue
			}
			r := oa.kinds[d.Group+"/"+d.Version+"/"+kind]
			if r == nil {
				continue
			}
			lent := *r
			lent.From = d.Group + "/" + d.Version
			lent.Subresources = localizeSubs(p, r.Subresources)
			return &lent
		}
	}
	return nil
}

// localizeSubs points a borrowed subresource at p's own type of the same
// name when p has one (extensions/v1beta1 has its own Scale).
func localizeSubs(p *Package, subs []Subresource) []Subresource {
	out := make([]Subresource, len(subs))
	for i, s := range subs {
		out[i] = s
		if s.Kind == "" {
			continue
		}
		name := s.Kind[strings.LastIndex(s.Kind, ".")+1:]
		for _, t := range p.Types {
			if t.Name == name {
				out[i].Kind = p.Path + "." + name
			}
		}
	}
	return out
}

// collectExternal records the shape of every apimachinery type used.
func collectExternal(in *Input, byPath map[string]*surfacePkg) {
	for _, p := range in.Packages {
		var exprs []string
		for _, t := range p.Types {
			exprs = append(exprs, t.Underlying)
			for _, f := range t.Fields {
				exprs = append(exprs, f.Type)
			}
		}
		for _, c := range p.Consts {
			exprs = append(exprs, c.Type)
		}
		for _, e := range exprs {
			for _, q := range qualifiedRE.FindAllString(e, -1) {
				if strings.HasPrefix(q, "apimachinery/") {
					in.External[q] = externalShape(q, byPath)
				}
			}
		}
	}
}

// externalShape looks a qualified apimachinery type up in the surface.
func externalShape(q string, byPath map[string]*surfacePkg) ExtType {
	dot := strings.LastIndex(q, ".")
	sp := byPath[q[:dot]]
	if sp == nil {
		return ExtType{Kind: "struct"}
	}
	for _, t := range sp.Types {
		if t.Name != q[dot+1:] {
			continue
		}
		ext := ExtType{Kind: t.Kind}
		for _, m := range t.Methods {
			if m.Name == "DeepCopyInto" {
				ext.Deep = true
			}
		}
		return ext
	}
	return ExtType{Kind: "struct"}
}
