package surface

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNormalizeSig(t *testing.T) {
	tests := []struct{ in, want string }{
		{"()", "()"},
		{"(label string) (value string, exists bool)", "(string) (string, bool)"},
		{"(Labels) bool", "(Labels) bool"},
		{"() (value string)", "() string"},
		{"(r ...Requirement) Selector", "(...Requirement) Selector"},
		{"(stopCh <-chan struct{}, f func(stopCh <-chan struct{}))", "(<-chan struct{}, func(<-chan struct{}))"},
		{"(fn func() (RESTMapper, error)) RESTMapper", "(func() (RESTMapper, error)) RESTMapper"},
		{"(obj interface{}) (any, error)", "(interface{}) (interface{}, error)"},
		{"(in chan int, out chan<- error) <-chan Color", "(chan int, chan<- error) <-chan Color"},
		{"(m map[string][]*apimachinery/runtime.Object) [4]byte", "(map[string][]*apimachinery/runtime.Object) [4]byte"},
		{"[T any](src []*T) []T", "[T interface{}]([]*T) []T"},
		{"[T objectWithMeta, C namedObject](opts ...Option[T]) *ClientWithApply[T, C]", "[T unexported, C unexported](...Option[T]) *ClientWithApply[T, C]"},
		{"(x interface{M(a int) bool; io.Reader}) struct{A int \"json:\\\"a\\\"\"}", "(interface{M(int) bool; io.Reader}) struct{A int \"json:\\\"a\\\"\"}"},
		{"(c chan (<-chan int)) func() func(x int) (y int)", "(chan (<-chan int)) func() func(int) int"},
		{"[T interface{~int | string}](v T)", "[T interface{~int | string}](T)"},
		{"(k gopkg.in/inf.v0.Dec, u net/url.Values) error", "(gopkg.in/inf.v0.Dec, net/url.Values) error"},
		{"(err error) (*strictDecodingError, bool)", "(error) (*unexported, bool)"},
		{"[T objectWithMeta, u any](x T, y u, z uint8) unstructuredConverter", "[T unexported, u interface{}](T, u, uint8) unexported"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := NormalizeSig(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNormalizeErrors(t *testing.T) {
	for _, in := range []string{"(", "(a int", "() (", "(map[string)", "(x int) error extra", "([3 int)"} {
		t.Run(in, func(t *testing.T) {
			got, err := NormalizeSig(in)
			assert.Error(t, err)
			assert.Equal(t, in, got, "the input comes back unchanged")
			assert.Equal(t, in, normSig(in), "normSig falls back to the raw string")
		})
	}
}

func TestNormalizeType(t *testing.T) {
	tests := []struct{ in, want string }{
		{"func(field string, value string) (newField string, newValue string, err error)", "func(string, string) (string, string, error)"},
		{"[]func(*Scheme) error", "[]func(*Scheme) error"},
		{"map[string]interface{}", "map[string]interface{}"},
		{"any", "interface{}"},
		{"*Client[T]", "*Client[T]"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := NormalizeType(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestNormalizeReferenceParses checks that the parser understands every
// type and signature of the reference files, when ../shared is present.
func TestNormalizeReferenceParses(t *testing.T) {
	mod, err := FindModule(".")
	require.NoError(t, err)
	for _, name := range []string{"api-surface.json", "client-surface.json"} {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(sharedDir(mod), "reference", name)
			if _, err := os.Stat(file); err != nil {
				t.Skipf("%s not found", file)
			}
			pkgs, err := LoadReference(file)
			require.NoError(t, err)
			for _, p := range pkgs {
				checkParses(t, p)
			}
		})
	}
}

func checkParses(t *testing.T, p Package) {
	t.Helper()
	check := func(what, s string, norm func(string) (string, error)) {
		if _, err := norm(s); err != nil {
			t.Errorf("%s %s: %v", p.Path, what, err)
		}
	}
	for _, ty := range p.Types {
		if ty.Underlying != "" {
			check(ty.Name, ty.Underlying, NormalizeType)
		}
		for _, f := range ty.Fields {
			check(ty.Name+"."+f.Name, f.Type, NormalizeType)
		}
		for _, m := range ty.Methods {
			check(ty.Name+"."+m.Name, m.Sig, NormalizeSig)
		}
	}
	for _, f := range p.Funcs {
		check(f.Name, f.Sig, NormalizeSig)
	}
	for _, c := range p.Consts {
		check(c.Name, c.Type, NormalizeType)
	}
}

// TestReferenceMatchesItself checks that comparing each reference package
// with itself finds no gap: normalization is consistent on real data.
func TestReferenceMatchesItself(t *testing.T) {
	mod, err := FindModule(".")
	require.NoError(t, err)
	file := filepath.Join(sharedDir(mod), "reference", "api-surface.json")
	if _, err := os.Stat(file); err != nil {
		t.Skipf("%s not found", file)
	}
	pkgs, err := LoadReference(file)
	require.NoError(t, err)
	for _, p := range pkgs {
		rep := Compare(p, &p)
		if rep.Matched() != rep.Total || len(rep.Gaps) > 0 {
			t.Errorf("%s compared with itself: %d/%d matched, first gaps %v", p.Path, rep.Matched(), rep.Total, rep.Gaps[:min(3, len(rep.Gaps))])
		}
	}
}
