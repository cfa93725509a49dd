package main

// informerTemplates are the informer packages: the factory, the internal
// interfaces, one package per group and one per group version.
const informerTemplates = informerRootTemplates + `
{{define "informerGroupDoc"}}` + header + `// Package {{.Package}} gives the informers of the {{.GoName}} API group, one
// package per version.
package {{.Package}}
{{end}}

{{define "informerGroup"}}` + header + `package {{.Package}}

// Interface gives the informers of each version of the {{.GoName}} group.
type Interface interface {
{{- range .Versions}}
	// {{.VersionGo}} returns the informers of {{.Version}}.
	{{.VersionGo}}() {{.Package}}.Interface
{{- end}}
}

// group is the Interface of a factory.
type group struct {
	factory          internalinterfaces.SharedInformerFactory
	namespace        string
	tweakListOptions internalinterfaces.TweakListOptionsFunc
}

// New returns the informers of the {{.GoName}} group of f, limited to
// namespace ("" for all) with List and Watch options adjusted by
// tweakListOptions (may be nil).
func New(f internalinterfaces.SharedInformerFactory, namespace string, tweakListOptions internalinterfaces.TweakListOptionsFunc) Interface {
	return &group{factory: f, namespace: namespace, tweakListOptions: tweakListOptions}
}
{{range .Versions}}
// {{.VersionGo}} returns the informers of {{.Version}}.
func (g *group) {{.VersionGo}}() {{.Package}}.Interface {
	return {{.Package}}.New(g.factory, g.namespace, g.tweakListOptions)
}
{{end}}{{end}}

{{define "informerVersionDoc"}}` + header + `// Package {{.Package}} holds the informers of the {{if .GroupName}}{{.GroupName}}{{else}}core{{end}}/{{.Version}} API:
// one per kind, over the generic engine in package gentype/informer.
package {{.Package}}
{{end}}

{{define "informerVersion"}}` + header + `package {{.Package}}

// Interface gives the informer of each kind of {{if .GroupName}}{{.GroupName}}{{else}}core{{end}}/{{.Version}}.
type Interface interface {
{{- range .Kinds}}
	// {{.Plural}} returns the {{.Kind}}Informer.
	{{.Plural}}() {{.Kind}}Informer
{{- end}}
}

// version is the Interface of a factory.
type version struct {
	factory          internalinterfaces.SharedInformerFactory
	namespace        string
	tweakListOptions internalinterfaces.TweakListOptionsFunc
}

// New returns the informers of {{if .GroupName}}{{.GroupName}}{{else}}core{{end}}/{{.Version}} of f, limited to
// namespace ("" for all) with List and Watch options adjusted by
// tweakListOptions (may be nil).
func New(f internalinterfaces.SharedInformerFactory, namespace string, tweakListOptions internalinterfaces.TweakListOptionsFunc) Interface {
	return &version{factory: f, namespace: namespace, tweakListOptions: tweakListOptions}
}
{{range .Kinds}}
// {{.Plural}} returns the {{.Kind}}Informer.
func (v *version) {{.Plural}}() {{.Kind}}Informer {
	return &{{.TypeName}}{factory: v.factory, namespace: v.namespace, tweakListOptions: v.tweakListOptions}
}
{{end}}{{end}}

{{define "informerKind"}}` + header + `package {{.Package}}
{{with .Kind}}
// {{.Kind}}Informer gives the shared informer of {{.Kind}} objects and a
// lister over its cache.
type {{.Kind}}Informer interface {
	Informer() cache.SharedIndexInformer
	Lister() {{$.Listers}}.{{.Kind}}Lister
}

// {{.TypeName}} is the {{.Kind}}Informer of a factory.
type {{.TypeName}} struct {
	factory          internalinterfaces.SharedInformerFactory
	namespace        string
	tweakListOptions internalinterfaces.TweakListOptionsFunc
}

// New{{.Kind}}Informer returns a new informer of {{.Kind}} objects{{if .Namespaced}} in
// namespace ("" for all){{end}}, outside any factory; prefer a factory's
// shared one.
func New{{.Kind}}Informer(client clientset.Interface{{if .Namespaced}}, namespace string{{end}}, resyncPeriod time.Duration, indexers cache.Indexers) cache.SharedIndexInformer {
	return NewFiltered{{.Kind}}Informer(client{{if .Namespaced}}, namespace{{end}}, resyncPeriod, indexers, nil)
}

// NewFiltered{{.Kind}}Informer is New{{.Kind}}Informer with List and Watch
// options adjusted by tweakListOptions (may be nil).
func NewFiltered{{.Kind}}Informer(client clientset.Interface{{if .Namespaced}}, namespace string{{end}}, resyncPeriod time.Duration, indexers cache.Indexers, tweakListOptions internalinterfaces.TweakListOptionsFunc) cache.SharedIndexInformer {
	return informer.New[*{{$.Types}}.{{.Kind}}List](client.{{$.Accessor}}().{{.Plural}}({{if .Namespaced}}namespace{{end}}), &{{$.Types}}.{{.Kind}}{}, resyncPeriod, indexers, tweakListOptions)
}

// defaultInformer builds the factory's informer, indexed by namespace.
func (f *{{.TypeName}}) defaultInformer(client clientset.Interface, resyncPeriod time.Duration) cache.SharedIndexInformer {
	return NewFiltered{{.Kind}}Informer(client{{if .Namespaced}}, f.namespace{{end}}, resyncPeriod, cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc}, f.tweakListOptions)
}

// Informer returns the factory's shared informer of {{.Kind}} objects.
func (f *{{.TypeName}}) Informer() cache.SharedIndexInformer {
	return f.factory.InformerFor(&{{$.Types}}.{{.Kind}}{}, f.defaultInformer)
}

// Lister returns a lister over the cache of Informer.
func (f *{{.TypeName}}) Lister() {{$.Listers}}.{{.Kind}}Lister {
	return {{$.Listers}}.New{{.Kind}}Lister(f.Informer().GetIndexer())
}
{{end}}{{end}}
`

