package main

import "text/template"

// templates are the generated files; the Go code computes everything they
// print, so they hold no logic beyond ranges over prepared lists.
var templates = template.Must(template.New("gen-client").Parse(`{{define "doc"}}` + header + `// Package {{.Package}} holds the typed clients of the {{if .GroupName}}{{.GroupName}}{{else}}core{{end}}/{{.Version}} API:
// {{.Client}} and one client per resource, all over the generic engine
// in package gentype.
package {{.Package}}
{{end}}

{{define "groupClient"}}` + header + `package {{.Package}}

// {{.Interface}} is the client of the {{if .GroupName}}{{.GroupName}}{{else}}core{{end}}/{{.Version}} API: its REST client
// and one getter per resource.
type {{.Interface}} interface {
	RESTClient() rest.Interface
{{- range .Getters}}
	{{.Plural}}Getter
{{- end}}
}

// {{.Client}} is the {{.Interface}} of a REST client.
type {{.Client}} struct {
	restClient rest.Interface
}
{{range .Getters}}
// {{.Plural}} returns the client of {{.Kind}} objects{{if .Namespaced}} in namespace ("" for all namespaces){{end}}.
func (c *{{$.Client}}) {{.Plural}}({{if .Namespaced}}namespace string{{end}}) {{.Kind}}Interface {
	return new{{.Plural}}(c{{if .Namespaced}}, namespace{{end}})
}
{{end}}
// groupConfig describes the {{.Client}}'s group version.
var groupConfig = gentype.GroupConfig{
	GroupVersion:         {{.Types}}.SchemeGroupVersion,
	APIPath:              "{{.APIPath}}",
	NegotiatedSerializer: {{.Serializer}},
}

// NewForConfig returns a {{.Client}} for c with its own HTTP client.
func NewForConfig(c *rest.Config) (*{{.Client}}, error) {
	return gentype.NewGroupForConfig(c, groupConfig, New)
}

// NewForConfigAndClient returns a {{.Client}} for c sending through h.
func NewForConfigAndClient(c *rest.Config, h *http.Client) (*{{.Client}}, error) {
	return gentype.NewGroupForConfigAndClient(c, h, groupConfig, New)
}

// NewForConfigOrDie is NewForConfig; it panics when c is invalid.
func NewForConfigOrDie(c *rest.Config) *{{.Client}} {
	return gentype.Must(NewForConfig(c))
}

// New returns a {{.Client}} sending through c.
func New(c rest.Interface) *{{.Client}} {
	return &{{.Client}}{restClient: c}
}

// RESTClient returns the REST client the group client sends through; nil
// for a nil client.{{if .ClientScheme}} The kinds of the group version are registered
// for it to decode.{{end}}
func (c *{{.Client}}) RESTClient() rest.Interface {
	if c == nil {
		return nil
	}
{{- if .ClientScheme}}
	clientscheme.Ensure({{.Types}}.SchemeGroupVersion, {{.Types}}.AddToScheme)
{{- end}}
	return c.restClient
}
{{end}}

{{define "expansion"}}` + header + `package {{.Package}}
{{range .Expansions}}
// {{.}}Expansion holds hand-written methods of {{.}}Interface; none yet.
type {{.}}Expansion interface{}
{{end}}{{end}}

{{define "kind"}}` + header + `package {{.Package}}

// {{.Plural}}Getter returns the client of {{.Kind}} objects.
type {{.Plural}}Getter interface {
	{{.Plural}}({{if .Namespaced}}namespace string{{end}}) {{.Kind}}Interface
}

// {{.Kind}}Interface works with {{.Kind}} objects ({{.Resource}}).
type {{.Kind}}Interface interface {
{{- range .Signatures}}
	{{.}}
{{- end}}
	{{.Kind}}Expansion
}

// {{.TypeName}} is the {{.Kind}}Interface over the generic engine.
type {{.TypeName}} struct {
	*gentype.{{.Engine}}
}

// new{{.Plural}} returns the {{.Kind}} client of c{{if .Namespaced}} in namespace{{end}}.
func new{{.Plural}}(c *{{.Client}}{{if .Namespaced}}, namespace string{{end}}) *{{.TypeName}} {
{{- range .Ensure}}
	clientscheme.Ensure({{.}}.SchemeGroupVersion, {{.}}.AddToScheme)
{{- end}}
	return &{{.TypeName}}{gentype.{{.EngineCtor}}(
		"{{.Resource}}", c.RESTClient(), {{.ParameterCodec}}, {{if .Namespaced}}namespace{{else}}""{{end}},
		func() *{{.Types}}.{{.Kind}} { return &{{.Types}}.{{.Kind}}{} },
		{{- if .List}}
		func() *{{.Types}}.{{.Kind}}List { return &{{.Types}}.{{.Kind}}List{} },
		{{- end}}
		{{- if .PrefersProtobuf}}
		gentype.PrefersProtobuf[*{{.Types}}.{{.Kind}}](),
		{{- end}}
	)}
}
{{range .Methods}}
// {{.Name}} {{.Does}} the {{.Subresource}} subresource of the {{$.Kind}} called {{.NameParam}}.
func (c *{{$.TypeName}}) {{.Signature}} {
	return gentype.{{.Helper}}(ctx, c.Client, {{.NameParam}}, "{{.Subresource}}", {{if ne .Verb "get"}}{{.InputParam}}, {{end}}{{.Options}}, &{{.Result}}{})
}
{{end}}{{end}}
` + clientsetTemplates + fakeTemplates + listerTemplates + informerTemplates))
