package sets

import "slices"

// String is a set of string values. It is the non-generic form of Set[string].
type String map[string]Empty

// NewString returns a String holding items.
func NewString(items ...string) String {
	return String(New(items...))
}

// StringKeySet returns a String of the keys of theMap, which should be a map
// keyed by string (or a type whose underlying kind is string). Keys of another
// kind are skipped; a theMap that is not a map gives an empty set.
func StringKeySet(theMap any) String {
	return String(reflectKeySet[string](theMap))
}

// Insert adds items to s and returns s.
func (s String) Insert(items ...string) String {
	return String(Set[string](s).Insert(items...))
}

// Delete removes items from s and returns s.
func (s String) Delete(items ...string) String {
	return String(Set[string](s).Delete(items...))
}

// Has reports whether item is in s.
func (s String) Has(item string) bool {
	return Set[string](s).Has(item)
}

// HasAll reports whether every one of items is in s.
func (s String) HasAll(items ...string) bool {
	return Set[string](s).HasAll(items...)
}

// HasAny reports whether at least one of items is in s.
func (s String) HasAny(items ...string) bool {
	return Set[string](s).HasAny(items...)
}

// Clone returns a new set with the same items as s.
func (s String) Clone() String {
	return String(Set[string](s).Clone())
}

// Difference returns the items of s that are not in s2.
func (s String) Difference(s2 String) String {
	return String(Set[string](s).Difference(Set[string](s2)))
}

// SymmetricDifference returns the items that are in exactly one of s and s2.
func (s String) SymmetricDifference(s2 String) String {
	return String(Set[string](s).SymmetricDifference(Set[string](s2)))
}

// Union returns the items that are in s, s2 or both.
func (s String) Union(s2 String) String {
	return String(Set[string](s).Union(Set[string](s2)))
}

// Intersection returns the items that are in both s and s2.
func (s String) Intersection(s2 String) String {
	return String(Set[string](s).Intersection(Set[string](s2)))
}

// IsSuperset reports whether every item of s2 is in s.
func (s String) IsSuperset(s2 String) bool {
	return Set[string](s).IsSuperset(Set[string](s2))
}

// Equal reports whether s and s2 hold the same items.
func (s String) Equal(s2 String) bool {
	return Set[string](s).Equal(Set[string](s2))
}

// List returns the items of s in ascending order.
func (s String) List() []string {
	out := s.UnsortedList()
	slices.Sort(out)
	return out
}

// UnsortedList returns the items of s in no particular order.
func (s String) UnsortedList() []string {
	return Set[string](s).UnsortedList()
}

// PopAny removes and returns one item of s; ok is false when s is empty.
func (s String) PopAny() (string, bool) {
	return Set[string](s).PopAny()
}

// Len returns the number of items in s.
func (s String) Len() int {
	return len(s)
}
