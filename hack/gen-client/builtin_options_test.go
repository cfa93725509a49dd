package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuiltInOptions renders the golden input with -client-scheme and
// -prefers-protobuf, the options of skiff's built-in clientset, and checks
// that the typed clients use the growing client scheme (the group client's
// RESTClient registers its group version, the scheme package hands its
// full scheme over) and prefer protobuf.
func TestBuiltInOptions(t *testing.T) {
	const cs = "github.com/skiff-k8s/skiff/internal/clientscheme"
	gc := goldenCases[0]
	groups, inPath := loadGolden(t, gc)
	outPath, err := importPath(gc.golden)
	if err != nil {
		t.Fatal(err)
	}
	files, err := render(groups, options{OutPath: outPath, OutDir: gc.golden, InPath: inPath, ClientScheme: cs, PrefersProtobuf: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file      string
		want, not []string
	}{
		{
			file: "typed/widgets/v1alpha1/gadget.go",
			want: []string{
				`"` + cs + `"`,
				"c.RESTClient(), clientscheme.ParameterCodec,",
				"gentype.PrefersProtobuf[*widgetsv1alpha1.Gadget](),",
			},
			// autoscaling/v1 is not an input package: its kinds come from
			// elsewhere, so the client does not register it.
			not: []string{" scheme.ParameterCodec,", "clientscheme.Ensure(", "/scheme\""},
		},
		{
			file: "typed/widgets/v1alpha1/widgets_client.go",
			// RESTClient, which every resource client calls, registers
			// the group version.
			want: []string{"NegotiatedSerializer: clientscheme.Codecs,",
				"clientscheme.Ensure(widgetsv1alpha1.SchemeGroupVersion, widgetsv1alpha1.AddToScheme)\n\treturn c.restClient"},
			not: []string{"scheme.Codecs.WithoutConversion()"},
		},
		{
			file: "scheme/register.go",
			want: []string{"clientscheme.Use(Scheme, Codecs, ParameterCodec)"},
		},
	} {
		got, ok := files[tc.file]
		if !ok {
			t.Errorf("%s not generated", tc.file)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(string(got), w) {
				t.Errorf("%s lacks %q", tc.file, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(string(got), n) {
				t.Errorf("%s has %q", tc.file, n)
			}
		}
	}
	// Without the options nothing refers to a client scheme or prefers
	// protobuf.
	plain := goldenFiles(t, gc)
	for name, data := range plain {
		for _, s := range []string{"clientscheme", "PrefersProtobuf"} {
			if strings.Contains(string(data), s) {
				t.Errorf("%s refers to %s without the options", name, s)
			}
		}
	}
}

// TestBuiltInOptionsExpansionImports checks that a resource client whose
// hand-written expansion file uses the kinds of another input API package
// (as core/v1's pod expansion posts policy Evictions) registers that
// package when the client is built.
func TestBuiltInOptionsExpansionImports(t *testing.T) {
	gc := goldenCases[0]
	groups, inPath := loadGolden(t, gc)
	out := t.TempDir()
	dir := filepath.Join(out, "typed", "widgets", "v1alpha1")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	other := inPath + "/notclient/v1"
	src := "package v1alpha1\n\nimport (\n\t\"context\"\n\n\tnotclientv1 \"" + other + "\"\n)\n\n" +
		"// WidgetExpansion is hand-written.\ntype WidgetExpansion interface {\n\tPing(ctx context.Context, o *notclientv1.Thing) error\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "widget_expansion.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := render(groups, options{OutPath: "example.com/out", OutDir: out, InPath: inPath,
		ClientScheme: "github.com/skiff-k8s/skiff/internal/clientscheme"})
	if err != nil {
		t.Fatal(err)
	}
	widget := string(files["typed/widgets/v1alpha1/widget.go"])
	want := "clientscheme.Ensure(notclientv1.SchemeGroupVersion, notclientv1.AddToScheme)"
	if !strings.Contains(widget, want) || !strings.Contains(widget, `"`+other+`"`) {
		t.Errorf("widget.go lacks %q or its import:\n%s", want, widget)
	}
	if gadget := string(files["typed/widgets/v1alpha1/gadget.go"]); strings.Contains(gadget, "notclientv1") {
		t.Errorf("gadget.go, whose expansion uses no other package, registers notclient/v1")
	}
}

// loadGolden loads the input groups of gc and returns them with the
// input's import path.
func loadGolden(t *testing.T, gc goldenCase) ([]*Group, string) {
	t.Helper()
	inPath, err := importPath(gc.input)
	if err != nil {
		t.Fatal(err)
	}
	groups, err := loadGroups(gc.input, inPath, gc.markers)
	if err != nil {
		t.Fatal(err)
	}
	return groups, inPath
}
