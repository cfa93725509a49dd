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

// goldenFiles renders testdata/input into file contents keyed by path,
// with hand-written expansions read from testdata/handwritten.
func goldenFiles(t *testing.T) map[string][]byte {
	t.Helper()
	inPath, err := importPath("testdata/input")
	if err != nil {
		t.Fatalf("importPath: %v", err)
	}
	groups, err := loadGroups("testdata/input", inPath, map[string][]string{
		"widgets/v1alpha1.Gadget": {"+genclient:method=GetScale,verb=get,subresource=scale,result=github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale"},
	})
	if err != nil {
		t.Fatalf("loadGroups: %v", err)
	}
	outPath, err := importPath("testdata/golden")
	if err != nil {
		t.Fatalf("importPath: %v", err)
	}
	files, err := render(groups, outPath, "testdata/handwritten")
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	return files
}

func TestGolden(t *testing.T) {
	files := goldenFiles(t)
	if *update {
		if err := os.RemoveAll("testdata/golden"); err != nil {
			t.Fatal(err)
		}
		if err := writeFiles("testdata/golden", files); err != nil {
			t.Fatal(err)
		}
	}
	var onDisk []string
	err := filepath.WalkDir("testdata/golden", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel("testdata/golden", p)
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
			want, err := os.ReadFile(filepath.Join("testdata/golden", name))
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
	first, second := goldenFiles(t), goldenFiles(t)
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

// TestGoldenCompiles builds the golden output together with the
// hand-written expansion the generator was told about.
func TestGoldenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	typed := "testdata/golden/typed/widgets/v1alpha1"
	expansion := "testdata/handwritten/typed/widgets/v1alpha1/widget_expansion.go"
	data, err := os.ReadFile(expansion)
	if err != nil {
		t.Fatal(err)
	}
	copied := filepath.Join(typed, "widget_expansion.go")
	writeFile(t, copied, string(data))
	t.Cleanup(func() { _ = os.Remove(copied) })
	out, err := exec.Command("go", "build", "./testdata/golden/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go build of the golden output: %v\n%s", err, out)
	}
}
