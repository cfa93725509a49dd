package cache

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// popAll pops n objects from f and returns them described.
func popAll(t *testing.T, f Queue, n int) []string {
	t.Helper()
	out := make([]string, 0, n)
	for range n {
		obj, err := f.Pop(nil)
		require.NoError(t, err, "Pop")
		out = append(out, describeObj(obj))
	}
	return out
}

func TestFIFO(t *testing.T) {
	tests := []struct {
		name string
		ops  func(f *FIFO) error
		want []string
	}{{
		name: "updates keep the place in line and the latest object",
		ops: func(f *FIFO) error {
			return errors.Join(f.Add(fobj("a", 1)), f.Add(fobj("b", 1)), f.Update(fobj("a", 2)))
		},
		want: []string{"a=2", "b=1"},
	}, {
		name: "delete drops the queued object",
		ops: func(f *FIFO) error {
			return errors.Join(f.Add(fobj("a", 1)), f.Add(fobj("b", 1)), f.Delete(fobj("a", 1)))
		},
		want: []string{"b=1"},
	}, {
		name: "re-add after delete takes the old place, as in the reference",
		ops: func(f *FIFO) error {
			return errors.Join(f.Add(fobj("a", 1)), f.Add(fobj("b", 1)), f.Delete(fobj("a", 1)), f.Add(fobj("a", 3)))
		},
		want: []string{"a=3", "b=1"},
	}, {
		name: "replace swaps the content in list order",
		ops: func(f *FIFO) error {
			return errors.Join(f.Add(fobj("x", 1)),
				f.Replace([]interface{}{fobj("c", 1), fobj("a", 1), fobj("c", 2)}, "1"), f.Resync())
		},
		want: []string{"c=2", "a=1"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewFIFO(fifoKey)
			require.NoError(t, tt.ops(f))
			assert.Equal(t, tt.want, popAll(t, f, len(tt.want)), "popped objects")
			f.lock.Lock()
			assert.Empty(t, f.items, "items after the expected pops")
			f.lock.Unlock()
		})
	}
}

func TestFIFOHasSyncedAndClose(t *testing.T) {
	f := NewFIFO(fifoKey)
	assert.False(t, f.HasSynced(), "before any write")
	require.NoError(t, f.Replace([]interface{}{fobj("a", 1), fobj("b", 1)}, "1"))
	var initial []bool
	for range 2 {
		assert.False(t, f.HasSynced(), "before the initial items are popped")
		_, err := f.Pop(func(_ interface{}, isInitial bool) error {
			initial = append(initial, isInitial)
			return nil
		})
		require.NoError(t, err)
	}
	assert.True(t, f.HasSynced(), "after the initial items are popped")
	assert.Equal(t, []bool{true, true}, initial, "isInInitialList")

	var keyErr KeyError
	assert.ErrorAs(t, f.Add(42), &keyErr, "Add with a key error")
	assert.ErrorAs(t, f.Delete(42), &keyErr, "Delete with a key error")
	assert.ErrorAs(t, f.Replace([]interface{}{42}, ""), &keyErr, "Replace with a key error")

	assert.Equal(t, fobj("z", 1), func() interface{} {
		require.NoError(t, f.Add(fobj("z", 1)))
		return Pop(f)
	}(), "the Pop function")
	done := make(chan error)
	go func() {
		_, err := f.Pop(nil)
		done <- err
	}()
	f.Close()
	assert.ErrorIs(t, <-done, ErrFIFOClosed, "blocked Pop after Close")
	assert.True(t, f.IsClosed(), "IsClosed")
	assert.Nil(t, Pop(f), "the Pop function on a closed queue")
}

// TestQueuesConcurrentProducers has four producers write while one
// consumer pops: a RealFIFO delivers every write, in each producer's
// order; a DeltaFIFO and a FIFO deliver each key's last write last.
func TestQueuesConcurrentProducers(t *testing.T) {
	const producers, writes = 4, 200
	queues := []struct {
		name     string
		q        Queue
		everyOne bool
	}{
		{name: "RealFIFO", q: NewRealFIFO(fifoKey, nil, nil), everyOne: true},
		{name: "DeltaFIFO", q: NewDeltaFIFO(fifoKey, nil)},
		{name: "FIFO", q: NewFIFO(fifoKey)},
	}
	for _, tt := range queues {
		t.Run(tt.name, func(t *testing.T) {
			var wg sync.WaitGroup
			for p := range producers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range writes {
						if err := tt.q.Update(fobj(fmt.Sprintf("p%d", p), i)); err != nil {
							t.Errorf("Update: %v", err)
						}
					}
				}()
			}
			last := map[string]int{}
			popped := 0
			done := make(chan struct{})
			go func() {
				defer close(done)
				for {
					_, err := tt.q.Pop(func(obj interface{}, _ bool) error {
						objs := []interface{}{obj}
						if d, ok := obj.(Deltas); ok {
							objs = objs[:0]
							for _, delta := range d {
								objs = append(objs, delta.Object)
							}
						}
						for _, o := range objs {
							fo := o.(fifoObj)
							if prev, ok := last[fo.name]; ok && fo.val <= prev {
								t.Errorf("%s: value %d after %d", fo.name, fo.val, prev)
							}
							last[fo.name] = fo.val
							popped++
						}
						return nil
					})
					if err != nil {
						return
					}
				}
			}()
			wg.Wait()
			tt.q.Close()
			<-done
			for p := range producers {
				assert.Equal(t, writes-1, last[fmt.Sprintf("p%d", p)], "last value of producer %d", p)
			}
			if tt.everyOne {
				assert.Equal(t, producers*writes, popped, "every write popped")
			}
		})
	}
}
