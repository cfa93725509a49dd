package main

import (
	"strings"
	"testing"
)

// listersGolden is the golden directory of the lister packages of
// testdata/input.
const listersGolden = "testdata/golden-listers"

// goldenListers renders the lister packages of testdata/input.
func goldenListers(t *testing.T) map[string][]byte {
	t.Helper()
	inPath, err := importPath("testdata/input")
	if err != nil {
		t.Fatalf("importPath: %v", err)
	}
	groups, err := loadGroups("testdata/input", inPath, goldenCases[0].markers)
	if err != nil {
		t.Fatalf("loadGroups: %v", err)
	}
	files, err := renderListers(groups, listersGolden)
	if err != nil {
		t.Fatalf("renderListers: %v", err)
	}
	return files
}

func TestGoldenListers(t *testing.T) {
	checkGolden(t, listersGolden, goldenListers(t))
}

func TestHasLister(t *testing.T) {
	cases := []struct {
		name  string
		verbs map[string]bool
		want  bool
	}{
		{"all verbs", map[string]bool{"get": true, "list": true, "watch": true, "create": true}, true},
		{"readonly", map[string]bool{"get": true, "list": true, "watch": true}, true},
		{"no verbs", map[string]bool{}, true},
		{"create only", map[string]bool{"create": true}, false},
		{"list without get", map[string]bool{"list": true, "watch": true}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := (&Kind{Verbs: tc.verbs}).hasLister(); got != tc.want {
				t.Errorf("hasLister() = %v, want %v", got, tc.want)
			}
		})
	}
}

// informersGolden is the golden directory of the informer packages of
// testdata/input, over the golden clientset and listers.
const informersGolden = "testdata/golden-informers"

func TestGoldenInformers(t *testing.T) {
	inPath, err := importPath("testdata/input")
	if err != nil {
		t.Fatalf("importPath: %v", err)
	}
	groups, err := loadGroups("testdata/input", inPath, goldenCases[0].markers)
	if err != nil {
		t.Fatalf("loadGroups: %v", err)
	}
	var paths informerPaths
	for _, p := range []struct {
		dir string
		to  *string
	}{{"testdata/golden", &paths.Clientset}, {listersGolden, &paths.Listers}, {informersGolden, &paths.Informers}} {
		if *p.to, err = importPath(p.dir); err != nil {
			t.Fatalf("importPath: %v", err)
		}
	}
	files, err := renderInformers(groups, paths)
	if err != nil {
		t.Fatalf("renderInformers: %v", err)
	}
	checkGolden(t, informersGolden, files)
}

func TestRunInformersNeedListers(t *testing.T) {
	err := run([]string{"-input", "testdata/input", "-output", t.TempDir(), "-informers", t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "-informers needs -listers") {
		t.Errorf("run without -listers = %v, want the -informers needs -listers error", err)
	}
}

func TestClientGroups(t *testing.T) {
	client, listerOnly := &Kind{Name: "Widget"}, &Kind{Name: "Review", NoClient: true}
	groups := []*Group{
		{Dir: "mixed/v1", Kinds: []*Kind{client, listerOnly}},
		{Dir: "listeronly/v1", Kinds: []*Kind{listerOnly}},
	}
	got := clientGroups(groups)
	if len(got) != 1 || got[0].Dir != "mixed/v1" || len(got[0].Kinds) != 1 || got[0].Kinds[0] != client {
		t.Errorf("clientGroups = %+v, want only mixed/v1 with Widget", got)
	}
	if len(groups[0].Kinds) != 2 {
		t.Errorf("clientGroups changed its input: %d kinds in mixed/v1, want 2", len(groups[0].Kinds))
	}
	k, err := parseKind("Review", []string{"+genclient", "+genclient:noVerbs", "+genclient:noClient"})
	if err != nil || !k.NoClient || !k.hasLister() || k.hasInformer() {
		t.Errorf("parseKind(+genclient:noClient) = %+v, %v; want NoClient, a lister and no informer", k, err)
	}
}
