package labels

import (
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSelectorMatches(t *testing.T) {
	tests := []struct {
		sel    string
		labels Set
		want   bool
	}{
		{"", Set{"x": "y"}, true},
		{"", nil, true},
		{"x=y", Set{"x": "y"}, true},
		{"x==y", Set{"x": "y"}, true},
		{"x=y", Set{"x": "z"}, false},
		{"x=y", Set{}, false},
		{"x=", Set{"x": ""}, true},
		{"x=", Set{}, false},
		{"x!=y", Set{"x": "z"}, true},
		{"x!=y", Set{}, true},
		{"x!=y", Set{"x": "y"}, false},
		{"x=y,z=w", Set{"x": "y", "z": "w"}, true},
		{"x=y,z=w", Set{"x": "y", "z": "v"}, false},
		{"x in (a,b)", Set{"x": "b"}, true},
		{"x in (a,b)", Set{"x": "c"}, false},
		{"x in (a,b)", Set{}, false},
		{"x notin (a,b)", Set{"x": "c"}, true},
		{"x notin (a,b)", Set{"x": "a"}, false},
		{"x notin (a,b)", Set{}, true},
		{"x", Set{"x": ""}, true},
		{"x", Set{"y": "x"}, false},
		{"!x", Set{"y": "x"}, true},
		{"!x", Set{"x": "1"}, false},
		{"x>1", Set{"x": "2"}, true},
		{"x>1", Set{"x": "1"}, false},
		{"x>1", Set{"x": "a"}, false},
		{"x>1", Set{}, false},
		{"x<1", Set{"x": "0"}, true},
		{"x<1", Set{"x": "-5"}, true},
		{"x<1", Set{"x": "1"}, false},
		{"x in ()", Set{"x": ""}, true},
		{"example.com/app=web,!canary", Set{"example.com/app": "web"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.sel+"/"+tt.labels.String(), func(t *testing.T) {
			sel, err := Parse(tt.sel)
			require.NoError(t, err)
			if got := sel.Matches(tt.labels); got != tt.want {
				t.Errorf("Parse(%q).Matches(%v) = %v, want %v", tt.sel, tt.labels, got, tt.want)
			}
		})
	}
}

func TestEverythingAndNothing(t *testing.T) {
	assert.True(t, Everything().Matches(Set{"a": "b"}))
	assert.True(t, Everything().Empty())
	assert.Equal(t, "", Everything().String())
	assert.False(t, MatchesNothing(Everything()))

	n := Nothing()
	assert.False(t, n.Matches(Set{}))
	assert.False(t, n.Empty())
	assert.True(t, MatchesNothing(n))
	assert.True(t, MatchesNothing(n.Add(mustReq(t, "a", selection.Exists, nil))))
	assert.True(t, MatchesNothing(n.DeepCopySelector()))
	_, selectable := n.Requirements()
	assert.False(t, selectable)
	_, found := n.RequiresExactMatch("a")
	assert.False(t, found)
}

func mustReq(t *testing.T, key string, op selection.Operator, vals []string) Requirement {
	t.Helper()
	r, err := NewRequirement(key, op, vals)
	require.NoError(t, err)
	return *r
}

func TestSelectorAdd(t *testing.T) {
	base := NewSelector()
	s1 := base.Add(mustReq(t, "z", selection.Equals, []string{"1"}))
	s2 := s1.Add(mustReq(t, "a", selection.In, []string{"y", "x"}), mustReq(t, "m", selection.DoesNotExist, nil))
	assert.Equal(t, "", base.String(), "Add must not modify the receiver")
	assert.Equal(t, "z=1", s1.String())
	assert.Equal(t, "a in (x,y),!m,z=1", s2.String())
	reqs, selectable := s2.Requirements()
	assert.True(t, selectable)
	assert.Len(t, reqs, 3)
	assert.Equal(t, "a in (x,y),!m,z=1", reqs.String())
}

func TestRequiresExactMatch(t *testing.T) {
	tests := []struct {
		sel       string
		label     string
		wantValue string
		wantFound bool
	}{
		{"a=b", "a", "b", true},
		{"a==b", "a", "b", true},
		{"a in (b)", "a", "b", true},
		{"a in (b,c)", "a", "", false},
		{"a!=b", "a", "", false},
		{"a notin (b)", "a", "", false},
		{"a", "a", "", false},
		{"a=b", "c", "", false},
		{"x=1,a=b", "a", "b", true},
	}
	for _, tt := range tests {
		t.Run(tt.sel, func(t *testing.T) {
			sel, err := Parse(tt.sel)
			require.NoError(t, err)
			v, found := sel.RequiresExactMatch(tt.label)
			assert.Equal(t, tt.wantValue, v)
			assert.Equal(t, tt.wantFound, found)
		})
	}
}

func TestDeepCopySelector(t *testing.T) {
	sel, err := Parse("a in (x,y)")
	require.NoError(t, err)
	cp := sel.DeepCopySelector()
	reqs, _ := sel.Requirements()
	reqs[0].strValues[0] = "changed"
	assert.Equal(t, "a in (x,y)", cp.String(), "copy must not share values")
	assert.Nil(t, internalSelector(nil).DeepCopy())
}

func TestSelectorsFromSet(t *testing.T) {
	set := Set{"b": "2", "a": "1"}
	assert.Equal(t, "a=1,b=2", SelectorFromSet(set).String())
	assert.Equal(t, "a=1,b=2", set.AsSelector().String())
	assert.Equal(t, "a=1,b=2", set.AsSelectorPreValidated().String())
	assert.True(t, SelectorFromSet(nil).Empty())
	assert.True(t, SelectorFromSet(nil).Matches(Set{"x": "y"}))

	sel, err := set.AsValidatedSelector()
	require.NoError(t, err)
	assert.Equal(t, "a=1,b=2", sel.String())
	assert.True(t, sel.Matches(Set{"a": "1", "b": "2", "c": "3"}))
	assert.False(t, sel.Matches(Set{"a": "1"}))

	empty, err := ValidatedSelectorFromSet(nil)
	require.NoError(t, err)
	assert.True(t, empty.Empty())

	_, err = ValidatedSelectorFromSet(Set{"a b": "1"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `key: Invalid value: "a b"`)
	_, err = ValidatedSelectorFromSet(Set{"a": "-1"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `Invalid value: "-1"`)
}

func TestValidatedSetSelector(t *testing.T) {
	s := ValidatedSetSelector{"b": "2", "a": "1"}
	assert.Equal(t, "a=1,b=2", s.String())
	assert.False(t, s.Empty())
	assert.True(t, ValidatedSetSelector{}.Empty())
	assert.True(t, s.Matches(Set{"a": "1", "b": "2"}))
	assert.False(t, s.Matches(Set{"a": "1", "b": "3"}))
	assert.False(t, s.Matches(Set{"a": "1"}))
	v, ok := s.RequiresExactMatch("a")
	assert.True(t, ok)
	assert.Equal(t, "1", v)
	reqs, selectable := s.Requirements()
	assert.True(t, selectable)
	assert.Equal(t, "a=1,b=2", reqs.String())
	assert.Equal(t, "a=1,b=2,!c", s.Add(mustReq(t, "c", selection.DoesNotExist, nil)).String())
	cp := s.DeepCopySelector().(ValidatedSetSelector)
	cp["a"] = "changed"
	assert.Equal(t, "1", s["a"], "copy must not share the map")
	assert.Nil(t, ValidatedSetSelector(nil).DeepCopySelector().(ValidatedSetSelector))
}
