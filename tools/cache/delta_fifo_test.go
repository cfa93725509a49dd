package cache

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// queuedKeys returns the keys queued in f, in order.
func (f *DeltaFIFO) queuedKeys() []string {
	f.lock.Lock()
	defer f.lock.Unlock()
	return append([]string{}, f.queue...)
}

func TestDeltaFIFOPopOrderAndDeltas(t *testing.T) {
	lister := func() fifoLister { return knownFifo(fobj("foo", 5), fobj("bar", 6), fobj("baz", 7)) }
	tests := []struct {
		name  string
		known fifoLister // nil: no KnownObjects
		emit  bool
		ops   func(f *DeltaFIFO) error
		want  [][]string
	}{{
		name: "deltas of a key accumulate in order",
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Add(fobj("foo", 10)), f.Update(fobj("foo", 12)), f.Delete(fobj("foo", 15)))
		},
		want: [][]string{{"Added:foo=10", "Updated:foo=12", "Deleted:foo=15"}},
	}, {
		name: "without known objects a delete of an unqueued key is dropped",
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Add(fobj("foo", 10)), f.Update(fobj("bar", 15)), f.Add(fobj("qux", 17)),
				f.Delete(fobj("qux", 18)), f.Delete(fobj("baz", 20)))
		},
		want: [][]string{{"Added:foo=10"}, {"Updated:bar=15"}, {"Added:qux=17", "Deleted:qux=18"}},
	}, {
		name:  "with known objects a delete of a known key is queued",
		known: lister(),
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Add(fobj("foo", 10)), f.Update(fobj("bar", 15)), f.Delete(fobj("baz", 20)),
				f.Delete(fobj("unknown", 1)))
		},
		want: [][]string{{"Added:foo=10"}, {"Updated:bar=15"}, {"Deleted:baz=20"}},
	}, {
		name: "replace appends to the queued key",
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Add(fobj("foo", 10)), f.Replace([]interface{}{fobj("foo", 15)}, "0"))
		},
		want: [][]string{{"Added:foo=10", "Sync:foo=15"}},
	}, {
		name:  "replace tombstones known keys missing from the list",
		known: lister(),
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Delete(fobj("baz", 10)), f.Replace([]interface{}{fobj("foo", 5)}, "0"))
		},
		want: [][]string{{"Deleted:baz=10"}, {"Sync:foo=5"}, {"Deleted:~bar(bar=6)"}},
	}, {
		name:  "replace tombstones queued keys missing from the list with their newest object",
		known: lister(),
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Add(fobj("baz", 10)), f.Replace([]interface{}{fobj("foo", 5)}, "0"))
		},
		want: [][]string{{"Added:baz=10", "Deleted:~baz(baz=10)"}, {"Sync:foo=5"}, {"Deleted:~bar(bar=6)"}},
	}, {
		name:  "a second replace folds tombstone deletions into one",
		known: lister(),
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Replace([]interface{}{fobj("bar", 100), fobj("foo", 5)}, "0"),
				f.Replace([]interface{}{fobj("foo", 5)}, "0"))
		},
		want: [][]string{{"Sync:bar=100", "Deleted:~bar(bar=100)"}, {"Sync:foo=5", "Sync:foo=5"}, {"Deleted:~baz(baz=7)"}},
	}, {
		name:  "EmitDeltaTypeReplaced queues Replaced",
		known: knownFifo(fobj("foo", 5)),
		emit:  true,
		ops:   func(f *DeltaFIFO) error { return f.Replace([]interface{}{fobj("foo", 6)}, "0") },
		want:  [][]string{{"Replaced:foo=6"}},
	}, {
		name: "two deletions keep the older",
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Add(fobj("foo", 1)), f.Delete(fobj("foo", 2)), f.Delete(fobj("foo", 3)))
		},
		want: [][]string{{"Added:foo=1", "Deleted:foo=2"}},
	}, {
		name: "a tombstone followed by a deletion keeps the deletion",
		ops: func(f *DeltaFIFO) error {
			return errors.Join(f.Add(fobj("foo", 1)),
				f.Delete(DeletedFinalStateUnknown{Key: "foo", Obj: fobj("foo", 1)}), f.Delete(fobj("foo", 3)))
		},
		want: [][]string{{"Added:foo=1", "Deleted:foo=3"}},
	}, {
		name:  "resync skips keys with queued deltas",
		known: knownFifo(fobj("foo", 5)),
		ops:   func(f *DeltaFIFO) error { return errors.Join(f.Update(fobj("foo", 6)), f.Resync()) },
		want:  [][]string{{"Updated:foo=6"}},
	}, {
		name:  "resync queues Sync of known objects",
		known: knownFifo(fobj("foo", 5), fobj("bar", 1)),
		ops:   func(f *DeltaFIFO) error { return f.Resync() },
		want:  [][]string{{"Sync:bar=1"}, {"Sync:foo=5"}},
	}, {
		name:  "resync after delete keeps only the deletion",
		known: knownFifo(fobj("foo", 5)),
		ops:   func(f *DeltaFIFO) error { return errors.Join(f.Delete(fobj("foo", 10)), f.Resync()) },
		want:  [][]string{{"Deleted:foo=10"}},
	}, {
		name: "resync without known objects does nothing",
		ops:  func(f *DeltaFIFO) error { return errors.Join(f.Add(fobj("a", 1)), f.Resync()) },
		want: [][]string{{"Added:a=1"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DeltaFIFOOptions{KeyFunction: fifoKey, EmitDeltaTypeReplaced: tt.emit}
			if tt.known != nil {
				opts.KnownObjects = tt.known
			}
			f := NewDeltaFIFOWithOptions(opts)
			require.NoError(t, tt.ops(f))
			got := drainDeltas(t, f, len(tt.want))
			assert.Equal(t, tt.want, got, "popped deltas")
			assert.Empty(t, f.queuedKeys(), "queue after the expected pops")
		})
	}
}

