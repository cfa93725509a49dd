package jsonx

import "hash/maphash"

// Large inputs, such as a list of thousands of objects, repeat most of their
// short strings: namespaces, label keys and values, image names, condition
// types, "True". A decoder interns the short strings of such an input
// through a small direct-mapped table, so that each repeated value is
// stored once. A cache that keeps the decoded objects (an informer's store)
// then holds a fraction of the string bytes. Small inputs skip the table:
// their strings are few and the lookups would only cost time.

const (
	// internMinInput is the smallest input whose strings are interned.
	internMinInput = 64 << 10
	// internMaxLen is the longest string interned; longer ones are rarely
	// repeated.
	internMaxLen = 64
	// internSlots is the number of entries of the table (a power of two).
	internSlots = 4096
)

// internTable maps a hash slot to the last string stored in it.
type internTable [internSlots]string

// internSeed seeds the slot hash.
var internSeed = maphash.MakeSeed()

// startIntern turns interning on for an input of n bytes.
func (d *decoder) startIntern(n int) {
	if n < internMinInput {
		return
	}
	if d.internBuf == nil {
		d.internBuf = new(internTable)
	}
	d.intern = d.internBuf
}

// stopIntern turns interning off and empties the table, so that a pooled
// decoder does not keep the strings of a finished decode alive.
func (d *decoder) stopIntern() {
	if d.intern != nil {
		clear(d.intern[:])
		d.intern = nil
	}
}

// interned returns the string with b's bytes from the table, storing a new
// one built by d.newString when the slot holds a different string.
func (d *decoder) interned(b []byte) string {
	slot := &d.intern[maphash.Bytes(internSeed, b)&(internSlots-1)]
	if *slot == string(b) {
		return *slot
	}
	s := d.newString(b)
	*slot = s
	return s
}
