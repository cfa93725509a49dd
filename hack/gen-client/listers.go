package main

import (
	"path"
	"strings"
)

// listersPath is the generic lister engine generated listers embed.
const listersPath = modulePath + "/listers"

// hasLister reports whether k gets a lister: it can be listed and got, or
// it has no verbs at all (the reference's lister generator keeps those).
func (k *Kind) hasLister() bool {
	return len(k.Verbs) == 0 || k.Verbs["list"] && k.Verbs["get"]
}

// listerGroupData is the template data of a lister package's shared files.
type listerGroupData struct {
	Package    string
	GroupName  string
	Version    string
	Expansions []string // <Kind>ListerExpansion and <Kind>NamespaceListerExpansion names not hand-written
}

func (d listerGroupData) imports() []imp { return nil }

// listerData is the template data of one kind's lister file.
type listerData struct {
	Package    string
	Kind       string
	Plural     string
	TypeName   string // e.g. "deploymentLister"
	NSTypeName string // e.g. "deploymentNamespaceLister"
	Namespaced bool
	GroupName  string
	Singular   string // the resource NotFound errors name: the lowercase kind
	Types      string
	TypesPath  string
}

func (d listerData) imports() []imp {
	return []imp{
		{"labels", modulePath + "/apimachinery/labels"},
		{"schema", modulePath + "/apimachinery/runtime/schema"},
		{"cache", modulePath + "/tools/cache"},
		{"listers", listersPath},
		{d.Types, d.TypesPath},
	}
}

// listerKinds returns the kinds of g that get listers.
func listerKinds(g *Group) []*Kind {
	var out []*Kind
	for _, k := range g.Kinds {
		if k.hasLister() {
			out = append(out, k)
		}
	}
	return out
}

// renderListers returns the lister packages of groups, keyed by path
// relative to the listers directory dir.
func renderListers(groups []*Group, dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, g := range groups {
		kinds := listerKinds(g)
		if len(kinds) == 0 {
			continue
		}
		handWritten, err := handWrittenExpansions(path.Join(dir, g.Dir))
		if err != nil {
			return nil, err
		}
		gd := listerGroupData{Package: sanitize(g.Version), GroupName: g.GroupName, Version: g.Version}
		for _, k := range kinds {
			names := []string{k.Name + "ListerExpansion"}
			if k.Namespaced {
				names = append(names, k.Name+"NamespaceListerExpansion")
			}
			for _, name := range names {
				if _, ok := handWritten[name]; !ok {
					gd.Expansions = append(gd.Expansions, name)
				}
			}
			ld := listerData{
				Package: gd.Package, Kind: k.Name, Plural: k.plural(),
				TypeName: lowerFirst(k.Name) + "Lister", NSTypeName: lowerFirst(k.Name) + "NamespaceLister",
				Namespaced: k.Namespaced, GroupName: g.GroupName, Singular: strings.ToLower(k.Name),
				Types: alias(g.ImportPath), TypesPath: g.ImportPath,
			}
			if err := execute(files, g.Dir+"/"+strings.ToLower(k.Name)+".go", "lister", ld); err != nil {
				return nil, err
			}
		}
		if err := execute(files, g.Dir+"/doc.go", "listerDoc", gd); err != nil {
			return nil, err
		}
		if err := execute(files, g.Dir+"/expansion_generated.go", "listerExpansion", gd); err != nil {
			return nil, err
		}
	}
	return files, nil
}
