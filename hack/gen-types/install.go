package main

import (
	"bytes"
	"fmt"
	"go/format"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

// installTemplate is the package that registers every generated
// group/version into one scheme, for the in-memory API server and the
// tests that need every built-in kind.
var installTemplate = template.Must(template.New("install").Parse(header + `// Package apiinstall registers the kinds of every generated
// api/<group>/<version> package — all the built-in kinds a v1.34 API server
// serves — into a scheme.
package apiinstall

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
{{range .}}
	{{.Alias}} "{{.Import}}"
{{- end}}
)

// builder holds the AddToScheme function of every package.
var builder = runtime.NewSchemeBuilder(
{{- range .}}
	{{.Alias}}.AddToScheme,
{{- end}}
)

// AddToScheme registers the kinds of every api/<group>/<version> package.
var AddToScheme = builder.AddToScheme
`))

// installEntry is one imported package of the install file.
type installEntry struct {
	Alias, Import string
}

// generateInstall writes the apiinstall package into dir.
func generateInstall(in *Input, module, dir string) error {
	entries := make([]installEntry, 0, len(in.Packages))
	for _, p := range in.Packages {
		rel := strings.TrimPrefix(p.Path, "api/")
		entries = append(entries, installEntry{
			Alias:  strings.ReplaceAll(rel, "/", ""),
			Import: path.Join(module, p.Path),
		})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Import < entries[j].Import })
	var buf bytes.Buffer
	if err := installTemplate.Execute(&buf, entries); err != nil {
		return fmt.Errorf("apiinstall: %w", err)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return fmt.Errorf("apiinstall: formatting: %w", err)
	}
	return writePackage(filepath.Clean(dir), map[string][]byte{"zz_generated.install.go": src})
}
