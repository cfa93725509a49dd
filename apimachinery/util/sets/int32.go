package sets

import "slices"

// Int32 is a set of int32 values. It is the non-generic form of Set[int32].
type Int32 map[int32]Empty

// NewInt32 returns a Int32 holding items.
func NewInt32(items ...int32) Int32 {
	return Int32(New(items...))
}

// Int32KeySet returns a Int32 of the keys of theMap, which should be a map
// keyed by int32 (or a type whose underlying kind is int32). Keys of another
// kind are skipped; a theMap that is not a map gives an empty set.
func Int32KeySet(theMap any) Int32 {
	return Int32(reflectKeySet[int32](theMap))
}

// Insert adds items to s and returns s.
func (s Int32) Insert(items ...int32) Int32 {
	return Int32(Set[int32](s).Insert(items...))
}

// Delete removes items from s and returns s.
func (s Int32) Delete(items ...int32) Int32 {
	return Int32(Set[int32](s).Delete(items...))
}

// Has reports whether item is in s.
func (s Int32) Has(item int32) bool {
	return Set[int32](s).Has(item)
}

// HasAll reports whether every one of items is in s.
func (s Int32) HasAll(items ...int32) bool {
	return Set[int32](s).HasAll(items...)
}

// HasAny reports whether at least one of items is in s.
func (s Int32) HasAny(items ...int32) bool {
	return Set[int32](s).HasAny(items...)
}

// Clone returns a new set with the same items as s.
func (s Int32) Clone() Int32 {
	return Int32(Set[int32](s).Clone())
}

// Difference returns the items of s that are not in s2.
func (s Int32) Difference(s2 Int32) Int32 {
	return Int32(Set[int32](s).Difference(Set[int32](s2)))
}

// SymmetricDifference returns the items that are in exactly one of s and s2.
func (s Int32) SymmetricDifference(s2 Int32) Int32 {
	return Int32(Set[int32](s).SymmetricDifference(Set[int32](s2)))
}

// Union returns the items that are in s, s2 or both.
func (s Int32) Union(s2 Int32) Int32 {
	return Int32(Set[int32](s).Union(Set[int32](s2)))
}

// Intersection returns the items that are in both s and s2.
func (s Int32) Intersection(s2 Int32) Int32 {
	return Int32(Set[int32](s).Intersection(Set[int32](s2)))
}

// IsSuperset reports whether every item of s2 is in s.
func (s Int32) IsSuperset(s2 Int32) bool {
	return Set[int32](s).IsSuperset(Set[int32](s2))
}

// Equal reports whether s and s2 hold the same items.
func (s Int32) Equal(s2 Int32) bool {
	return Set[int32](s).Equal(Set[int32](s2))
}

// List returns the items of s in ascending order.
func (s Int32) List() []int32 {
	out := s.UnsortedList()
	slices.Sort(out)
	return out
}

// UnsortedList returns the items of s in no particular order.
func (s Int32) UnsortedList() []int32 {
	return Set[int32](s).UnsortedList()
}

// PopAny removes and returns one item of s; ok is false when s is empty.
func (s Int32) PopAny() (int32, bool) {
	return Set[int32](s).PopAny()
}

// Len returns the number of items in s.
func (s Int32) Len() int {
	return len(s)
}
