package main

import "testing"

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
