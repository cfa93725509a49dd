package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// migration is one run of the tool over a module.
type migration struct {
	wd     string
	opts   *options
	out    io.Writer
	offers offered

	root        string
	parseErrors int
	unmapped    int
	// imports maps every Go file processed to its imports after the rewrite.
	imports map[string][]string
}

// run rewrites the files, then go.mod.
func (m *migration) run() error {
	root, err := findModuleRoot(m.wd)
	if err != nil {
		return err
	}
	m.root = root
	m.imports = map[string][]string{}
	var patterns []string
	for _, p := range m.opts.patterns {
		if !filepath.IsAbs(p) {
			p = filepath.Join(m.wd, p)
		}
		patterns = append(patterns, p)
	}
	files, err := expandPatterns(patterns)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := m.file(f); err != nil {
			return err
		}
	}
	return m.goMod()
}

// rel names a file relative to the module root for the report.
func (m *migration) rel(path string) string {
	if r, err := filepath.Rel(m.root, path); err == nil {
		return filepath.ToSlash(r)
	}
	return path
}

// file rewrites and reports one file.
func (m *migration) file(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	res, err := rewriteFile(m.rel(path), src, m.offers)
	if err != nil {
		m.parseErrors++
		fmt.Fprintf(m.out, "%s: skipped: %v\n", m.rel(path), err)
		return nil
	}
	m.imports[path] = res.Imports
	if len(res.Changes) == 0 && len(res.Unmapped) == 0 {
		return nil
	}
	fmt.Fprintf(m.out, "%s:\n", m.rel(path))
	for _, c := range res.Changes {
		fmt.Fprintf(m.out, "\t%d: %s -> %s\n", c.Line, c.Old, c.New)
	}
	for _, u := range res.Unmapped {
		m.unmapped++
		fmt.Fprintf(m.out, "\t%d: %s: not offered by skiff, left unchanged\n", u.Line, u.Path)
	}
	if res.NotFormatted {
		fmt.Fprintf(m.out, "\tfile was not gofmt-formatted: import order left as it was\n")
	}
	if res.Out == nil || m.opts.dryRun {
		return nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("stat %s: %w", path, err)
	}
	if err := os.WriteFile(path, res.Out, info.Mode().Perm()); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// stillImported returns the reference modules some Go file of the module
// still imports. Files outside the rewritten set are parsed for imports; an
// unparsable file keeps every module, to stay on the safe side.
func (m *migration) stillImported() (map[string]bool, error) {
	files, err := walkGoFiles(m.root)
	if err != nil {
		return nil, err
	}
	used := map[string]bool{}
	for _, f := range files {
		imps, ok := m.imports[f]
		if !ok {
			src, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("read %s: %w", f, err)
			}
			res, err := rewriteFile(f, src, offered{})
			if err != nil {
				for _, mod := range referenceModules {
					used[mod] = true
				}
				continue
			}
			imps = res.Imports
		}
		for _, p := range imps {
			if mod := referenceModule(p); mod != "" {
				used[mod] = true
			}
		}
	}
	return used, nil
}

// modRequires lists the module paths go.mod requires.
func (m *migration) modRequires() (map[string]bool, error) {
	out, err := goCmd(m.root, "mod", "edit", "-json")
	if err != nil {
		return nil, err
	}
	var mod struct{ Require []struct{ Path string } }
	if err := json.Unmarshal([]byte(out), &mod); err != nil {
		return nil, fmt.Errorf("read go.mod of %s: %w", m.root, err)
	}
	req := map[string]bool{}
	for _, r := range mod.Require {
		req[r.Path] = true
	}
	return req, nil
}

// goMod requires skiff and drops the reference modules nothing imports.
func (m *migration) goMod() error {
	used, err := m.stillImported()
	if err != nil {
		return err
	}
	req, err := m.modRequires()
	if err != nil {
		return err
	}
	var drop []string
	for _, mod := range referenceModules {
		if req[mod] && !used[mod] {
			drop = append(drop, mod)
		}
	}
	version, err := resolveVersion(m.root, m.opts)
	if err != nil {
		return err
	}
	replace, err := absReplace(m.opts.replace)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.out, "go.mod:\n\trequire %s %s\n", skiffModule, version)
	if replace != "" {
		fmt.Fprintf(m.out, "\treplace %s => %s\n", skiffModule, replace)
	}
	for _, d := range drop {
		fmt.Fprintf(m.out, "\tdrop %s\n", d)
	}
	if m.opts.dryRun {
		fmt.Fprintln(m.out, "dry run: nothing written")
		return nil
	}
	if _, err := goCmd(m.root, goModEditArgs(version, replace, drop)...); err != nil {
		return fmt.Errorf("update go.mod: %w", err)
	}
	fmt.Fprintln(m.out, "next: run `go mod tidy`, then `go build ./...`")
	return nil
}
