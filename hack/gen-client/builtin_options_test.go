package main

import (
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
	inPath, err := importPath(gc.input)
	if err != nil {
		t.Fatal(err)
	}
	groups, err := loadGroups(gc.input, inPath, gc.markers)
	if err != nil {
		t.Fatal(err)
	}
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
