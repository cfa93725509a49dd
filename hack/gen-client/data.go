package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// groupData is the template data of a typed package's shared files.
type groupData struct {
	Package    string
	GroupName  string
	Version    string
	Client     string // e.g. "AppsV1Client"
	Interface  string // e.g. "AppsV1Interface"
	APIPath    string
	Types      string // alias of the API types package
	TypesPath  string
	SchemePath string
	// ClientScheme is options.ClientScheme.
	ClientScheme string
	Getters      []getter
	Expansions   []string // kinds without a hand-written expansion
}

// getter is one resource accessor of a group client.
type getter struct {
	Plural     string
	Kind       string
	Namespaced bool
}

func newGroupData(g *Group, opts options, handWritten map[string]expansion) groupData {
	outPath := opts.OutPath
	gd := groupData{
		Package:      sanitize(g.Version),
		GroupName:    g.GroupName,
		Version:      g.Version,
		Client:       g.clientName(),
		Interface:    g.accessor() + "Interface",
		APIPath:      "/apis",
		Types:        alias(g.ImportPath),
		TypesPath:    g.ImportPath,
		SchemePath:   outPath + "/scheme",
		ClientScheme: opts.ClientScheme,
	}
	if g.GroupName == "" {
		gd.APIPath = "/api"
	}
	for _, k := range g.Kinds {
		gd.Getters = append(gd.Getters, getter{Plural: k.plural(), Kind: k.Name, Namespaced: k.Namespaced})
		if _, ok := handWritten[k.Name+"Expansion"]; !ok {
			gd.Expansions = append(gd.Expansions, k.Name)
		}
	}
	return gd
}

func (d groupData) imports() []imp {
	return []imp{
		{"http", "net/http"}, {"rest", restPath}, {"gentype", gentypePath},
		{"scheme", d.SchemePath}, {"clientscheme", d.ClientScheme}, {d.Types, d.TypesPath},
	}
}

// Serializer is the expression of the group client's negotiated
// serializer.
func (d groupData) Serializer() string {
	if d.ClientScheme != "" {
		return "clientscheme.Codecs"
	}
	return "scheme.Codecs.WithoutConversion()"
}

// ParameterCodec is the expression of the clients' parameter codec.
func (d groupData) ParameterCodec() string {
	if d.ClientScheme != "" {
		return "clientscheme.ParameterCodec"
	}
	return "scheme.ParameterCodec"
}

// kindData is the template data of one kind's file.
type kindData struct {
	groupData
	Kind       string
	Plural     string
	TypeName   string // the unexported implementation, e.g. "deployments"
	Resource   string
	Namespaced bool
	List       bool
	Engine     string   // the embedded gentype client, e.g. "ClientWithList[*appsv1.Deployment, *appsv1.DeploymentList]"
	EngineCtor string   // its constructor, with type arguments when they cannot be inferred
	Signatures []string // interface methods
	Methods    []methodData
	extra      []imp
	inPath     string // import path of the API type packages
	// PrefersProtobuf is options.PrefersProtobuf.
	PrefersProtobuf bool
}

// methodData is one generated subresource method.
type methodData struct {
	Name, Verb, Subresource string
	Does                    string // the verb in the doc comment, e.g. "applies"
	Signature               string
	Helper                  string // gentype function
	NameParam, InputParam   string
	Options                 string
	Result                  string
}

func newKindData(g *Group, k *Kind, opts options, handWritten expansion) (kindData, error) {
	kd := kindData{
		groupData:  newGroupData(g, opts, nil),
		Kind:       k.Name,
		Plural:     k.plural(),
		TypeName:   lowerFirst(k.plural()),
		Resource:   k.Resource,
		Namespaced: k.Namespaced,
		inPath:     opts.InPath,

		PrefersProtobuf: opts.PrefersProtobuf,
	}
	for _, p := range handWritten.imports {
		if p != kd.TypesPath && kd.isAPIPackage(p) {
			// The hand-written methods use kinds of p: register them
			// with the client's own (see Ensure).
			kd.extra = append(kd.extra, imp{alias(p), p})
		}
	}
	kd.Signatures = verbSignatures(k, kd.Types)
	if err := kd.setEngine(k, opts); err != nil {
		return kd, err
	}
	for _, m := range k.Methods {
		if handWritten.methods[m.Name] || (m.Verb == "apply" && opts.ApplyPath == "") {
			continue // the expansion has it, or apply configurations are not configured
		}
		md, err := kd.method(k, m, opts)
		if err != nil {
			return kd, err
		}
		kd.Methods = append(kd.Methods, md)
		kd.Signatures = append(kd.Signatures, md.Signature)
	}
	sort.Strings(kd.Signatures)
	sort.Slice(kd.Methods, func(i, j int) bool { return kd.Methods[i].Name < kd.Methods[j].Name })
	return kd, nil
}