func TestDeltaFIFONoLineJumping(t *testing.T) {
	f := NewDeltaFIFO(fifoKey, nil)
	for _, o := range []fifoObj{fobj("foo", 10), fobj("bar", 1), fobj("foo", 11), fobj("foo", 13), fobj("zab", 30)} {
		require.NoError(t, f.Add(o))
	}
	first := popDeltas(t, f)
	assert.Equal(t, fobj("foo", 13), first.Newest().Object, "first pop")
	require.NoError(t, f.Add(fobj("foo", 14)))
	var got []int
	for range 3 {
		got = append(got, popDeltas(t, f).Newest().Object.(fifoObj).val)
	}
	assert.Equal(t, []int{1, 30, 14}, got, "later pops keep insertion order")
}

func TestDeltaFIFOHasSynced(t *testing.T) {
	tests := []struct {
		name  string
		known fifoLister
		ops   func(f *DeltaFIFO) error
		pops  int
		// initial is the isInInitialList of each pop; synced is HasSynced
		// before the first pop and after each.
		initial []bool
		synced  []bool
	}{
		{name: "nothing done", ops: func(*DeltaFIFO) error { return nil }, synced: []bool{false}},
		{name: "add", ops: func(f *DeltaFIFO) error { return f.Add(fobj("a", 1)) }, synced: []bool{true}},
		{name: "empty replace", ops: func(f *DeltaFIFO) error { return f.Replace(nil, "0") }, synced: []bool{true}},
		{
			name: "replace of two", pops: 2,
			ops:     func(f *DeltaFIFO) error { return f.Replace([]interface{}{fobj("a", 1), fobj("b", 2)}, "0") },
			initial: []bool{true, true}, synced: []bool{false, false, true},
		},
		{
			name: "replace of one key twice", pops: 1,
			ops:     func(f *DeltaFIFO) error { return f.Replace([]interface{}{fobj("a", 1), fobj("a", 2)}, "0") },
			initial: []bool{true}, synced: []bool{false, true},
		},
		{
			name: "replace counts tombstones of known objects", pops: 3,
			known:   knownFifo(fobj("foo", 1), fobj("bar", 2), fobj("baz", 3)),
			ops:     func(f *DeltaFIFO) error { return f.Replace([]interface{}{fobj("foo", 1)}, "0") },
			initial: []bool{true, true, true}, synced: []bool{false, false, false, true},
		},
		{
			name: "add after replace is not initial", pops: 2,
			ops: func(f *DeltaFIFO) error {
				return errors.Join(f.Replace([]interface{}{fobj("a", 1)}, "0"), f.Add(fobj("b", 2)))
			},
			initial: []bool{true, false}, synced: []bool{false, true, true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DeltaFIFOOptions{KeyFunction: fifoKey}
			if tt.known != nil {
				opts.KnownObjects = tt.known
			}
			f := NewDeltaFIFOWithOptions(opts)
			require.NoError(t, tt.ops(f))
			gotSynced := []bool{f.HasSynced()}
			var gotInitial []bool
			for range tt.pops {
				_, err := f.Pop(func(_ interface{}, initial bool) error {
					gotInitial = append(gotInitial, initial)
					return nil
				})
				require.NoError(t, err)
				gotSynced = append(gotSynced, f.HasSynced())
			}
			assert.Equal(t, tt.synced, gotSynced, "HasSynced before and after each pop")
			assert.Equal(t, tt.initial, gotInitial, "isInInitialList of each pop")
		})
	}
}

