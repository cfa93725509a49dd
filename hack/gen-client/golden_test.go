package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the generator's output")

// goldenCase is one golden generation: input, options and the output
// directory, which also holds hand-written expansions like a real one.
type goldenCase struct {
	input, golden, apply string
	markers              map[string][]string
}

var goldenCases = []goldenCase{
	{input: "testdata/input", golden: "testdata/golden", markers: map[string][]string{
		"widgets/v1alpha1.Gadget": {"+genclient:method=GetScale,verb=get,subresource=scale,result=github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale"},
	}},
	{input: "testdata/input-apply", golden: "testdata/golden-apply",
		apply: "github.com/skiff-k8s/skiff/hack/gen-client/testdata/applyconfigurations"},
}

// goldenFiles renders one golden case into file contents keyed by path.
func goldenFiles(t *testing.T, gc goldenCase) map[string][]byte {
	t.Helper()
	groups, inPath := loadGolden(t, gc)
	outPath, err := importPath(gc.golden)
	if err != nil {
		t.Fatalf("importPath: %v", err)
	}
	files, err := render(groups, options{OutPath: outPath, OutDir: gc.golden, InPath: inPath, ApplyPath: gc.apply})
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return files
}

func TestGolden(t *testing.T) {
	for _, gc := range goldenCases {
		t.Run(gc.golden, func(t *testing.T) { checkGolden(t, gc.golden, goldenFiles(t, gc)) })
	}
}

// checkGolden compares files with the golden directory dir.
func checkGolden(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	if *update {
		if err := writeFiles(dir, files); err != nil {
			t.Fatal(err)
		}
	}
	var onDisk []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err == nil && bytes.HasPrefix(data, []byte(header)) {
			rel, _ := filepath.Rel(dir, p)
			onDisk = append(onDisk, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatalf("reading golden files: %v", err)
	}
	var generated []string
	for name := range files {
		generated = append(generated, name)
	}
	sort.Strings(generated)
	sort.Strings(onDisk)
	if got, want := generated, onDisk; !equalStrings(got, want) {
		t.Fatalf("generated files = %v, golden files = %v (run go test -run TestGolden -update)", got, want)
	}
	for _, name := range generated {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(files[name], want) {
				t.Errorf("%s differs from testdata/golden (run go test -run TestGolden -update):\n%s", name, files[name])
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	first, second := goldenFiles(t, goldenCases[0]), goldenFiles(t, goldenCases[0])
	for name, data := range first {
		if !bytes.Equal(data, second[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGoldenCompiles builds the golden output together with its
// hand-written expansions.
func TestGoldenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	out, err := exec.Command("go", "build", "./testdata/golden/...", "./testdata/golden-apply/...", "./testdata/golden-listers/...", "./testdata/golden-informers/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go build of the golden output: %v\n%s", err, out)
	}
}
