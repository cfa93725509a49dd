package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// update rewrites golden files and packages.txt instead of comparing.
var update = flag.Bool("update", false, "rewrite golden files and packages.txt")

// skiffRoot returns the root directory of the skiff repository.
func skiffRoot(t *testing.T) string {
	t.Helper()
	root, err := findModuleRoot(".")
	require.NoError(t, err)
	return root
}

// copyModule copies testdata/<name>/in into a temporary directory; files
// named *.go.txt become *.go (so the tree's own gofmt does not see them).
func copyModule(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join("testdata", name, "in")
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, strings.TrimSuffix(rel, ".txt"))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
	require.NoError(t, err)
	return dst
}

// runTool runs the tool in dir and returns the normalised report: stdout,
// stderr and the exit status, with the skiff path replaced by $SKIFF.
func runTool(t *testing.T, dir string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(dir, args, &stdout, &stderr)
	report := fmt.Sprintf("%s--- stderr\n%s--- exit %d\n", stdout.String(), stderr.String(), code)
	return strings.ReplaceAll(report, skiffRoot(t), "$SKIFF")
}

// checkGolden compares got with testdata/<name>/want/<file>, or writes it
// with -update.
func checkGolden(t *testing.T, name, file, got string) {
	t.Helper()
	path := filepath.Join("testdata", name, "want", file)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, string(want), got, "file %s differs from %s", file, path)
}

func TestMigrateModules(t *testing.T) {
	tests := []struct {
		name  string
		files []string
	}{
		{name: "clean", files: []string{"go.mod", "main.go", "pods/pods.go"}},
		{name: "unmapped", files: []string{"go.mod", "main.go", "pods/pods.go"}},
		{name: "broken", files: []string{"go.mod", "broken.go", "pods/pods.go"}},
	}
	root := skiffRoot(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyModule(t, tt.name)
			report := runTool(t, dir, "-offline", "-replace", root)
			checkGolden(t, tt.name, "report.txt", report)
			for _, f := range tt.files {
				data, err := os.ReadFile(filepath.Join(dir, f))
				require.NoError(t, err)
				got := strings.ReplaceAll(string(data), root, "$SKIFF")
				checkGolden(t, tt.name, f+".golden", got)
			}
		})
	}
}

func TestMigrateDryRunWritesNothing(t *testing.T) {
	dir := copyModule(t, "unmapped")
	before := snapshot(t, dir)
	report := runTool(t, dir, "-dry-run", "-offline", "-replace", skiffRoot(t))
	require.Contains(t, report, "dry run: nothing written")
	require.Contains(t, report, "--- exit 2")
	require.Equal(t, before, snapshot(t, dir))
}

// snapshot reads every file below dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		files[path] = string(data)
		return err
	})
	require.NoError(t, err)
	return files
}

func TestMigrateOfflineNeedsVersion(t *testing.T) {
	dir := copyModule(t, "clean")
	report := runTool(t, dir, "-offline")
	require.Contains(t, report, "-offline needs -skiff-version or -replace")
	require.Contains(t, report, "--- exit 1")
}

// TestMigratedModuleBuilds checks that the migrated clean module builds
// against this checkout, with the network off.
func TestMigratedModuleBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module")
	}
	root := skiffRoot(t)
	dir := copyModule(t, "clean")
	report := runTool(t, dir, "-offline", "-replace", root)
	require.Contains(t, report, "--- exit 0")
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off")
	tidy := exec.Command("go", "mod", "tidy")
	tidy.Dir, tidy.Env = dir, env
	if out, err := tidy.CombinedOutput(); err != nil {
		t.Skipf("go mod tidy cannot run offline here: %v\n%s", err, out)
	}
	build := exec.Command("go", "build", "./...")
	build.Dir, build.Env = dir, env
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build of the migrated module:\n%s", out)
}

// listPackages lists skiff's user-facing packages the way packages.txt holds
// them.
func listPackages(t *testing.T) string {
	t.Helper()
	out, err := goCmd(skiffRoot(t), "list", "-e", "./...")
	require.NoError(t, err)
	var b strings.Builder
	for _, p := range strings.Split(out, "\n") {
		rel, ok := strings.CutPrefix(p, skiffModule+"/")
		if !ok {
			continue
		}
		first, _, _ := strings.Cut(rel, "/")
		switch first {
		case "internal", "hack", "examples", "test", "bench":
			continue
		}
		b.WriteString(rel + "\n")
	}
	return b.String()
}

// TestPackagesListFresh checks that the embedded package list matches the
// repository; `go generate ./hack/migrate` rewrites it.
func TestPackagesListFresh(t *testing.T) {
	got := listPackages(t)
	if *update {
		require.NoError(t, os.WriteFile("packages.txt", []byte(got), 0o644))
		return
	}
	require.Equal(t, got, packagesTxt, "packages.txt is stale: run go generate ./hack/migrate")
}