// Ensure lists the aliases of the API packages of other group versions
// whose kinds the client's methods encode or decode (a Scale, an
// Eviction), for the client scheme to register when the client is built;
// the group client's RESTClient registers the client's own. Empty without
// a client scheme.
func (d kindData) Ensure() []string {
	if d.ClientScheme == "" {
		return nil
	}
	var out []string
	seen := map[string]bool{d.Types: true}
	for _, e := range d.extra {
		if !seen[e.Alias] && d.isAPIPackage(e.Path) {
			seen[e.Alias] = true
			out = append(out, e.Alias)
		}
	}
	sort.Strings(out)
	return out
}

// isAPIPackage reports whether path is one of the input API type packages
// (not an apply configuration or apimachinery package).
func (d kindData) isAPIPackage(path string) bool {
	return d.inPath != "" && strings.HasPrefix(path, d.inPath+"/")
}

func (d kindData) imports() []imp {
	base := []imp{
		{"context", "context"}, {"metav1", modulePath + "/apimachinery/apis/meta/v1"},
		{"types", modulePath + "/apimachinery/types"}, {"watch", modulePath + "/apimachinery/watch"},
	}
	return append(append(base, d.groupData.imports()...), d.extra...)
}

// verbSignatures returns the interface methods of k's standard verbs.
func verbSignatures(k *Kind, types string) []string {
	obj := "*" + types + "." + k.Name
	param := lowerFirst(k.Name)
	sigs := map[string]string{
		"create":           fmt.Sprintf("Create(ctx context.Context, %s %s, opts metav1.CreateOptions) (%s, error)", param, obj, obj),
		"update":           fmt.Sprintf("Update(ctx context.Context, %s %s, opts metav1.UpdateOptions) (%s, error)", param, obj, obj),
		"delete":           "Delete(ctx context.Context, name string, opts metav1.DeleteOptions) error",
		"deletecollection": "DeleteCollection(ctx context.Context, opts metav1.DeleteOptions, listOpts metav1.ListOptions) error",
		"get":              fmt.Sprintf("Get(ctx context.Context, name string, opts metav1.GetOptions) (%s, error)", obj),
		"list":             fmt.Sprintf("List(ctx context.Context, opts metav1.ListOptions) (%sList, error)", obj),
		"watch":            "Watch(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error)",
		"patch":            fmt.Sprintf("Patch(ctx context.Context, name string, pt types.PatchType, data []byte, opts metav1.PatchOptions, subresources ...string) (result %s, err error)", obj),
	}
	var out []string
	for _, v := range standardVerbs {
		if k.Verbs[v] {
			out = append(out, sigs[v])
		}
	}
	if k.Verbs["update"] && k.Status {
		out = append(out, fmt.Sprintf("UpdateStatus(ctx context.Context, %s %s, opts metav1.UpdateOptions) (%s, error)", param, obj, obj))
	}
	return out
}

