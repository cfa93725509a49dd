package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExpandPatterns(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{
		"go.mod", "a.go", "sub/b.go", "sub/deep/c.go", "testdata/x.go", "vendor/v/v.go",
		".hidden/h.go", "_skip/s.go", "nested/go.mod", "nested/n.go", "sub/notgo.txt",
	} {
		p := filepath.Join(dir, f)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("package p\n"), 0o644))
	}
	tests := []struct {
		patterns []string
		want     []string
		wantErr  string
	}{
		{patterns: []string{dir + "/..."}, want: []string{"a.go", "sub/b.go", "sub/deep/c.go"}},
		{patterns: []string{dir + "/sub"}, want: []string{"sub/b.go"}},
		{patterns: []string{dir + "/sub/...", dir + "/sub"}, want: []string{"sub/b.go", "sub/deep/c.go"}},
		{patterns: []string{dir + "/nested"}, want: []string{"nested/n.go"}},
		{patterns: []string{dir + "/testdata/nothing"}, wantErr: "no such file"},
		{patterns: []string{dir + "/_skip/..."}, want: []string{"_skip/s.go"}},
		{patterns: []string{dir + "/vendor"}, wantErr: "matched no Go files"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.patterns, ","), func(t *testing.T) {
			files, err := expandPatterns(tt.patterns)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			var got []string
			for _, f := range files {
				rel, err := filepath.Rel(dir, f)
				require.NoError(t, err)
				got = append(got, filepath.ToSlash(rel))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMigrateSubdirectoryPattern(t *testing.T) {
	dir := copyModule(t, "clean")
	report := runTool(t, dir, "-offline", "-skiff-version", "v0.1.0", "pods")
	require.Contains(t, report, "--- exit 0")
	assert.NotContains(t, report, "main.go", "only pods/ was asked for")
	main, err := os.ReadFile(filepath.Join(dir, "main.go"))
	require.NoError(t, err)
	assert.Contains(t, string(main), `"k8s.io/client-go/kubernetes"`)
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	require.NoError(t, err)
	assert.Contains(t, string(mod), "github.com/skiff-k8s/skiff v0.1.0")
	assert.Contains(t, string(mod), "k8s.io/client-go v0.34.4", "main.go still imports client-go")
	assert.NotContains(t, string(mod), "k8s.io/api v0.34.4", "nothing imports k8s.io/api any more")
	assert.NotContains(t, string(mod), "replace")
}

func TestMigrateDirFlag(t *testing.T) {
	dir := copyModule(t, "clean")
	report := runTool(t, t.TempDir(), "-C", dir, "-offline", "-skiff-version", "v0.1.0", "./...")
	require.Contains(t, report, "--- exit 0")
	require.Contains(t, report, "main.go:")
	require.Contains(t, report, "\tdrop k8s.io/client-go\n")
	main, err := os.ReadFile(filepath.Join(dir, "main.go"))
	require.NoError(t, err)
	assert.Contains(t, string(main), `"github.com/skiff-k8s/skiff/kubernetes"`)
}