// informerRootTemplates are the factory and internal interface packages.
const informerRootTemplates = `
{{define "informersDoc"}}` + header + `// Package informers holds the SharedInformerFactory: one shared informer
// per kind, over the generic engine in package gentype/informer, reached
// through one accessor per API group (and ForResource by
// GroupVersionResource).
package informers
{{end}}

{{define "internalInterfacesDoc"}}` + header + `// Package internalinterfaces holds the types the informer packages share
// with their factory.
package internalinterfaces
{{end}}

{{define "internalInterfaces"}}` + header + `package internalinterfaces

// NewInformerFunc builds the informer of one kind from a clientset and a
// resync period.
type NewInformerFunc func(clientset.Interface, time.Duration) cache.SharedIndexInformer

// SharedInformerFactory is the part of the factory the group and version
// packages use.
type SharedInformerFactory interface {
	Start(stopCh <-chan struct{})
	InformerFor(obj runtime.Object, newFunc NewInformerFunc) cache.SharedIndexInformer
}

// TweakListOptionsFunc adjusts the options of an informer's List and Watch
// calls.
type TweakListOptionsFunc func(*metav1.ListOptions)
{{end}}

{{define "informerFactory"}}` + header + `package informers

// SharedInformerOption configures a factory built by
// NewSharedInformerFactoryWithOptions.
type SharedInformerOption func(*sharedInformerFactory) *sharedInformerFactory

// sharedInformerFactory is the SharedInformerFactory over the generic engine.
type sharedInformerFactory struct {
	*informer.Factory[clientset.Interface]
}

// WithCustomResyncConfig sets the resync period of the informers of the
// Go types of the keys of resyncConfig.
func WithCustomResyncConfig(resyncConfig map[metav1.Object]time.Duration) SharedInformerOption {
	return func(f *sharedInformerFactory) *sharedInformerFactory {
		f.SetCustomResync(resyncConfig)
		return f
	}
}

// WithTweakListOptions adjusts the options of every List and Watch of the
// factory's informers.
func WithTweakListOptions(tweakListOptions internalinterfaces.TweakListOptionsFunc) SharedInformerOption {
	return func(f *sharedInformerFactory) *sharedInformerFactory {
		f.SetTweakListOptions(tweakListOptions)
		return f
	}
}

// WithNamespace limits the factory's informers to namespace.
func WithNamespace(namespace string) SharedInformerOption {
	return func(f *sharedInformerFactory) *sharedInformerFactory {
		f.SetNamespace(namespace)
		return f
	}
}

// WithTransform gives every informer of the factory transform.
func WithTransform(transform cache.TransformFunc) SharedInformerOption {
	return func(f *sharedInformerFactory) *sharedInformerFactory {
		f.SetTransform(transform)
		return f
	}
}

// NewSharedInformerFactory returns a factory of informers over client, in
// every namespace, resyncing every defaultResync.
func NewSharedInformerFactory(client clientset.Interface, defaultResync time.Duration) SharedInformerFactory {
	return NewSharedInformerFactoryWithOptions(client, defaultResync)
}

// NewFilteredSharedInformerFactory returns a factory of informers over
// client limited to namespace, with List and Watch options adjusted by
// tweakListOptions (may be nil).
func NewFilteredSharedInformerFactory(client clientset.Interface, defaultResync time.Duration, namespace string, tweakListOptions internalinterfaces.TweakListOptionsFunc) SharedInformerFactory {
	return NewSharedInformerFactoryWithOptions(client, defaultResync, WithNamespace(namespace), WithTweakListOptions(tweakListOptions))
}

// NewSharedInformerFactoryWithOptions returns a factory of informers over
// client configured by options.
func NewSharedInformerFactoryWithOptions(client clientset.Interface, defaultResync time.Duration, options ...SharedInformerOption) SharedInformerFactory {
	return informer.ApplyOptions(&sharedInformerFactory{informer.NewFactory(client, defaultResync)}, options)
}

// InformerFor returns the factory's informer of obj's Go type, building
// it with newFunc the first time.
func (f *sharedInformerFactory) InformerFor(obj runtime.Object, newFunc internalinterfaces.NewInformerFunc) cache.SharedIndexInformer {
	return f.Factory.InformerFor(obj, newFunc)
}

// SharedInformerFactory gives one shared informer per kind: informers are
// built on first use through the group accessors, Start runs those not
// running, WaitForCacheSync waits for their caches and Shutdown for their
// ends.
type SharedInformerFactory interface {
	internalinterfaces.SharedInformerFactory

	// Start runs every informer not started yet until stopCh closes; after
	// Shutdown it does nothing.
	Start(stopCh <-chan struct{})
	// Shutdown makes later Starts do nothing and waits until the started
	// informers have stopped; close their stop channel first.
	Shutdown()
	// WaitForCacheSync waits for the caches of the started informers and
	// reports per Go type whether each synced before stopCh closed.
	WaitForCacheSync(stopCh <-chan struct{}) map[reflect.Type]bool
	// ForResource returns the informer of a resource by its
	// GroupVersionResource.
	ForResource(resource schema.GroupVersionResource) (GenericInformer, error)
	// InformerFor returns the informer of obj's Go type, building it with
	// newFunc the first time.
	InformerFor(obj runtime.Object, newFunc internalinterfaces.NewInformerFunc) cache.SharedIndexInformer
{{range .Groups}}
	// {{.GoName}} returns the informers of the {{.GoName}} group.
	{{.GoName}}() {{.Alias}}.Interface
{{- end}}
}
{{range .Groups}}
// {{.GoName}} returns the informers of the {{.GoName}} group.
func (f *sharedInformerFactory) {{.GoName}}() {{.Alias}}.Interface {
	return {{.Alias}}.New(f, f.Namespace(), f.TweakListOptions())
}
{{end}}{{end}}

{{define "informerGeneric"}}` + header + `package informers

// GenericInformer gives the shared informer of a resource and a lister
// over its cache that returns untyped objects.
type GenericInformer interface {
	Informer() cache.SharedIndexInformer
	Lister() cache.GenericLister
}

// ForResource returns the GenericInformer of resource; a resource the
// factory has no informer of is an error.
func (f *sharedInformerFactory) ForResource(resource schema.GroupVersionResource) (GenericInformer, error) {
	return informer.ForResource(f, resourceInformers, resource)
}

// resourceInformers maps each resource with an informer to its accessor.
var resourceInformers = map[schema.GroupVersionResource]func(*sharedInformerFactory) cache.SharedIndexInformer{
{{- range $g := .Groups}}{{range $v := .Versions}}{{range .Kinds}}
	{Group: "{{$v.GroupName}}", Version: "{{$v.Version}}", Resource: "{{.Resource}}"}: func(f *sharedInformerFactory) cache.SharedIndexInformer {
		return f.{{$g.GoName}}().{{$v.VersionGo}}().{{.Plural}}().Informer()
	},
{{- end}}{{end}}{{end}}
}
{{end}}
`
