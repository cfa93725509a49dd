package main

// listerTemplates are the lister packages.
const listerTemplates = `
{{define "listerDoc"}}` + header + `// Package {{.Package}} holds the listers of the {{if .GroupName}}{{.GroupName}}{{else}}core{{end}}/{{.Version}} API: one
// per kind, reading objects from a cache.Indexer through the generic
// engine in package listers.
package {{.Package}}
{{end}}

{{define "listerExpansion"}}` + header + `package {{.Package}}
{{range .Expansions}}
// {{.}} holds hand-written lister methods; none yet.
type {{.}} interface{}
{{end}}{{end}}

{{define "lister"}}` + header + `package {{.Package}}

// {{.Kind}}Lister lists {{.Kind}} objects from an indexer{{if .Namespaced}}; {{.Plural}} narrows
// it to one namespace{{end}}.
type {{.Kind}}Lister interface {
	// List returns the {{.Kind}} objects whose labels match selector.
	List(selector labels.Selector) (ret []*{{.Types}}.{{.Kind}}, err error)
{{- if .Namespaced}}
	// {{.Plural}} returns the lister of the {{.Kind}} objects in namespace.
	{{.Plural}}(namespace string) {{.Kind}}NamespaceLister
{{- else}}
	// Get returns the {{.Kind}} called name.
	Get(name string) (*{{.Types}}.{{.Kind}}, error)
{{- end}}
	{{.Kind}}ListerExpansion
}

// {{.TypeName}} is the {{.Kind}}Lister over the generic engine.
type {{.TypeName}} struct {
	listers.ResourceIndexer[*{{.Types}}.{{.Kind}}]
}

// New{{.Kind}}Lister returns the {{.Kind}}Lister of the objects in indexer.
func New{{.Kind}}Lister(indexer cache.Indexer) {{.Kind}}Lister {
	return &{{.TypeName}}{listers.New[*{{.Types}}.{{.Kind}}](indexer, schema.GroupResource{Group: "{{.GroupName}}", Resource: "{{.Singular}}"})}
}
{{- if .Namespaced}}

// {{.Plural}} returns the lister of the {{.Kind}} objects in namespace.
func (s *{{.TypeName}}) {{.Plural}}(namespace string) {{.Kind}}NamespaceLister {
	return {{.NSTypeName}}{listers.NewNamespaced(s.ResourceIndexer, namespace)}
}

// {{.Kind}}NamespaceLister lists and gets the {{.Kind}} objects of one namespace.
type {{.Kind}}NamespaceLister interface {
	// List returns the {{.Kind}} objects in the namespace whose labels match selector.
	List(selector labels.Selector) (ret []*{{.Types}}.{{.Kind}}, err error)
	// Get returns the {{.Kind}} called name in the namespace.
	Get(name string) (*{{.Types}}.{{.Kind}}, error)
	{{.Kind}}NamespaceListerExpansion
}

// {{.NSTypeName}} is the {{.Kind}}NamespaceLister over the generic engine.
type {{.NSTypeName}} struct {
	listers.ResourceIndexer[*{{.Types}}.{{.Kind}}]
}
{{- end}}
{{end}}
`
