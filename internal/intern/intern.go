package intern

import (
	"bytes"
	"hash/maphash"

	"github.com/skiff-k8s/skiff/internal/slab"
)

const (
	// MinInput is the smallest input, in bytes, whose values are interned.
	MinInput = 64 << 10
	// MaxLen is the longest string interned; longer ones are rarely
	// repeated.
	MaxLen = 64
	// slots is the number of entries of the string table (a power of two).
	slots = 4096
	// rawKeep is the most entries the raw-bytes table may have had for a
	// Table to keep its (emptied) map for the next input.
	rawKeep = 1024
)

// seed seeds the hashes of both tables.
var seed = maphash.MakeSeed()

// Table is the interning state of one decoder, used for one input at a
// time: Start, then String and Raw, then Stop. The zero value is ready and
// off (String and Raw then only copy). It is not safe for concurrent use.
type Table struct {
	on   bool
	strs *[slots]string
	raw  map[uint64][]byte
}

// Start turns interning on when the input is n >= MinInput bytes long.
func (t *Table) Start(n int) {
	if n < MinInput {
		return
	}
	if t.strs == nil {
		t.strs = new([slots]string)
	}
	t.on = true
}

// Stop turns interning off and empties both tables, so that nothing is
// shared with the next input and nothing decoded stays reachable.
func (t *Table) Stop() {
	if !t.on {
		return
	}
	t.on = false
	clear(t.strs[:])
	if len(t.raw) > rawKeep {
		t.raw = nil
	} else {
		clear(t.raw)
	}
}

// On reports whether interning is on.
func (t *Table) On() bool { return t.on }

// String returns b as a string copied into arena or, while interning is
// on and b is at most MaxLen bytes, an equal string it returned before
// for this input.
func (t *Table) String(b []byte, arena *slab.Bytes) string {
	if !t.on || len(b) > MaxLen || len(b) == 0 {
		return arena.String(b)
	}
	slot := &t.strs[maphash.Bytes(seed, b)&(slots-1)]
	if *slot == string(b) {
		return *slot
	}
	s := arena.String(b)
	*slot = s
	return s
}

// Raw returns a copy of b in arena or, while interning is on, the slice
// with b's bytes it returned before for this input. Either way the
// capacity ends at the length, so appending never writes into a value
// another object shares. Use it only for values callers treat as opaque
// and never modify in place (FieldsV1 raw bytes).
func (t *Table) Raw(b []byte, arena *slab.Bytes) []byte {
	if !t.on || len(b) == 0 {
		return arena.Copy(b)
	}
	h := maphash.Bytes(seed, b)
	if prev, ok := t.raw[h]; ok && bytes.Equal(prev, b) {
		return prev
	}
	c := arena.Copy(b)
	if t.raw == nil {
		t.raw = make(map[uint64][]byte)
	}
	t.raw[h] = c
	return c
}
