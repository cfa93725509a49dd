package fields

import (
	"errors"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSelectorString(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", ""},
		{",", ""},
		{"=", ""},
		{"x=a", "x=a"},
		{"x==a", "x=a"},
		{"x!=a", "x!=a"},
		{"y=b,x=a", "x=a,y=b"},
		{"x=a,,y=b", "x=a,y=b"},
		{"x=", "x="},
		{"=a", "=a"},
		{"metadata.name=web-1,status.phase!=Running", "metadata.name=web-1,status.phase!=Running"},
		{`x=a\,b`, `x=a\,b`},
		{`x=a\=b`, `x=a\=b`},
		{`x=a\\b`, `x=a\\b`},
		{`x\,y=z`, `x\,y=z`},
		{"a==x,a=b", "a=b,a=x"},
		{"x!=", "x!="},
		{`x=a||y\=b`, `x=a||y\=b`},
		{`x=a\=\=b`, `x=a\=\=b`},
		{"x=a,y=b,z=c", "x=a,y=b,z=c"},
		{"함=수,목=록", "목=록,함=수"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			sel, err := ParseSelector(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, sel.String())
			again, err := ParseSelector(sel.String())
			require.NoError(t, err, "String() must re-parse")
			assert.Equal(t, tt.want, again.String(), "round trip")
		})
	}
}

