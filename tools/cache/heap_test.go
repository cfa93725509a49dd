package cache

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newTestHeap returns a Heap of fifoObjs, smallest val first.
func newTestHeap() *Heap {
	return NewHeap(fifoKey, func(a, b interface{}) bool { return a.(fifoObj).val < b.(fifoObj).val })
}

// popHeap pops n objects from h and returns them described.
func popHeap(t *testing.T, h *Heap, n int) []string {
	t.Helper()
	out := make([]string, 0, n)
	for range n {
		obj, err := h.Pop()
		require.NoError(t, err, "Pop")
		out = append(out, describeObj(obj))
	}
	return out
}

func TestHeapOrder(t *testing.T) {
	tests := []struct {
		name string
		ops  func(t *testing.T, h *Heap)
		want []string
	}{{
		name: "pops smallest first",
		ops: func(t *testing.T, h *Heap) {
			for _, o := range []fifoObj{fobj("c", 3), fobj("a", 1), fobj("d", 4), fobj("b", 2)} {
				require.NoError(t, h.Add(o))
			}
		},
		want: []string{"a=1", "b=2", "c=3", "d=4"},
	}, {
		name: "update re-sorts",
		ops: func(t *testing.T, h *Heap) {
			require.NoError(t, h.BulkAdd([]interface{}{fobj("a", 1), fobj("b", 2), fobj("c", 3)}))
			require.NoError(t, h.Update(fobj("a", 10)))
		},
		want: []string{"b=2", "c=3", "a=10"},
	}, {
		name: "AddIfNotPresent keeps the held object",
		ops: func(t *testing.T, h *Heap) {
			require.NoError(t, h.Add(fobj("a", 5)))
			require.NoError(t, h.AddIfNotPresent(fobj("a", 1)))
			require.NoError(t, h.AddIfNotPresent(fobj("b", 2)))
		},
		want: []string{"b=2", "a=5"},
	}, {
		name: "delete removes from the middle",
		ops: func(t *testing.T, h *Heap) {
			require.NoError(t, h.BulkAdd([]interface{}{fobj("a", 1), fobj("b", 2), fobj("c", 3), fobj("d", 4)}))
			require.NoError(t, h.Delete(fobj("b", 0)))
			require.Error(t, h.Delete(fobj("b", 0)), "deleting a missing key")
		},
		want: []string{"a=1", "c=3", "d=4"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newTestHeap()
			tt.ops(t, h)
			assert.Len(t, h.List(), len(tt.want), "List before popping")
			assert.Equal(t, tt.want, popHeap(t, h, len(tt.want)), "popped objects")
			assert.Empty(t, h.ListKeys(), "keys after the expected pops")
		})
	}
}

func TestHeapAccessorsAndClose(t *testing.T) {
	h := newTestHeap()
	require.NoError(t, h.BulkAdd([]interface{}{fobj("a", 1), fobj("b", 2)}))
	keys := h.ListKeys()
	slices.Sort(keys)
	assert.Equal(t, []string{"a", "b"}, keys, "ListKeys")
	got, ok, err := h.Get(fobj("b", 0))
	require.NoError(t, err)
	assert.True(t, ok, "Get of a held key")
	assert.Equal(t, fobj("b", 2), got, "Get")
	_, ok, err = h.GetByKey("zzz")
	require.NoError(t, err)
	assert.False(t, ok, "GetByKey of a missing key")

	var keyErr KeyError
	assert.ErrorAs(t, h.Add(42), &keyErr, "Add with a key error")
	assert.ErrorAs(t, h.BulkAdd([]interface{}{fobj("c", 3), 42}), &keyErr, "BulkAdd with a key error")
	_, held, _ := h.GetByKey("c")
	assert.False(t, held, "a failed BulkAdd adds nothing")
	_, _, err = h.Get(42)
	assert.ErrorAs(t, err, &keyErr, "Get with a key error")

	h2 := newTestHeap()
	done := make(chan error)
	go func() {
		_, err := h2.Pop()
		done <- err
	}()
	h2.Close()
	assert.Error(t, <-done, "blocked Pop after Close")
	assert.True(t, h2.IsClosed(), "IsClosed")
	assert.Error(t, h2.Add(fobj("a", 1)), "Add after Close")
	assert.Error(t, h2.AddIfNotPresent(fobj("a", 1)), "AddIfNotPresent after Close")
	assert.Error(t, h2.BulkAdd([]interface{}{fobj("a", 1)}), "BulkAdd after Close")
}

func TestHeapPopWakesOnAdd(t *testing.T) {
	h := newTestHeap()
	done := make(chan interface{})
	go func() {
		obj, _ := h.Pop()
		done <- obj
	}()
	require.NoError(t, h.Add(fobj("a", 1)))
	assert.Equal(t, fobj("a", 1), <-done, "blocked Pop gets the added object")
}
