package sets

import "slices"

// Byte is a set of byte values. It is the non-generic form of Set[byte].
type Byte map[byte]Empty

// NewByte returns a Byte holding items.
func NewByte(items ...byte) Byte {
	return Byte(New(items...))
}

// ByteKeySet returns a Byte of the keys of theMap, which should be a map
// keyed by byte (or a type whose underlying kind is byte). Keys of another
// kind are skipped; a theMap that is not a map gives an empty set.
func ByteKeySet(theMap any) Byte {
	return Byte(reflectKeySet[byte](theMap))
}

// Insert adds items to s and returns s.
func (s Byte) Insert(items ...byte) Byte {
	return Byte(Set[byte](s).Insert(items...))
}

// Delete removes items from s and returns s.
func (s Byte) Delete(items ...byte) Byte {
	return Byte(Set[byte](s).Delete(items...))
}

// Has reports whether item is in s.
func (s Byte) Has(item byte) bool {
	return Set[byte](s).Has(item)
}

// HasAll reports whether every one of items is in s.
func (s Byte) HasAll(items ...byte) bool {
	return Set[byte](s).HasAll(items...)
}

// HasAny reports whether at least one of items is in s.
func (s Byte) HasAny(items ...byte) bool {
	return Set[byte](s).HasAny(items...)
}

// Clone returns a new set with the same items as s.
func (s Byte) Clone() Byte {
	return Byte(Set[byte](s).Clone())
}

// Difference returns the items of s that are not in s2.
func (s Byte) Difference(s2 Byte) Byte {
	return Byte(Set[byte](s).Difference(Set[byte](s2)))
}

// SymmetricDifference returns the items that are in exactly one of s and s2.
func (s Byte) SymmetricDifference(s2 Byte) Byte {
	return Byte(Set[byte](s).SymmetricDifference(Set[byte](s2)))
}

// Union returns the items that are in s, s2 or both.
func (s Byte) Union(s2 Byte) Byte {
	return Byte(Set[byte](s).Union(Set[byte](s2)))
}

// Intersection returns the items that are in both s and s2.
func (s Byte) Intersection(s2 Byte) Byte {
	return Byte(Set[byte](s).Intersection(Set[byte](s2)))
}

// IsSuperset reports whether every item of s2 is in s.
func (s Byte) IsSuperset(s2 Byte) bool {
	return Set[byte](s).IsSuperset(Set[byte](s2))
}

// Equal reports whether s and s2 hold the same items.
func (s Byte) Equal(s2 Byte) bool {
	return Set[byte](s).Equal(Set[byte](s2))
}

// List returns the items of s in ascending order.
func (s Byte) List() []byte {
	out := s.UnsortedList()
	slices.Sort(out)
	return out
}

// UnsortedList returns the items of s in no particular order.
func (s Byte) UnsortedList() []byte {
	return Set[byte](s).UnsortedList()
}

// PopAny removes and returns one item of s; ok is false when s is empty.
func (s Byte) PopAny() (byte, bool) {
	return Set[byte](s).PopAny()
}

// Len returns the number of items in s.
func (s Byte) Len() int {
	return len(s)
}