func TestParseSelectorErrors(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string
		wantAs  any
	}{
		{"x", "can't understand 'x'", nil},
		{"a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'", nil},
		{"x!a", "can't understand 'x!a'", nil},
		{`x=a\b`, `invalid escape sequence: \b`, &InvalidEscapeSequence{}},
		{`x=a\`, `invalid escape sequence: \`, &InvalidEscapeSequence{}},
		{"x=a=b", "unescaped character in value: =", &UnescapedRune{}},
		{"x=a!=b", "unescaped character in value: =", &UnescapedRune{}},
		{"x==a=b", "term 'x==a=b'", &UnescapedRune{}},
		{"x in (a)", "can't understand 'x in (a)'", nil},
		{"x=a||y=b", "unescaped character", &UnescapedRune{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseSelector(tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			switch target := tt.wantAs.(type) {
			case *InvalidEscapeSequence:
				assert.True(t, errors.As(err, target), "errors.As InvalidEscapeSequence")
			case *UnescapedRune:
				assert.True(t, errors.As(err, target), "errors.As UnescapedRune")
			}
		})
	}
}

func TestParseSelectorOrDie(t *testing.T) {
	assert.Equal(t, "a=b", ParseSelectorOrDie("a=b").String())
	assert.Panics(t, func() { ParseSelectorOrDie("nonsense") })
}

func TestSelectorMatches(t *testing.T) {
	tests := []struct {
		sel    string
		fields Set
		want   bool
	}{
		{"", Set{"a": "b"}, true},
		{"x=y", Set{"x": "y"}, true},
		{"x==y", Set{"x": "y"}, true},
		{"x=y", Set{"x": "z"}, false},
		{"x=y", Set{}, false},
		{"x=", Set{}, true},
		{"x!=y", Set{"x": "z"}, true},
		{"x!=y", Set{}, true},
		{"x!=y", Set{"x": "y"}, false},
		{"x=y,z=w", Set{"x": "y", "z": "w"}, true},
		{"x=y,z=w", Set{"x": "y", "z": "v"}, false},
		{`x=a\,b`, Set{"x": "a,b"}, true},
		{`x=a\=b\\`, Set{"x": `a=b\`}, true},
	}
	for _, tt := range tests {
		t.Run(tt.sel+"/"+tt.fields.String(), func(t *testing.T) {
			sel, err := ParseSelector(tt.sel)
			require.NoError(t, err)
			if got := sel.Matches(tt.fields); got != tt.want {
				t.Errorf("ParseSelector(%q).Matches(%v) = %v, want %v", tt.sel, tt.fields, got, tt.want)
			}
		})
	}
}

func TestRequiresExactMatch(t *testing.T) {
	tests := []struct {
		sel       Selector
		field     string
		wantValue string
		wantFound bool
	}{
		{OneTermEqualSelector("a", "b"), "a", "b", true},
		{OneTermEqualSelector("a", "b"), "c", "", false},
		{OneTermNotEqualSelector("a", "b"), "a", "", false},
		{AndSelectors(OneTermNotEqualSelector("x", "1"), OneTermEqualSelector("a", "b")), "a", "b", true},
		{Everything(), "a", "", false},
		{Nothing(), "a", "", false},
		{ParseSelectorOrDie("a==b"), "a", "b", true},
	}
	for _, tt := range tests {
		t.Run(tt.sel.String()+"/"+tt.field, func(t *testing.T) {
			v, found := tt.sel.RequiresExactMatch(tt.field)
			assert.Equal(t, tt.wantValue, v)
			assert.Equal(t, tt.wantFound, found)
		})
	}
}

func TestRequirements(t *testing.T) {
	sel := ParseSelectorOrDie("b!=2,a=1")
	assert.Equal(t, Requirements{
		{Operator: selection.Equals, Field: "a", Value: "1"},
		{Operator: selection.NotEquals, Field: "b", Value: "2"},
	}, sel.Requirements())
	assert.Nil(t, Nothing().Requirements())
	assert.Empty(t, Everything().Requirements())
}

func TestEverythingNothingEmpty(t *testing.T) {
	assert.True(t, Everything().Empty())
	assert.True(t, Everything().Matches(Set{"a": "b"}))
	assert.False(t, Nothing().Empty())
	assert.False(t, Nothing().Matches(Set{}))
	assert.Equal(t, "", Nothing().String())
	assert.True(t, AndSelectors().Empty())
	assert.True(t, AndSelectors(Everything(), Everything()).Empty())
	assert.False(t, AndSelectors(Everything(), OneTermEqualSelector("a", "b")).Empty())
	assert.False(t, OneTermNotEqualSelector("a", "b").Empty())
	n, err := Nothing().Transform(nil)
	require.NoError(t, err)
	assert.Equal(t, Nothing(), n)
	assert.Equal(t, Nothing(), Nothing().DeepCopySelector())
}

func TestTransform(t *testing.T) {
	rename := func(field, value string) (string, string, error) {
		if field == "drop" {
			return "", "", nil
		}
		if field == "bad" {
			return "", "", errors.New("field not supported")
		}
		return "spec." + field, value, nil
	}
	sel, err := ParseAndTransformSelector("name=x,drop=y,phase!=z", rename)
	require.NoError(t, err)
	assert.Equal(t, "spec.name=x,spec.phase!=z", sel.String())

	single, err := ParseAndTransformSelector("drop=y", rename)
	require.NoError(t, err)
	assert.True(t, single.Empty())

	_, err = ParseAndTransformSelector("a=1,bad=2", rename)
	assert.EqualError(t, err, "field not supported")
	_, err = OneTermNotEqualSelector("bad", "1").Transform(rename)
	assert.Error(t, err)
	out, err := OneTermNotEqualSelector("drop", "1").Transform(rename)
	require.NoError(t, err)
	assert.True(t, out.Empty())
}

func TestDeepCopySelector(t *testing.T) {
	orig := AndSelectors(OneTermEqualSelector("a", "1"), OneTermNotEqualSelector("b", "2"))
	cp := orig.DeepCopySelector()
	assert.Equal(t, orig.String(), cp.String())
	cp.(andTerm)[0] = OneTermEqualSelector("z", "9")
	assert.Equal(t, "a=1,b!=2", orig.String(), "copy must not share the list")
	assert.Nil(t, (*hasTerm)(nil).DeepCopySelector())
	assert.Nil(t, (*notHasTerm)(nil).DeepCopySelector())
	assert.Equal(t, andTerm(nil), andTerm(nil).DeepCopySelector())
}

func TestSetAndSelectorFromSet(t *testing.T) {
	s := Set{"b": "2", "a": "1"}
	assert.Equal(t, "a=1,b=2", s.String())
	assert.True(t, s.Has("a"))
	assert.False(t, s.Has("c"))
	assert.Equal(t, "2", s.Get("b"))
	assert.Equal(t, "a=1,b=2", s.AsSelector().String())
	assert.Equal(t, "a=1", SelectorFromSet(Set{"a": "1"}).String())
	assert.True(t, SelectorFromSet(nil).Empty())
	assert.Equal(t, `a=x\,y`, SelectorFromSet(Set{"a": "x,y"}).String(), "values are escaped")
}