func TestDeltaFIFOKeyOf(t *testing.T) {
	f := NewDeltaFIFO(fifoKey, nil)
	tests := []struct {
		name    string
		obj     interface{}
		want    string
		wantErr bool
	}{
		{name: "object", obj: fobj("A", 1), want: "A"},
		{name: "tombstone", obj: DeletedFinalStateUnknown{Key: "B", Obj: fobj("x", 1)}, want: "B"},
		{name: "deltas", obj: Deltas{{Added, fobj("x", 1)}, {Updated, fobj("C", 2)}}, want: "C"},
		{name: "deltas ending in a tombstone", obj: Deltas{{Deleted, DeletedFinalStateUnknown{Key: "D"}}}, want: "D"},
		{name: "empty deltas", obj: Deltas{}, wantErr: true},
		{name: "key function error", obj: 42, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := f.KeyOf(tt.obj)
			if tt.wantErr {
				var keyErr KeyError
				require.ErrorAs(t, err, &keyErr, "KeyOf(%v)", tt.obj)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "KeyOf(%v)", tt.obj)
		})
	}
}

func TestDeltaFIFOTransformer(t *testing.T) {
	var calls []string
	transform := func(obj interface{}) (interface{}, error) {
		o := obj.(fifoObj)
		calls = append(calls, describeObj(o))
		o.val *= 10
		return o, nil
	}
	f := NewDeltaFIFOWithOptions(DeltaFIFOOptions{
		KeyFunction:  fifoKey,
		KnownObjects: knownFifo(fobj("known", 1), fobj("gone", 2)),
		Transformer:  transform,
	})
	require.NotNil(t, f.Transformer(), "Transformer()")
	require.NoError(t, f.Add(fobj("a", 1)))
	require.NoError(t, f.Update(fobj("a", 2)))
	require.NoError(t, f.Delete(fobj("a", 3)))
	require.NoError(t, f.Replace([]interface{}{fobj("b", 4)}, "1"))
	got := drainDeltas(t, f, 4)
	require.NoError(t, f.Resync())
	got = append(got, drainDeltas(t, f, 2)...)
	assert.Equal(t, []string{"a=1", "a=2", "a=3", "b=4"}, calls, "objects transformed, once each")
	assert.Equal(t, [][]string{
		{"Added:a=10", "Updated:a=20", "Deleted:a=30"},
		{"Sync:b=40"},
		{"Deleted:~gone(gone=2)"},
		{"Deleted:~known(known=1)"},
		{"Sync:gone=2"}, {"Sync:known=1"},
	}, got, "deltas: tombstones and resync objects untransformed")
}

