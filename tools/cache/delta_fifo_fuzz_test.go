package cache

import (
	"fmt"
	"testing"
)

// checkDeltaFIFO reports a broken DeltaFIFO invariant: every queued key
// appears once and has deltas, every key with deltas is queued, and no
// key ends in two deletions.
func checkDeltaFIFO(f *DeltaFIFO) error {
	f.lock.Lock()
	defer f.lock.Unlock()
	if len(f.queue) != len(f.items) {
		return fmt.Errorf("%d queued keys, %d keys with deltas", len(f.queue), len(f.items))
	}
	seen := map[string]bool{}
	for _, key := range f.queue {
		if seen[key] {
			return fmt.Errorf("key %q queued twice", key)
		}
		seen[key] = true
		deltas := f.items[key]
		if len(deltas) == 0 {
			return fmt.Errorf("queued key %q has no deltas", key)
		}
		for i := 1; i < len(deltas); i++ {
			if deltas[i-1].Type == Deleted && deltas[i].Type == Deleted {
				return fmt.Errorf("key %q has consecutive deletions: %v", key, describeDeltas(deltas))
			}
		}
	}
	return nil
}

// applyToKnown applies popped deltas to known, as an informer's store.
func applyToKnown(known fifoLister, deltas Deltas) {
	for _, d := range deltas {
		switch o := d.Object.(type) {
		case fifoObj:
			if d.Type == Deleted {
				delete(known, o.name)
			} else {
				known[o.name] = o
			}
		case DeletedFinalStateUnknown:
			delete(known, o.Key)
		}
	}
}

// runDeltaFIFOOps interprets ops as writes to and pops from a DeltaFIFO
// whose known objects follow what was popped, checking the invariants
// after each step, then drains the queue.
func runDeltaFIFOOps(t *testing.T, ops []byte) {
	known := fifoLister{}
	f := NewDeltaFIFOWithOptions(DeltaFIFOOptions{KeyFunction: fifoKey, KnownObjects: known, EmitDeltaTypeReplaced: ops != nil && len(ops)%2 == 0})
	keys := []string{"a", "b", "c", "d"}
	wrote := false
	for i, b := range ops {
		o := fobj(keys[int(b/8)%len(keys)], i)
		var err error
		wrote = wrote || b%8 < 5
		switch b % 8 {
		case 0, 1:
			err = f.Add(o)
		case 2:
			err = f.Update(o)
		case 3:
			err = f.Delete(o)
		case 4:
			var list []interface{}
			for j, k := range keys {
				if b&(1<<(j+3)) != 0 {
					list = append(list, fobj(k, i))
				}
			}
			err = f.Replace(list, "")
		case 5:
			err = f.Resync()
		default:
			if len(f.queuedKeys()) > 0 {
				applyToKnown(known, popDeltas(t, f))
			}
		}
		if err != nil {
			t.Fatalf("op %d (%d): %v", i, b, err)
		}
		if err := checkDeltaFIFO(f); err != nil {
			t.Fatalf("after op %d (%d): %v", i, b, err)
		}
	}
	for len(f.queuedKeys()) > 0 {
		applyToKnown(known, popDeltas(t, f))
	}
	if wrote && !f.HasSynced() {
		t.Fatalf("HasSynced false after the queue was drained")
	}
}

func FuzzDeltaFIFO(f *testing.F) {
	for _, seed := range [][]byte{
		{},
		{0, 8, 16, 3, 11, 6, 6},
		{4 | 1<<3 | 1<<4, 0, 4, 7, 7, 7},
		{0, 3, 3, 4, 5, 6, 2, 5},
		{0, 8, 16, 24, 7, 7, 4 | 1<<5, 5, 6, 3, 3, 4},
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 256 {
			ops = ops[:256]
		}
		runDeltaFIFOOps(t, ops)
	})
}
