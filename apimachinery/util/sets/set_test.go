package sets

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSetOperations(t *testing.T) {
	a := New("a", "b", "c")
	b := New("b", "c", "d")
	tests := []struct {
		name string
		got  Set[string]
		want []string
	}{
		{"union", a.Union(b), []string{"a", "b", "c", "d"}},
		{"intersection", a.Intersection(b), []string{"b", "c"}},
		{"difference", a.Difference(b), []string{"a"}},
		{"symmetric difference", a.SymmetricDifference(b), []string{"a", "d"}},
		{"clone", a.Clone(), []string{"a", "b", "c"}},
		{"key set", KeySet(map[string]int{"x": 1, "y": 2}), []string{"x", "y"}},
		{"empty", New[string](), []string{}},
		{"nil union", Set[string](nil).Union(nil), []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, List(tt.got), "items")
		})
	}
	assert.Equal(t, []string{"a", "b", "c"}, List(a), "operations must not change the receiver")
}

func TestSetPredicates(t *testing.T) {
	s := New(1, 2, 3)
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"has member", s.Has(2), true},
		{"has non-member", s.Has(4), false},
		{"has all", s.HasAll(1, 3), true},
		{"has all missing one", s.HasAll(1, 4), false},
		{"has any", s.HasAny(4, 3), true},
		{"has any none", s.HasAny(4, 5), false},
		{"superset", s.IsSuperset(New(1, 2)), true},
		{"not superset", s.IsSuperset(New(1, 9)), false},
		{"equal", s.Equal(New(3, 2, 1)), true},
		{"not equal", s.Equal(New(1, 2)), false},
		{"nil has", Set[int](nil).Has(1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func TestSetMutation(t *testing.T) {
	s := New("a")
	s.Insert("b", "c").Delete("a")
	assert.Equal(t, []string{"b", "c"}, List(s))
	assert.Equal(t, 2, s.Len())

	item, ok := s.PopAny()
	assert.True(t, ok)
	assert.False(t, s.Has(item), "popped item must be removed")
	assert.Equal(t, 1, s.Len())

	s.Clear()
	assert.Equal(t, 0, s.Len())
	_, ok = s.PopAny()
	assert.False(t, ok, "PopAny on an empty set")
}
