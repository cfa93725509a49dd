package main

// clientsetTemplates are the clientset and scheme packages.
const clientsetTemplates = `
{{define "clientsetDoc"}}` + header + `// Package {{.Package}} holds the Clientset: one typed client per API
// group version, sharing one HTTP client and one rate limiter.
package {{.Package}}
{{end}}

{{define "clientset"}}` + header + `package {{.Package}}

// Interface is the clientset: one accessor per API group version.
type Interface interface {
	Discovery() discovery.DiscoveryInterface
{{- range .Groups}}
	{{.Accessor}}() typed{{.Alias}}.{{.Accessor}}Interface
{{- end}}
}

// Clientset holds the client of every API group version.
type Clientset struct {
	*discovery.DiscoveryClient
{{- range .Groups}}
	{{.Field}} *typed{{.Alias}}.{{.Accessor}}Client
{{- end}}
}

// Discovery returns the discovery client of the clientset; nil for a nil
// clientset.
func (c *Clientset) Discovery() discovery.DiscoveryInterface {
	if c == nil {
		return nil
	}
	return c.DiscoveryClient
}
{{range .Groups}}
// {{.Accessor}} returns the {{.Accessor}}Client.
func (c *Clientset) {{.Accessor}}() typed{{.Alias}}.{{.Accessor}}Interface {
	return c.{{.Field}}
}
{{end}}
// NewForConfig returns the Clientset of c: one HTTP client and one rate
// limiter shared by every group.
func NewForConfig(c *rest.Config) (*Clientset, error) {
	return gentype.NewClientsetForConfig(c, newClientset)
}

// NewForConfigAndClient returns the Clientset of c sending through
// httpClient. Without c.RateLimiter, QPS > 0 needs Burst > 0.
func NewForConfigAndClient(c *rest.Config, httpClient *http.Client) (*Clientset, error) {
	return gentype.NewClientsetForConfigAndClient(c, httpClient, newClientset)
}

// NewForConfigOrDie is NewForConfig; it panics when c is invalid.
func NewForConfigOrDie(c *rest.Config) *Clientset {
	return gentype.Must(NewForConfig(c))
}

// New returns the Clientset whose groups all send through c.
func New(c rest.Interface) *Clientset {
	return gentype.NewClientset(c, newClientset)
}

// newClientset returns an empty Clientset and the table of its groups.
func newClientset() (*Clientset, []gentype.ClientsetGroup) {
	cs := &Clientset{}
	return cs, []gentype.ClientsetGroup{
		gentype.Group(&cs.DiscoveryClient, discovery.NewDiscoveryClientForConfigAndClient, discovery.NewDiscoveryClient),
{{- range .Groups}}
		gentype.Group(&cs.{{.Field}}, typed{{.Alias}}.NewForConfigAndClient, typed{{.Alias}}.New),
{{- end}}
	}
}
{{end}}

{{define "schemeDoc"}}` + header + `// Package scheme holds Scheme, the runtime.Scheme with every kind of the
// clientset's group versions, and the Codecs and ParameterCodec made from
// it. The scheme is filled as the package initializes, from the table in
// register.go; a registration error, which would mean conflicting kinds in
// the API packages, is kept for RegistrationError instead of panicking.
{{- if .ClientScheme}}
//
// Importing this package links every kind into the program. The typed
// clients do not import it: they register the group versions they use as
// they are used (a group's REST client its own, a resource client the
// others its methods need), so a program that never imports
// scheme links only those kinds. Once this package is linked, its
// initialization hands Scheme, Codecs and ParameterCodec to the typed
// clients, which then decode and encode through them (kinds added to
// Scheme included), as the reference's do.
{{- end}}
package scheme
{{end}}

{{define "scheme"}}` + header + `package scheme

// Scheme holds every kind of the clientset's group versions.
var Scheme = runtime.NewScheme()

// registrationErr is what registering the kinds into Scheme returned.
var registrationErr = register(Scheme)

// Codecs encodes and decodes the kinds of Scheme.
var Codecs = serializer.NewCodecFactory(Scheme)

// ParameterCodec encodes option structs as query parameters.
var ParameterCodec = runtime.NewParameterCodec(Scheme)

// localSchemeBuilder is the table of every group version's AddToScheme.
var localSchemeBuilder = runtime.SchemeBuilder{
{{- range .Groups}}
	{{.Alias}}.AddToScheme,
{{- end}}
}

// AddToScheme adds every kind of the clientset's group versions to a
// scheme.
var AddToScheme = localSchemeBuilder.AddToScheme

// register adds the unversioned meta kinds and every group version to s.
func register(s *runtime.Scheme) error {
	metav1.AddToGroupVersion(s, schema.GroupVersion{Version: "v1"})
	return AddToScheme(s)
}

// RegistrationError returns the error registering the kinds into Scheme;
// nil unless two API packages declare conflicting kinds.
func RegistrationError() error {
	return registrationErr
}
{{- if .ClientScheme}}

// init makes the typed clients, which otherwise register group versions
// as they are built (package clientscheme), use Scheme, Codecs and
// ParameterCodec, as they do in a program that links this package.
func init() {
	clientscheme.Use(Scheme, Codecs, ParameterCodec)
}
{{- end}}
{{end}}
`
