package main

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// informerEnginePath is the generic informer engine generated informers
// call.
const informerEnginePath = modulePath + "/gentype/informer"

// hasInformer reports whether k gets an informer: it can be listed and
// watched.
func (k *Kind) hasInformer() bool { return k.Verbs["list"] && k.Verbs["watch"] }

// informerPaths are the import paths generated informers refer to.
type informerPaths struct {
	Informers string // the informers root
	Listers   string // the listers root
	Clientset string // the clientset package
}

// common returns the imports every informer file may use.
func (p informerPaths) common() []imp {
	return []imp{
		{"reflect", "reflect"}, {"time", "time"},
		{"metav1", modulePath + "/apimachinery/apis/meta/v1"},
		{"runtime", modulePath + "/apimachinery/runtime"},
		{"schema", modulePath + "/apimachinery/runtime/schema"},
		{"cache", modulePath + "/tools/cache"},
		{"informer", informerEnginePath},
		{"clientset", p.Clientset},
		{"internalinterfaces", p.Informers + "/internalinterfaces"},
	}
}

// informerKind is one kind with an informer.
type informerKind struct {
	Kind, Plural, TypeName string
	Namespaced             bool
	Resource               string
}

// informerVersion is one group version with informers.
type informerVersion struct {
	informerPaths
	Package    string // e.g. "v1"
	GroupName  string
	Version    string
	Accessor   string // the clientset accessor, e.g. "AppsV1"
	VersionGo  string // e.g. "V1"
	Types      string
	TypesPath  string
	Listers    string // alias of the lister package
	ListerPath string
	Kinds      []informerKind
	Kind       informerKind // the kind of a per-kind file
}

func (d informerVersion) imports() []imp {
	return append(d.common(), imp{d.Types, d.TypesPath}, imp{d.Listers, d.ListerPath})
}

// informerGroup is one API group (directory) with informers.
type informerGroup struct {
	informerPaths
	Package  string // e.g. "apps"
	Alias    string // its alias in the factory, e.g. "appsinformers"
	GoName   string // the factory accessor, e.g. "Apps"
	Versions []*informerVersion
}

func (d informerGroup) imports() []imp {
	out := d.common()
	for _, v := range d.Versions {
		out = append(out, imp{v.Package, d.Informers + "/" + d.Package + "/" + v.Package})
	}
	return out
}

// informerRoot is the template data of the factory packages.
type informerRoot struct {
	informerPaths
	Groups []*informerGroup
}

func (d informerRoot) imports() []imp {
	out := d.common()
	for _, g := range d.Groups {
		out = append(out, imp{g.Alias, d.Informers + "/" + g.Package})
	}
	return out
}

// informerTree groups the kinds with informers by API group directory.
func informerTree(groups []*Group, paths informerPaths) (*informerRoot, error) {
	root := &informerRoot{informerPaths: paths}
	byDir := map[string]*informerGroup{}
	for _, g := range groups {
		v := newInformerVersion(g, paths)
		if len(v.Kinds) == 0 {
			continue
		}
		dir, _ := path.Split(g.Dir)
		dir = strings.TrimSuffix(dir, "/")
		ig := byDir[dir]
		goName := strings.TrimSuffix(g.accessor(), v.VersionGo)
		if ig == nil {
			ig = &informerGroup{informerPaths: paths, Package: sanitize(dir), Alias: sanitize(dir) + "informers", GoName: goName}
			byDir[dir] = ig
			root.Groups = append(root.Groups, ig)
		}
		if ig.GoName != goName {
			return nil, fmt.Errorf("%s: group Go name %s differs from %s of another version", g.ImportPath, goName, ig.GoName)
		}
		ig.Versions = append(ig.Versions, v)
	}
	sort.Slice(root.Groups, func(i, j int) bool { return root.Groups[i].GoName < root.Groups[j].GoName })
	for _, ig := range root.Groups {
		sort.Slice(ig.Versions, func(i, j int) bool { return ig.Versions[i].VersionGo < ig.Versions[j].VersionGo })
	}
	return root, nil
}

// newInformerVersion describes the informers of g.
func newInformerVersion(g *Group, paths informerPaths) *informerVersion {
	v := &informerVersion{
		informerPaths: paths, Package: sanitize(g.Version), GroupName: g.GroupName, Version: g.Version,
		Accessor: g.accessor(), VersionGo: upperFirst(g.Version),
		Types: alias(g.ImportPath), TypesPath: g.ImportPath,
		Listers: "listers" + alias(g.ImportPath), ListerPath: paths.Listers + "/" + g.Dir,
	}
	for _, k := range g.Kinds {
		if k.hasInformer() {
			v.Kinds = append(v.Kinds, informerKind{
				Kind: k.Name, Plural: k.plural(), TypeName: lowerFirst(k.Name) + "Informer",
				Namespaced: k.Namespaced, Resource: k.Resource,
			})
		}
	}
	return v
}

// renderInformers returns the informer packages of groups, keyed by path
// relative to the informers directory.
func renderInformers(groups []*Group, paths informerPaths) (map[string][]byte, error) {
	root, err := informerTree(groups, paths)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for name, tmpl := range map[string]string{
		"doc.go": "informersDoc", "factory.go": "informerFactory", "generic.go": "informerGeneric",
		"internalinterfaces/doc.go": "internalInterfacesDoc", "internalinterfaces/factory_interfaces.go": "internalInterfaces",
	} {
		if err := execute(files, name, tmpl, root); err != nil {
			return nil, err
		}
	}
	for _, ig := range root.Groups {
		if err := renderInformerGroup(files, ig); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// renderInformerGroup adds the files of one group's informer packages.
func renderInformerGroup(files map[string][]byte, ig *informerGroup) error {
	if err := execute(files, ig.Package+"/interface.go", "informerGroup", ig); err != nil {
		return err
	}
	if err := execute(files, ig.Package+"/doc.go", "informerGroupDoc", ig); err != nil {
		return err
	}
	for _, v := range ig.Versions {
		dir := ig.Package + "/" + v.Package
		if err := execute(files, dir+"/interface.go", "informerVersion", v); err != nil {
			return err
		}
		if err := execute(files, dir+"/doc.go", "informerVersionDoc", v); err != nil {
			return err
		}
		for _, k := range v.Kinds {
			kv := *v
			kv.Kind = k
			if err := execute(files, dir+"/"+strings.ToLower(k.Kind)+".go", "informerKind", kv); err != nil {
				return err
			}
		}
	}
	return nil
}
