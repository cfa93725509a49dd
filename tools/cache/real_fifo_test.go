package cache

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// queued returns the described entries queued in f, in order.
func (f *RealFIFO) queued() []string {
	f.lock.Lock()
	defer f.lock.Unlock()
	return describeDeltas(Deltas(f.items))
}

func TestRealFIFOOrder(t *testing.T) {
	tests := []struct {
		name  string
		known fifoLister
		ops   func(f *RealFIFO) error
		want  []string
	}{{
		name: "every change is its own entry in arrival order",
		ops: func(f *RealFIFO) error {
			return errors.Join(f.Add(fobj("a", 1)), f.Add(fobj("b", 1)), f.Update(fobj("a", 2)),
				f.Delete(fobj("a", 3)), f.Delete(fobj("a", 3)), f.Delete(fobj("unknown", 9)))
		},
		want: []string{"Added:a=1", "Added:b=1", "Updated:a=2", "Deleted:a=3", "Deleted:a=3", "Deleted:unknown=9"},
	}, {
		name:  "replace queues deletions before the replaced objects",
		known: knownFifo(fobj("k", 1), fobj("y", 1), fobj("foo", 4)),
		ops: func(f *RealFIFO) error {
			return errors.Join(f.Add(fobj("x", 1)), f.Add(fobj("y", 1)), f.Delete(fobj("y", 2)),
				f.Replace([]interface{}{fobj("foo", 5), fobj("bar", 6)}, "7"))
		},
		want: []string{"Added:x=1", "Added:y=1", "Deleted:y=2",
			"Deleted:~x(x=1)", "Deleted:~k(k=1)", "Replaced:foo=5", "Replaced:bar=6"},
	}, {
		name: "replace unwraps a queued tombstone",
		ops: func(f *RealFIFO) error {
			return errors.Join(f.Update(DeletedFinalStateUnknown{Key: "t", Obj: fobj("t", 1)}), f.Replace(nil, "1"))
		},
		want: []string{"Updated:~t(t=1)", "Deleted:~t(t=1)"},
	}, {
		name:  "resync syncs known keys without queued changes",
		known: knownFifo(fobj("a", 1), fobj("b", 2)),
		ops:   func(f *RealFIFO) error { return errors.Join(f.Update(fobj("a", 3)), f.Resync()) },
		want:  []string{"Updated:a=3", "Sync:b=2"},
	}, {
		name: "resync without known objects does nothing",
		ops:  func(f *RealFIFO) error { return f.Resync() },
		want: []string{},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var known KeyListerGetter
			if tt.known != nil {
				known = tt.known
			}
			f := NewRealFIFO(fifoKey, known, nil)
			require.NoError(t, tt.ops(f))
			assert.Equal(t, tt.want, f.queued(), "queued entries")
			var got []string
			for range tt.want {
				d := popDeltas(t, f)
				require.Len(t, d, 1, "a RealFIFO pops one delta at a time")
				got = append(got, describeDeltas(d)...)
			}
			assert.Equal(t, tt.want, append([]string{}, got...), "popped entries")
			assert.Empty(t, f.queued(), "queue after the expected pops")
		})
	}
}

func TestRealFIFOHasSynced(t *testing.T) {
	f := NewRealFIFO(fifoKey, knownFifo(fobj("gone", 1)), nil)
	assert.False(t, f.HasSynced(), "HasSynced before any write")
	require.NoError(t, f.Replace([]interface{}{fobj("a", 1), fobj("b", 2)}, "1"))
	var initial []bool
	synced := []bool{f.HasSynced()}
	for range 3 {
		_, err := f.Pop(func(_ interface{}, isInitial bool) error {
			initial = append(initial, isInitial)
			return nil
		})
		require.NoError(t, err)
		synced = append(synced, f.HasSynced())
	}
	assert.Equal(t, []bool{true, true, true}, initial, "isInInitialList of each pop")
	assert.Equal(t, []bool{false, false, false, true}, synced, "HasSynced before and after each pop")

	g := NewRealFIFO(fifoKey, nil, nil)
	require.NoError(t, g.Delete(fobj("x", 1)))
	assert.True(t, g.HasSynced(), "HasSynced after a first Delete")
}

func TestRealFIFOTransformer(t *testing.T) {
	var calls []string
	f := NewRealFIFO(fifoKey, knownFifo(fobj("gone", 1)), func(obj interface{}) (interface{}, error) {
		o := obj.(fifoObj)
		calls = append(calls, describeObj(o))
		o.val *= 10
		return o, nil
	})
	require.NotNil(t, f.Transformer(), "Transformer()")
	require.NoError(t, f.Add(fobj("a", 1)))
	require.NoError(t, f.Delete(fobj("a", 2)))
	require.NoError(t, f.Replace([]interface{}{fobj("b", 3)}, "1"))
	assert.Equal(t, []string{"a=1", "a=2", "b=3"}, calls, "objects transformed, once each")
	assert.Equal(t, []string{"Added:a=10", "Deleted:a=20", "Deleted:~gone(gone=1)", "Replaced:b=30"},
		f.queued(), "queued entries")

	boom := errors.New("boom")
	g := NewRealFIFO(fifoKey, nil, func(interface{}) (interface{}, error) { return nil, boom })
	assert.ErrorIs(t, g.Add(fobj("a", 1)), boom, "a transformer error is returned")
	assert.Empty(t, g.queued(), "nothing queued after a transformer error")
}

func TestRealFIFOCloseAndErrors(t *testing.T) {
	f := NewRealFIFO(nil, nil, nil)
	var keyErr KeyError
	assert.ErrorAs(t, f.Add(42), &keyErr, "Add of an object without metadata")
	assert.ErrorAs(t, f.Replace([]interface{}{42}, "1"), &keyErr, "Replace with an object without metadata")
	done := make(chan error)
	go func() {
		_, err := f.Pop(nil)
		done <- err
	}()
	f.Close()
	assert.ErrorIs(t, <-done, ErrFIFOClosed, "blocked Pop after Close")
	assert.True(t, f.IsClosed(), "IsClosed")
}
