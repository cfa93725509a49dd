package surface

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompareFixture(t *testing.T) {
	ref, err := LoadReference(filepath.Join("testdata", "fixture_ref.json"))
	require.NoError(t, err)
	require.Len(t, ref, 1)
	rep := Compare(ref[0], fixture(t))

	type gapKey struct {
		kind       GapKind
		what, name string
	}
	want := []gapKey{
		{Different, "type", "Names"},
		{Missing, "method", "Set.Delete"},
		{Missing, "method", "Lister.Close"},
		{Different, "field", "Outer.GroupVersion"},
		{Different, "field", "Outer.P"},
		{Different, "field", "Outer.S"},
		{Missing, "field", "Outer.Gone"},
		{Missing, "method", "Outer.Other"},
		{Different, "method", "Outer.Value"},
		{Missing, "type", "Vanished"},
		{Missing, "field", "Vanished.X"},
		{Missing, "method", "Vanished.String"},
		{Extra, "method", "Doer.Undo"},
		{Missing, "func", "Missing"},
		{Different, "func", "Variadic"},
		{Missing, "const", "Absent"},
		{Different, "const", "Big"},
		{Different, "const", "Blue"},
	}
	var got []gapKey
	for _, g := range rep.Gaps {
		assert.Equal(t, "internal/surface/testdata/fixture", g.Package)
		got = append(got, gapKey{g.Kind, g.What, g.Ident})
	}
	assert.Equal(t, want, got)
	assert.Equal(t, 38, rep.Total, "total: 8 types, 10 fields, 10 methods, 6 consts, 4 funcs")
	assert.Equal(t, 38-len(want)+1, rep.Matched(), "an extra interface method is a gap but not a reference item")
	assert.Positive(t, rep.Extra, "skiff's extra items (Inner, Alias, Neg, ...) are counted")
}

func TestCompareDetails(t *testing.T) {
	ref, err := LoadReference(filepath.Join("testdata", "fixture_ref.json"))
	require.NoError(t, err)
	details := map[string]string{}
	for _, g := range Compare(ref[0], fixture(t)).Gaps {
		details[g.Ident] = g.Detail
	}
	tests := []struct{ ident, want string }{
		{"Names", `kind: want "map", got "slice"`},
		{"Outer.P", `type: want "*int64", got "*int"`},
		{"Outer.S", `json tag: want "s,omitempty", got "s"`},
		{"Outer.GroupVersion", `type: want "apimachinery/runtime/schema.GroupVersion", got "*apimachinery/runtime/schema.GroupVersion"`},
		{"Outer.Value", "signature: want () int, got () string"},
		{"Variadic", "signature: want (string, ...string) string, got (format string, args ...interface{}) string"},
		{"Big", `type: want "int", got "untyped int"`},
		{"Blue", "value: want 2, got 1"},
		{"Missing", ""},
	}
	for _, tt := range tests {
		t.Run(tt.ident, func(t *testing.T) {
			got, ok := details[tt.ident]
			require.True(t, ok, "no gap for %s", tt.ident)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCompareAbsentPackage(t *testing.T) {
	ref := Package{Path: "p", Types: []Type{{Name: "T", Kind: "struct", Fields: []Field{{Name: "F", Type: "int"}}}},
		Funcs: []Func{{Name: "F", Sig: "()"}}, Consts: []Const{{Name: "C", Type: "int", Value: "1"}}}
	rep := Compare(ref, nil)
	assert.Equal(t, 4, rep.Total)
	assert.Equal(t, 0, rep.Matched())
	for _, g := range rep.Gaps {
		assert.Equal(t, Missing, g.Kind, g.String())
	}
}

func TestSameConstValue(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{`"x"`, `"x"`, true},
		{`"a\tb"`, "`a\tb`", true},
		{`"x"`, `"y"`, false},
		{"6/5", "1.2", true},
		{"1", "1.0", true},
		{"-3", "-3", true},
		{"-3", "3", false},
		{"1099511627776", "1099511627777", false},
		{"true", "true", true},
		{"true", "false", false},
		{`"1"`, "1", false},
		{"garbage", "other", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"="+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, SameConstValue(tt.a, tt.b))
		})
	}
}
