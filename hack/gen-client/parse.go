package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// loadGroups parses every package below dir and returns those with
// +genclient kinds, sorted by directory.
func loadGroups(dir, importPath string, extra map[string][]string) ([]*Group, error) {
	var groups []*Group
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || p == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		g, err := loadGroup(p, rel, path.Join(importPath, rel), extra)
		if err != nil {
			return err
		}
		if g != nil {
			groups = append(groups, g)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	return groups, nil
}

// loadGroup parses the package in dir; nil when it has no +genclient kind.
func loadGroup(dir, rel, importPath string, extra map[string][]string) (*Group, error) {
	files, err := parseDir(dir)
	if err != nil {
		return nil, err
	}
	g := &Group{Dir: rel, ImportPath: importPath, Version: path.Base(rel)}
	groupName, haveGroup := "", false
	for _, f := range files {
		if name, ok := packageGroupName(f); ok {
			groupName, haveGroup = name, true
		}
		if goName, ok := packageMarker(f, "+groupGoName="); ok {
			if !identPattern.MatchString(goName) {
				return nil, fmt.Errorf("%s: +groupGoName=%s is not an exported Go name", dir, goName)
			}
			g.GoName = goName
		}
		kinds, err := fileKinds(f, rel, extra)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		g.Kinds = append(g.Kinds, kinds...)
	}
	if len(g.Kinds) == 0 {
		return nil, nil
	}
	if !haveGroup {
		return nil, fmt.Errorf("%s: no GroupName constant or +groupName marker", dir)
	}
	if strings.Count(rel, "/") != 1 {
		return nil, fmt.Errorf("%s: client packages must be at <group>/<version> below -input", dir)
	}
	g.GroupName = groupName
	if err := checkLists(g.Kinds, files); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	sort.Slice(g.Kinds, func(i, j int) bool { return g.Kinds[i].Name < g.Kinds[j].Name })
	return g, nil
}

// parseDir parses the non-test Go files of dir, sorted by name.
func parseDir(dir string) ([]*ast.File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("parsing: %w", err)
		}
		files = append(files, f)
	}
	return files, nil
}

// packageGroupName finds the group of a file: its GroupName constant, or
// a +groupName= marker in the package comment.
func packageGroupName(f *ast.File) (string, bool) {
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if n.Name != "GroupName" || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, err := strconv.Unquote(lit.Value)
					return v, err == nil
				}
			}
		}
	}
	return packageMarker(f, "+groupName=")
}

// packageMarker returns the value of a marker in the package comment of f.
func packageMarker(f *ast.File, prefix string) (string, bool) {
	for _, line := range commentLines(f.Doc) {
		if v, ok := strings.CutPrefix(line, prefix); ok {
			return v, true
		}
	}
	return "", false
}

// fileKinds returns the +genclient kinds declared in f.
func fileKinds(f *ast.File, rel string, extra map[string][]string) ([]*Kind, error) {
	var kinds []*Kind
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			doc := ts.Doc
			if doc == nil && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
			lines := append(commentLines(doc), extra[rel+"."+ts.Name.Name]...)
			k, err := parseKind(ts.Name.Name, lines)
			if err != nil {
				return nil, fmt.Errorf("type %s: %w", ts.Name.Name, err)
			}
			if k != nil {
				kinds = append(kinds, k)
			}
		}
	}
	return kinds, nil
}

// commentLines returns the text of each line of a comment group.
func commentLines(cg *ast.CommentGroup) []string {
	if cg == nil {
		return nil
	}
	var out []string
	for _, c := range cg.List {
		text := strings.TrimPrefix(strings.TrimPrefix(c.Text, "//"), "/*")
		for _, line := range strings.Split(strings.TrimSuffix(text, "*/"), "\n") {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// checkLists makes sure every kind with list or deletecollection has its
// <Kind>List type, which the generated client decodes lists into.
func checkLists(kinds []*Kind, files []*ast.File) error {
	declared := map[string]bool{}
	for _, f := range files {
		for name, obj := range f.Scope.Objects {
			if obj.Kind == ast.Typ {
				declared[name] = true
			}
		}
	}
	for _, k := range kinds {
		if (k.Verbs["list"] || k.Verbs["deletecollection"]) && !declared[k.Name+"List"] {
			return fmt.Errorf("kind %s lists but the package declares no %sList type", k.Name, k.Name)
		}
	}
	return nil
}
