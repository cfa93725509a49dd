package surface

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseOmission(t *testing.T) {
	tests := []struct {
		line    string
		want    *Omission
		wantErr string
	}{
		{line: "apimachinery/api/resource Quantity.AsDec -- gopkg.in/inf.v0 is not allowed",
			want: &Omission{PackageGlob: "apimachinery/api/resource", IdentGlob: "Quantity.AsDec", Reason: "gopkg.in/inf.v0 is not allowed"}},
		{line: "... *.XXX_* -- gogo plumbing", want: &Omission{PackageGlob: "...", IdentGlob: "*.XXX_*", Reason: "gogo plumbing"}},
		{line: "apimachinery/labels Parser", wantErr: "no \" -- <reason>\""},
		{line: "apimachinery/labels Parser -- ", wantErr: "no \" -- <reason>\""},
		{line: "apimachinery/labels -- reason", wantErr: "want \"<package-glob> <ident-glob>"},
		{line: "a b c -- reason", wantErr: "want \"<package-glob> <ident-glob>"},
		{line: "apimachinery/labels [Parser -- reason", wantErr: "bad glob"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, err := ParseOmission(tt.line)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestOmissionMatches(t *testing.T) {
	tests := []struct {
		pkgGlob, identGlob, pkg, ident string
		want                           bool
	}{
		{"apimachinery/labels", "Parser", "apimachinery/labels", "Parser", true},
		{"apimachinery/labels", "Parser", "apimachinery/fields", "Parser", false},
		{"apimachinery/labels", "Parser", "apimachinery/labels", "Parser.Parse", true},
		{"apimachinery/labels", "Parser", "apimachinery/labels", "ParserContext", false},
		{"apimachinery/*", "*.Marshal", "apimachinery/labels", "Set.Marshal", true},
		{"apimachinery/*", "*.Marshal", "apimachinery/apis/meta/v1", "Time.Marshal", false},
		{"...", "*.XXX_*", "apimachinery/apis/meta/v1", "Time.XXX_Size", true},
		{"...", "*.XXX_*", "api/core/v1", "Pod.XXX_Size", true},
		{"...", "*.XXX_*", "api/core/v1", "XXX_Size", false},
		{"api/...", "*.Reset", "api/core/v1", "Pod.Reset", true},
		{"api/...", "*.Reset", "api", "Pod.Reset", true},
		{"api/...", "*.Reset", "apimachinery/watch", "FakeWatcher.Reset", false},
	}
	for _, tt := range tests {
		t.Run(tt.pkgGlob+" "+tt.identGlob+" vs "+tt.pkg+"."+tt.ident, func(t *testing.T) {
			o := &Omission{PackageGlob: tt.pkgGlob, IdentGlob: tt.identGlob, Reason: "r"}
			assert.Equal(t, tt.want, o.Matches(tt.pkg, tt.ident))
		})
	}
}

func TestLoadOmissions(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("b.txt", "# comment\n\napimachinery/labels Parser -- internal parser state\n")
	write("a.txt", "... *.Size -- proto\n")
	write("ignored.md", "not an omission\n")
	got, err := LoadOmissions(dir)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "*.Size", got[0].IdentGlob, "files are read in name order")
	assert.Equal(t, 3, got[1].Line)
	assert.Contains(t, got[1].String(), "b.txt:3: apimachinery/labels Parser -- internal parser state")

	write("c.txt", "apimachinery/labels Lexer\n")
	_, err = LoadOmissions(dir)
	assert.ErrorContains(t, err, "c.txt:1")
}

func TestExcuseAndStale(t *testing.T) {
	list := Omissions{
		{PackageGlob: "...", IdentGlob: "*.Size", Reason: "proto"},
		{PackageGlob: "apimachinery/labels", IdentGlob: "Set.Size", Reason: "overlaps the global line"},
		{PackageGlob: "apimachinery/labels", IdentGlob: "Gone", Reason: "nothing is missing here"},
		{PackageGlob: "apimachinery/fields", IdentGlob: "Gone", Reason: "package not checked"},
	}
	gaps := []Gap{
		{Package: "apimachinery/labels", Ident: "Set.Size", Kind: Missing},
		{Package: "apimachinery/labels", Ident: "Selector", Kind: Different},
	}
	assert.Same(t, list[0], list.Excuse(gaps[0]), "the first matching omission excuses")
	assert.Nil(t, list.Excuse(gaps[1]))
	assert.Equal(t, 1, list[1].Used, "overlapping omissions count the use too")
	stale := list.Stale([]string{"apimachinery/labels"})
	require.Len(t, stale, 1)
	assert.Same(t, list[2], stale[0])
}

func TestUnknownOmissions(t *testing.T) {
	list := Omissions{
		{PackageGlob: "...", IdentGlob: "*.Size", Reason: "r"},
		{PackageGlob: "apimachinery/*", IdentGlob: "X", Reason: "r"},
		{PackageGlob: "apimachinery/label", IdentGlob: "Parser", Reason: "typo"},
	}
	ref := []Package{{Path: "apimachinery/labels"}}
	got := list.Unknown(ref)
	require.Len(t, got, 1)
	assert.Same(t, list[2], got[0])
}

// TestOmissionFilesParse keeps the checked-in omission files well formed,
// also when ../shared is absent and TestSurface skips.
func TestOmissionFilesParse(t *testing.T) {
	list, err := LoadOmissions(filepath.Join("testdata", "omissions"))
	require.NoError(t, err)
	assert.NotEmpty(t, list, "at least _global.txt")
}
