package sets

import (
	"cmp"
	"slices"
)

// Empty is the zero-size value stored in a set's map.
type Empty struct{}

// Set is a set of comparable values. The zero value (nil) is an empty set
// that can be read but not written; use New to get a writable one.
type Set[T comparable] map[T]Empty

// New returns a set holding items.
func New[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	s.Insert(items...)
	return s
}

// KeySet returns a set of the keys of theMap.
func KeySet[T comparable, V any](theMap map[T]V) Set[T] {
	s := make(Set[T], len(theMap))
	for k := range theMap {
		s[k] = Empty{}
	}
	return s
}

// Insert adds items to s and returns s.
func (s Set[T]) Insert(items ...T) Set[T] {
	for _, item := range items {
		s[item] = Empty{}
	}
	return s
}

// Delete removes items from s and returns s.
func (s Set[T]) Delete(items ...T) Set[T] {
	for _, item := range items {
		delete(s, item)
	}
	return s
}

// Clear removes every item from s and returns s.
func (s Set[T]) Clear() Set[T] {
	clear(s)
	return s
}

// Has reports whether item is in s.
func (s Set[T]) Has(item T) bool {
	_, ok := s[item]
	return ok
}

// HasAll reports whether every one of items is in s.
func (s Set[T]) HasAll(items ...T) bool {
	for _, item := range items {
		if !s.Has(item) {
			return false
		}
	}
	return true
}

// HasAny reports whether at least one of items is in s.
func (s Set[T]) HasAny(items ...T) bool {
	for _, item := range items {
		if s.Has(item) {
			return true
		}
	}
	return false
}

// Clone returns a new set with the same items as s.
func (s Set[T]) Clone() Set[T] {
	out := make(Set[T], len(s))
	for k := range s {
		out[k] = Empty{}
	}
	return out
}

// Difference returns the items of s that are not in s2.
func (s Set[T]) Difference(s2 Set[T]) Set[T] {
	out := New[T]()
	for k := range s {
		if !s2.Has(k) {
			out[k] = Empty{}
		}
	}
	return out
}

// SymmetricDifference returns the items that are in exactly one of s and s2.
func (s Set[T]) SymmetricDifference(s2 Set[T]) Set[T] {
	return s.Difference(s2).Union(s2.Difference(s))
}

// Union returns the items that are in s, s2 or both.
func (s Set[T]) Union(s2 Set[T]) Set[T] {
	out := s.Clone()
	for k := range s2 {
		out[k] = Empty{}
	}
	return out
}

// Intersection returns the items that are in both s and s2.
func (s Set[T]) Intersection(s2 Set[T]) Set[T] {
	small, big := s, s2
	if len(small) > len(big) {
		small, big = big, small
	}
	out := New[T]()
	for k := range small {
		if big.Has(k) {
			out[k] = Empty{}
		}
	}
	return out
}

// IsSuperset reports whether every item of s2 is in s.
func (s Set[T]) IsSuperset(s2 Set[T]) bool {
	for k := range s2 {
		if !s.Has(k) {
			return false
		}
	}
	return true
}

// Equal reports whether s and s2 hold the same items.
func (s Set[T]) Equal(s2 Set[T]) bool {
	return len(s) == len(s2) && s.IsSuperset(s2)
}

// UnsortedList returns the items of s in no particular order.
func (s Set[T]) UnsortedList() []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	return out
}

// PopAny removes and returns one item of s; ok is false when s is empty.
func (s Set[T]) PopAny() (item T, ok bool) {
	for k := range s {
		delete(s, k)
		return k, true
	}
	var zero T
	return zero, false
}

// Len returns the number of items in s.
func (s Set[T]) Len() int {
	return len(s)
}

// List returns the items of s in ascending order.
func List[T cmp.Ordered](s Set[T]) []T {
	out := s.UnsortedList()
	slices.Sort(out)
	return out
}
