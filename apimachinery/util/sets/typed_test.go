package sets

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type myKey string

func TestStringSet(t *testing.T) {
	a := NewString("c", "a", "b")
	b := NewString("b", "d")
	assert.Equal(t, []string{"a", "b", "c"}, a.List())
	assert.Equal(t, []string{"a", "b", "c", "d"}, a.Union(b).List())
	assert.Equal(t, []string{"b"}, a.Intersection(b).List())
	assert.Equal(t, []string{"a", "c"}, a.Difference(b).List())
	assert.Equal(t, []string{"a", "c", "d"}, a.SymmetricDifference(b).List())
	assert.True(t, a.HasAll("a", "b"))
	assert.True(t, a.HasAny("z", "a"))
	assert.True(t, a.IsSuperset(NewString("a")))
	assert.True(t, a.Clone().Equal(a))
	assert.Len(t, a.Insert("e").Delete("a").UnsortedList(), 3)
	assert.Equal(t, 3, a.Len())
}

func TestKeySetFromAny(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want []string
	}{
		{"string keys", map[string]bool{"x": true, "y": false}, []string{"x", "y"}},
		{"named string keys", map[myKey]int{"k": 1}, []string{"k"}},
		{"int keys are skipped", map[int]int{1: 1}, []string{}},
		{"not a map", "nope", []string{}},
		{"nil", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, StringKeySet(tt.in).List())
		})
	}
}

func TestNumericSets(t *testing.T) {
	assert.Equal(t, []int{1, 2, 3}, NewInt(3, 1, 2).List())
	assert.Equal(t, []int32{-1, 5}, NewInt32(5, -1).List())
	assert.Equal(t, []int64{7}, NewInt64(7, 7).List())
	assert.Equal(t, []byte{'a', 'b'}, NewByte('b', 'a').List())
	assert.Equal(t, []int{4}, IntKeySet(map[int]string{4: "four"}).List())
	assert.Equal(t, []int64{9}, Int64KeySet(map[int64]bool{9: true}).List())
	v, ok := NewInt32(8).PopAny()
	assert.True(t, ok)
	assert.Equal(t, int32(8), v)
}
