package surface

import (
	"strings"
	"testing"
)

// FuzzNormalizeSig checks that the signature parser never panics, returns
// its input unchanged on error, and is idempotent on success.
func FuzzNormalizeSig(f *testing.F) {
	for _, seed := range []string{
		"()", "(label string) (value string, exists bool)", "(Labels) bool",
		"(r ...Requirement) Selector", "(stopCh <-chan struct{}, f func(stopCh <-chan struct{}))",
		"[T any](src []*T) []T", "(c chan (<-chan int)) func() func(x int) (y int)",
		"(x interface{M(a int) bool; io.Reader}) struct{A int \"json:\\\"a\\\"\"}",
		"(m map[string][]*apimachinery/runtime.Object) [4]byte", "untyped float", "(", "([3 int)",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := NormalizeSig(in)
		if err != nil {
			if got != in {
				t.Fatalf("NormalizeSig(%q) failed but returned %q, want the input", in, got)
			}
			return
		}
		again, err := NormalizeSig(got)
		if err != nil {
			t.Fatalf("NormalizeSig(%q) = %q, which does not parse again: %v", in, got, err)
		}
		if again != got {
			t.Fatalf("NormalizeSig not idempotent: %q -> %q -> %q", in, got, again)
		}
	})
}

// FuzzParseOmission checks that omission lines never panic the parser and
// that an accepted line always has both globs and a reason.
func FuzzParseOmission(f *testing.F) {
	for _, seed := range []string{
		"apimachinery/api/resource Quantity.AsDec -- no inf.v0",
		"... *.XXX_* -- gogo", "a b", "a [ -- r", "a b c -- r", " -- ", "a b -- ",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		o, err := ParseOmission(line)
		if err != nil {
			return
		}
		if o.PackageGlob == "" || o.IdentGlob == "" || strings.TrimSpace(o.Reason) == "" {
			t.Fatalf("ParseOmission(%q) = %+v: accepted an incomplete omission", line, o)
		}
		_ = o.Matches("apimachinery/labels", "Set.Has")
	})
}
