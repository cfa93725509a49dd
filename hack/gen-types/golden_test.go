package main

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const (
	tinyShared = "testdata/shared"
	tinyInput  = "testdata/input.json"
	goldenDir  = "testdata/golden"
	testModule = "github.com/skiff-k8s/skiff"
)

// TestRefreshGolden checks that -refresh trims the tiny reference
// material into exactly the committed tiny input.
func TestRefreshGolden(t *testing.T) {
	in, err := refresh(tinyShared)
	require.NoError(t, err)
	got, err := encodeInput(in)
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile(tinyInput, got, 0o644))
	}
	want, err := os.ReadFile(tinyInput)
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		t.Errorf("refresh of %s differs from %s (run go test -update):\ngot:\n%s", tinyShared, tinyInput, got)
	}
}

// TestGenerateGolden generates the tiny input and compares every file
// with testdata/golden/<group>/<version>/<file>.golden.
func TestGenerateGolden(t *testing.T) {
	in, err := readInput(tinyInput)
	require.NoError(t, err)
	out := t.TempDir()
	require.NoError(t, generate(in, testModule, out))
	got := readTree(t, out, "")
	if *update {
		require.NoError(t, os.RemoveAll(goldenDir))
		for name, data := range got {
			path := filepath.Join(goldenDir, name+".golden")
			require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
			require.NoError(t, os.WriteFile(path, data, 0o644))
		}
	}
	want := readTree(t, goldenDir, ".golden")
	require.Equal(t, sortedKeys(want), sortedKeys(got), "generated file set")
	for name := range want {
		t.Run(name, func(t *testing.T) {
			if !bytes.Equal(got[name], want[name]) {
				t.Errorf("%s differs from its golden file (run go test -update):\ngot:\n%s", name, got[name])
			}
		})
	}
}

// readTree reads every file under dir keyed by slash path without suffix.
func readTree(t *testing.T, dir, suffix string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		files[strings.TrimSuffix(filepath.ToSlash(rel), suffix)] = data
		return err
	})
	require.NoError(t, err)
	return files
}

// TestGenerateDeterministic generates the committed full input twice and
// requires identical bytes.
func TestGenerateDeterministic(t *testing.T) {
	for _, path := range []string{tinyInput, defaultData} {
		t.Run(path, func(t *testing.T) {
			in, err := readInput(path)
			require.NoError(t, err)
			first, second := t.TempDir(), t.TempDir()
			require.NoError(t, generate(in, testModule, first))
			in2, err := readInput(path)
			require.NoError(t, err)
			require.NoError(t, generate(in2, testModule, second))
			a, b := readTree(t, first, ""), readTree(t, second, "")
			require.Equal(t, sortedKeys(a), sortedKeys(b))
			for name := range a {
				if !bytes.Equal(a[name], b[name]) {
					t.Errorf("%s: two runs differ", name)
				}
			}
		})
	}
}

// TestGenerateKeepsHandWritten checks that regeneration removes stale
// generated files and leaves hand-written ones alone.
func TestGenerateKeepsHandWritten(t *testing.T) {
	in, err := readInput(tinyInput)
	require.NoError(t, err)
	out := t.TempDir()
	dir := filepath.Join(out, "example", "v1")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	hand := filepath.Join(dir, "helpers.go")
	stale := filepath.Join(dir, "zz_generated.old.go")
	require.NoError(t, os.WriteFile(hand, []byte("package v1\n"), 0o644))
	require.NoError(t, os.WriteFile(stale, []byte(header+"package v1\n"), 0o644))
	require.NoError(t, generate(in, testModule, out))
	_, err = os.Stat(hand)
	require.NoError(t, err, "hand-written file must stay")
	_, err = os.Stat(stale)
	require.True(t, os.IsNotExist(err), "stale generated file must go, got %v", err)
}

// TestDataIsFresh checks that the committed data file is what -refresh
// makes from ../shared; it skips when ../shared is absent.
func TestDataIsFresh(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "reference", "api-surface.json")); err != nil {
		t.Skip("reference material not present:", err)
	}
	in, err := refresh(shared)
	require.NoError(t, err)
	got, err := encodeInput(in)
	require.NoError(t, err)
	want, err := os.ReadFile(defaultData)
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go run . -refresh", defaultData)
	}
}

// TestRunErrors checks that bad invocations return errors.
func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"missing out", []string{"-data", tinyInput}},
		{"missing data", []string{"-data", "testdata/nope.json", "-out", t.TempDir()}},
		{"bad shared", []string{"-refresh", "-shared", "testdata/nope", "-data", filepath.Join(t.TempDir(), "x.json")}},
		{"bad flag", []string{"-nope"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := run(tt.args); err == nil {
				t.Errorf("run(%v) = nil, want an error", tt.args)
			}
		})
	}
}

// TestInputGzipRoundTrip writes and reads a gzipped data file.
func TestInputGzipRoundTrip(t *testing.T) {
	in, err := readInput(tinyInput)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "input.json.gz")
	require.NoError(t, writeInput(path, in))
	got, err := readInput(path)
	require.NoError(t, err)
	require.Equal(t, in, got)
	names := []string{}
	for _, p := range got.Packages {
		names = append(names, p.Path)
	}
	require.True(t, sort.StringsAreSorted(names), "packages sorted: %v", names)
}
