package main

// fakeTemplates are the fake group clients written with -fakes: each
// forwards to a real typed client over the in-memory API server.
const fakeTemplates = `
{{define "fakeDoc"}}` + header + `// Package fake holds {{.Fake}}, the {{.Interface}} of a fake clientset:
// the real typed client over an in-memory API server, recording every
// request on a testing.Fake and consulting its reactors first.
package fake
{{end}}

{{define "fakeGroupClient"}}` + header + `package fake

// {{.Fake}} is the {{.Interface}} of a fake clientset. Its methods use
// Client; when Client is nil, the first call sets it to a real client over
// a new in-memory API server whose requests are recorded on Fake.
type {{.Fake}} struct {
	*testing.Fake
	// Client is the real client the methods use.
	Client {{.Typed}}.{{.Interface}}

	once sync.Once
}

// client returns Client, building it on first use.
func (c *{{.Fake}}) client() {{.Typed}}.{{.Interface}} {
	c.once.Do(func() {
		if c.Client != nil {
			return
		}
		if c.Fake == nil {
			c.Fake = &testing.Fake{}
		}
		cfg := testing.NewInProcessConfig(c.Fake, scheme.Scheme)
		client, err := {{.Typed}}.NewForConfig(cfg)
		if err != nil {
			client = {{.Typed}}.New(nil)
		}
		c.Client = client
	})
	return c.Client
}

// RESTClient returns the REST client of Client.
func (c *{{.Fake}}) RESTClient() rest.Interface {
	return c.client().RESTClient()
}
{{range .Getters}}
// {{.Plural}} returns the client of {{.Kind}} objects{{if .Namespaced}} in namespace{{end}}.
func (c *{{$.Fake}}) {{.Plural}}({{if .Namespaced}}namespace string{{end}}) {{$.Typed}}.{{.Kind}}Interface {
	return c.client().{{.Plural}}({{if .Namespaced}}namespace{{end}})
}
{{end}}
{{- end}}
`

// fakeData is the template data of one fake group package.
type fakeData struct {
	groupData
	Fake      string
	Typed     string
	TypedPath string
}

// newFakeData returns the template data of g's fake package.
func newFakeData(g *Group, outPath string) fakeData {
	gd := newGroupData(g, options{OutPath: outPath}, nil)
	return fakeData{
		groupData: gd, Fake: "Fake" + g.accessor(),
		Typed: "typed" + alias(g.ImportPath), TypedPath: outPath + "/typed/" + g.Dir,
	}
}

func (d fakeData) imports() []imp {
	return []imp{
		{"sync", "sync"}, {"rest", restPath}, {"testing", modulePath + "/testing"},
		{"scheme", d.SchemePath}, {d.Typed, d.TypedPath},
	}
}

// renderFake adds the fake package of g.
func renderFake(files map[string][]byte, g *Group, opts options) error {
	dir := "typed/" + g.Dir + "/fake"
	fd := newFakeData(g, opts.OutPath)
	if err := execute(files, dir+"/doc.go", "fakeDoc", fd); err != nil {
		return err
	}
	return execute(files, dir+"/fake_"+sanitize(goGroup(g.GroupName))+"_client.go", "fakeGroupClient", fd)
}