// method describes subresource method m of k.
func (d *kindData) method(k *Kind, m Method, opts options) (methodData, error) {
	result := d.typeRef(m.Result, k.Name)
	input := d.typeRef(m.Input, k.Name)
	_, inName := splitType(m.Input)
	if m.Input == "" {
		inName = k.Name
	}
	md := methodData{
		Name: m.Name, Verb: m.Verb, Subresource: m.Subresource,
		Does:       map[string]string{"get": "gets", "update": "updates", "create": "creates", "apply": "applies"}[m.Verb],
		NameParam:  lowerFirst(k.Name) + "Name",
		InputParam: lowerFirst(inName),
		Result:     result,
	}
	switch m.Verb {
	case "get":
		md.Helper, md.Options = "GetSubresource", "options"
		md.Signature = fmt.Sprintf("%s(ctx context.Context, %s string, options metav1.GetOptions) (*%s, error)", m.Name, md.NameParam, result)
	case "update", "create":
		md.Helper, md.Options = upperFirst(m.Verb)+"Subresource", "opts"
		md.Signature = fmt.Sprintf("%s(ctx context.Context, %s string, %s *%s, opts metav1.%sOptions) (*%s, error)",
			m.Name, md.NameParam, md.InputParam, input, upperFirst(m.Verb), result)
	case "apply":
		config, err := d.applyRef(m.Input, k.Name, opts)
		if err != nil {
			return md, fmt.Errorf("method %s: %w", m.Name, err)
		}
		md.Helper, md.Options = "ApplySubresource", "opts"
		md.Signature = fmt.Sprintf("%s(ctx context.Context, %s string, %s *%s, opts metav1.ApplyOptions) (*%s, error)",
			m.Name, md.NameParam, md.InputParam, config, result)
	default:
		return md, fmt.Errorf("method %s: verb %q is not supported", m.Name, m.Verb)
	}
	return md, nil
}

// typeRef returns the Go expression of a marker type, recording its
// import; "" means the kind itself.
func (d *kindData) typeRef(full, kind string) string {
	if full == "" {
		return d.Types + "." + kind
	}
	pkg, name := splitType(full)
	if pkg == "" || pkg == d.TypesPath {
		return d.Types + "." + name
	}
	a := alias(pkg)
	d.extra = append(d.extra, imp{a, pkg})
	return a + "." + name
}

// clientsetData is the template data of the clientset and scheme packages.
type clientsetData struct {
	Package      string
	SchemePath   string
	ClientScheme string // options.ClientScheme
	Groups       []clientsetGroup
}

// clientsetGroup is one group version of a clientset.
type clientsetGroup struct {
	Accessor, Field, Alias, TypedPath, TypesPath string
}

func (d clientsetData) imports() []imp {
	out := []imp{
		{"http", "net/http"}, {"rest", restPath}, {"gentype", gentypePath},
		{"discovery", modulePath + "/discovery"},
		{"metav1", modulePath + "/apimachinery/apis/meta/v1"},
		{"runtime", modulePath + "/apimachinery/runtime"},
		{"schema", modulePath + "/apimachinery/runtime/schema"},
		{"serializer", modulePath + "/apimachinery/runtime/serializer"},
		{"clientscheme", d.ClientScheme},
	}
	for _, g := range d.Groups {
		out = append(out, imp{"typed" + g.Alias, g.TypedPath}, imp{g.Alias, g.TypesPath})
	}
	return out
}

// handWrittenExpansions returns the <Kind>Expansion interfaces declared in
// the non-generated Go files of dir (which may not exist yet).
func handWrittenExpansions(dir string) (map[string]expansion, error) {
	out := map[string]expansion{}
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("parsing: %w", err)
		}
		if ast.IsGenerated(f) {
			continue
		}
		for _, decl := range f.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, s := range gd.Specs {
					ts := s.(*ast.TypeSpec)
					if strings.HasSuffix(ts.Name.Name, "Expansion") {
						out[ts.Name.Name] = expansion{methods: interfaceMethods(ts), imports: importPaths(f)}
					}
				}
			}
		}
	}
	return out, nil
}

// interfaceMethods returns the names of the methods ts declares when it
// is an interface type.
// expansion is one hand-written <Kind>Expansion interface: its methods
// and the import paths of the file that declares it (and, by convention,
// implements them).
type expansion struct {
	methods map[string]bool
	imports []string
}

// importPaths returns the import paths of f.
func importPaths(f *ast.File) []string {
	var out []string
	for _, is := range f.Imports {
		if p, err := strconv.Unquote(is.Path.Value); err == nil {
			out = append(out, p)
		}
	}
	return out
}

func interfaceMethods(ts *ast.TypeSpec) map[string]bool {
	out := map[string]bool{}
	if it, ok := ts.Type.(*ast.InterfaceType); ok {
		for _, f := range it.Methods.List {
			for _, n := range f.Names {
				out[n.Name] = true
			}
		}
	}
	return out
}
