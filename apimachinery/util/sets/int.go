package sets

import "slices"

// Int is a set of int values. It is the non-generic form of Set[int].
type Int map[int]Empty

// NewInt returns a Int holding items.
func NewInt(items ...int) Int {
	return Int(New(items...))
}

// IntKeySet returns a Int of the keys of theMap, which should be a map
// keyed by int (or a type whose underlying kind is int). Keys of another
// kind are skipped; a theMap that is not a map gives an empty set.
func IntKeySet(theMap any) Int {
	return Int(reflectKeySet[int](theMap))
}

// Insert adds items to s and returns s.
func (s Int) Insert(items ...int) Int {
	return Int(Set[int](s).Insert(items...))
}

// Delete removes items from s and returns s.
func (s Int) Delete(items ...int) Int {
	return Int(Set[int](s).Delete(items...))
}

// Has reports whether item is in s.
func (s Int) Has(item int) bool {
	return Set[int](s).Has(item)
}

// HasAll reports whether every one of items is in s.
func (s Int) HasAll(items ...int) bool {
	return Set[int](s).HasAll(items...)
}

// HasAny reports whether at least one of items is in s.
func (s Int) HasAny(items ...int) bool {
	return Set[int](s).HasAny(items...)
}

// Clone returns a new set with the same items as s.
func (s Int) Clone() Int {
	return Int(Set[int](s).Clone())
}

// Difference returns the items of s that are not in s2.
func (s Int) Difference(s2 Int) Int {
	return Int(Set[int](s).Difference(Set[int](s2)))
}

// SymmetricDifference returns the items that are in exactly one of s and s2.
func (s Int) SymmetricDifference(s2 Int) Int {
	return Int(Set[int](s).SymmetricDifference(Set[int](s2)))
}

// Union returns the items that are in s, s2 or both.
func (s Int) Union(s2 Int) Int {
	return Int(Set[int](s).Union(Set[int](s2)))
}

// Intersection returns the items that are in both s and s2.
func (s Int) Intersection(s2 Int) Int {
	return Int(Set[int](s).Intersection(Set[int](s2)))
}

// IsSuperset reports whether every item of s2 is in s.
func (s Int) IsSuperset(s2 Int) bool {
	return Set[int](s).IsSuperset(Set[int](s2))
}

// Equal reports whether s and s2 hold the same items.
func (s Int) Equal(s2 Int) bool {
	return Set[int](s).Equal(Set[int](s2))
}

// List returns the items of s in ascending order.
func (s Int) List() []int {
	out := s.UnsortedList()
	slices.Sort(out)
	return out
}

// UnsortedList returns the items of s in no particular order.
func (s Int) UnsortedList() []int {
	return Set[int](s).UnsortedList()
}

// PopAny removes and returns one item of s; ok is false when s is empty.
func (s Int) PopAny() (int, bool) {
	return Set[int](s).PopAny()
}

// Len returns the number of items in s.
func (s Int) Len() int {
	return len(s)
}
