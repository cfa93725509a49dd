package sets

import "slices"

// Int64 is a set of int64 values. It is the non-generic form of Set[int64].
type Int64 map[int64]Empty

// NewInt64 returns a Int64 holding items.
func NewInt64(items ...int64) Int64 {
	return Int64(New(items...))
}

// Int64KeySet returns a Int64 of the keys of theMap, which should be a map
// keyed by int64 (or a type whose underlying kind is int64). Keys of another
// kind are skipped; a theMap that is not a map gives an empty set.
func Int64KeySet(theMap any) Int64 {
	return Int64(reflectKeySet[int64](theMap))
}

// Insert adds items to s and returns s.
func (s Int64) Insert(items ...int64) Int64 {
	return Int64(Set[int64](s).Insert(items...))
}

// Delete removes items from s and returns s.
func (s Int64) Delete(items ...int64) Int64 {
	return Int64(Set[int64](s).Delete(items...))
}

// Has reports whether item is in s.
func (s Int64) Has(item int64) bool {
	return Set[int64](s).Has(item)
}

// HasAll reports whether every one of items is in s.
func (s Int64) HasAll(items ...int64) bool {
	return Set[int64](s).HasAll(items...)
}

// HasAny reports whether at least one of items is in s.
func (s Int64) HasAny(items ...int64) bool {
	return Set[int64](s).HasAny(items...)
}

// Clone returns a new set with the same items as s.
func (s Int64) Clone() Int64 {
	return Int64(Set[int64](s).Clone())
}

// Difference returns the items of s that are not in s2.
func (s Int64) Difference(s2 Int64) Int64 {
	return Int64(Set[int64](s).Difference(Set[int64](s2)))
}

// SymmetricDifference returns the items that are in exactly one of s and s2.
func (s Int64) SymmetricDifference(s2 Int64) Int64 {
	return Int64(Set[int64](s).SymmetricDifference(Set[int64](s2)))
}

// Union returns the items that are in s, s2 or both.
func (s Int64) Union(s2 Int64) Int64 {
	return Int64(Set[int64](s).Union(Set[int64](s2)))
}

// Intersection returns the items that are in both s and s2.
func (s Int64) Intersection(s2 Int64) Int64 {
	return Int64(Set[int64](s).Intersection(Set[int64](s2)))
}

// IsSuperset reports whether every item of s2 is in s.
func (s Int64) IsSuperset(s2 Int64) bool {
	return Set[int64](s).IsSuperset(Set[int64](s2))
}

// Equal reports whether s and s2 hold the same items.
func (s Int64) Equal(s2 Int64) bool {
	return Set[int64](s).Equal(Set[int64](s2))
}

// List returns the items of s in ascending order.
func (s Int64) List() []int64 {
	out := s.UnsortedList()
	slices.Sort(out)
	return out
}

// UnsortedList returns the items of s in no particular order.
func (s Int64) UnsortedList() []int64 {
	return Set[int64](s).UnsortedList()
}

// PopAny removes and returns one item of s; ok is false when s is empty.
func (s Int64) PopAny() (int64, bool) {
	return Set[int64](s).PopAny()
}

// Len returns the number of items in s.
func (s Int64) Len() int {
	return len(s)
}