func TestDeltaFIFOTransformerError(t *testing.T) {
	boom := errors.New("boom")
	f := NewDeltaFIFOWithOptions(DeltaFIFOOptions{
		KeyFunction: fifoKey,
		Transformer: func(interface{}) (interface{}, error) { return nil, boom },
	})
	err := f.Add(fobj("a", 1))
	require.ErrorIs(t, err, boom, "Add")
	assert.Contains(t, err.Error(), `"a"`, "the error names the key")
	assert.Empty(t, f.queuedKeys(), "nothing queued")
}

func TestDeltaFIFOKeyErrors(t *testing.T) {
	f := NewDeltaFIFO(fifoKey, nil)
	var keyErr KeyError
	assert.ErrorAs(t, f.Add(42), &keyErr, "Add")
	assert.ErrorAs(t, f.Update(42), &keyErr, "Update")
	assert.ErrorAs(t, f.Delete(42), &keyErr, "Delete")
	assert.ErrorAs(t, f.Replace([]interface{}{fobj("a", 1), 42}, "1"), &keyErr, "Replace")
}

func TestDeltaFIFOPopProcessError(t *testing.T) {
	f := NewDeltaFIFO(fifoKey, nil)
	require.NoError(t, f.Add(fobj("a", 1)))
	boom := errors.New("boom")
	got, err := f.Pop(func(interface{}, bool) error { return boom })
	require.ErrorIs(t, err, boom, "Pop returns process's error")
	assert.Equal(t, []string{"Added:a=1"}, describeDeltas(got.(Deltas)), "Pop returns the item")
	assert.Empty(t, f.queuedKeys(), "the item is not requeued")
}

func TestDeltaFIFOClose(t *testing.T) {
	f := NewDeltaFIFO(fifoKey, nil)
	assert.False(t, f.IsClosed(), "IsClosed before Close")
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := f.Pop(func(interface{}, bool) error { return nil })
			errs <- err
		}()
	}
	f.Close()
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.ErrorIs(t, err, ErrFIFOClosed, "blocked Pop after Close")
	}
	assert.True(t, f.IsClosed(), "IsClosed after Close")
	require.NoError(t, f.Add(fobj("late", 1)), "Add after Close")
	d := popDeltas(t, f)
	assert.Equal(t, []string{"Added:late=1"}, describeDeltas(d), "queued items still pop after Close")
	_, err := f.Pop(nil)
	assert.ErrorIs(t, err, ErrFIFOClosed, "Pop of a closed, empty queue")
}

func TestDeltaFIFOPopWakesOnAdd(t *testing.T) {
	f := NewDeltaFIFO(fifoKey, nil)
	done := make(chan Deltas)
	go func() {
		got, _ := f.Pop(nil)
		d, _ := got.(Deltas)
		done <- d
	}()
	require.NoError(t, f.Add(fobj("a", 1)))
	assert.Equal(t, []string{"Added:a=1"}, describeDeltas(<-done), "blocked Pop gets the added item")
}

func TestDeltasOldestNewest(t *testing.T) {
	var empty Deltas
	assert.Nil(t, empty.Oldest(), "Oldest of empty")
	assert.Nil(t, empty.Newest(), "Newest of empty")
	d := Deltas{{Added, fobj("a", 1)}, {Updated, fobj("a", 2)}}
	assert.Equal(t, Added, d.Oldest().Type, "Oldest")
	assert.Equal(t, Updated, d.Newest().Type, "Newest")
}

func TestDeltaTypeValues(t *testing.T) {
	got := strings.Join([]string{string(Added), string(Updated), string(Deleted), string(Replaced), string(Sync)}, ",")
	assert.Equal(t, "Added,Updated,Deleted,Replaced,Sync", got, "DeltaType constants")
}
