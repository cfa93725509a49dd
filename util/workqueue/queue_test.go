package workqueue

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQueueAddGetDone(t *testing.T) {
	// Each step runs on a fresh queue; "get" pops the head and "done" ends
	// the last item got.
	tests := []struct {
		name    string
		ops     []string // "add:X", "get", "done:X", "shutdown"
		wantLen int
		wantGot []string
	}{
		{name: "fifo order", ops: []string{"add:a", "add:b", "add:c", "get", "get"}, wantLen: 1, wantGot: []string{"a", "b"}},
		{name: "dedup while waiting", ops: []string{"add:a", "add:a", "add:b", "add:a"}, wantLen: 2},
		{name: "re-add while processing waits for done", ops: []string{"add:a", "get", "add:a"}, wantLen: 0, wantGot: []string{"a"}},
		{name: "re-added item queued again on done", ops: []string{"add:a", "get", "add:a", "add:a", "done:a"}, wantLen: 1, wantGot: []string{"a"}},
		{name: "done without re-add drops item", ops: []string{"add:a", "get", "done:a"}, wantLen: 0, wantGot: []string{"a"}},
		{name: "add after shutdown ignored", ops: []string{"add:a", "shutdown", "add:b"}, wantLen: 1},
		{name: "keeps first position on re-add", ops: []string{"add:a", "add:b", "add:a", "get"}, wantLen: 1, wantGot: []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := NewTyped[string]()
			defer q.ShutDown()
			var got []string
			for _, op := range tt.ops {
				switch {
				case op == "get":
					item, shutdown := q.Get()
					require.False(t, shutdown, "Get reported shutdown")
					got = append(got, item)
				case op == "shutdown":
					q.ShutDown()
				case op[:4] == "add:":
					q.Add(op[4:])
				case op[:5] == "done:":
					q.Done(op[5:])
				}
			}
			assert.Equal(t, tt.wantLen, q.Len(), "Len")
			assert.Equal(t, tt.wantGot, got, "items got")
		})
	}
}

func TestQueueShutDownDrainsWaitingItems(t *testing.T) {
	q := NewTyped[int]()
	q.Add(1)
	q.Add(2)
	q.ShutDown()
	require.True(t, q.ShuttingDown())
	for _, want := range []int{1, 2} {
		got, shutdown := q.Get()
		require.False(t, shutdown, "Get(%d) reported shutdown with items left", want)
		assert.Equal(t, want, got)
	}
	got, shutdown := q.Get()
	assert.True(t, shutdown, "Get on an empty shut-down queue: shutdown")
	assert.Zero(t, got)
}

func TestQueueGetBlocksUntilAddOrShutDown(t *testing.T) {
	tests := []struct {
		name         string
		wake         func(q *Typed[string])
		wantItem     string
		wantShutdown bool
	}{
		{name: "add", wake: func(q *Typed[string]) { q.Add("x") }, wantItem: "x"},
		{name: "shutdown", wake: func(q *Typed[string]) { q.ShutDown() }, wantShutdown: true},
		{name: "shutdown with drain", wake: func(q *Typed[string]) { q.ShutDownWithDrain() }, wantShutdown: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			q := NewTyped[string]()
			defer q.ShutDown()
			res := getAsync[string](q)
			select {
			case r := <-res:
				t.Fatalf("Get returned %+v on an empty queue", r)
			default:
			}
			tt.wake(q)
			r := receive(t, res)
			assert.Equal(t, tt.wantItem, r.item)
			assert.Equal(t, tt.wantShutdown, r.shutdown)
		})
	}
}

func TestQueueShutDownWithDrainWaitsForInFlight(t *testing.T) {
	checkNoGoroutineLeak(t)
	q := NewTyped[string]()
	q.Add("a")
	q.Add("b")
	a, _ := q.Get()
	b, _ := q.Get()
	drained := make(chan struct{})
	go func() {
		q.ShutDownWithDrain()
		close(drained)
	}()
	for !q.ShuttingDown() {
		runtime.Gosched()
	}
	// Re-adding while shutting down is dropped, so Done ends processing.
	q.Add(a)
	q.Done(a)
	select {
	case <-drained:
		t.Fatal("ShutDownWithDrain returned while an item was in flight")
	default:
	}
	q.Done(b)
	receive(t, drained)
	_, shutdown := q.Get()
	assert.True(t, shutdown)
}

func TestQueueShutDownWithDrainAfterRequeue(t *testing.T) {
	checkNoGoroutineLeak(t)
	q := NewTyped[string]()
	q.Add("a")
	a, _ := q.Get()
	q.Add("a") // dirty: goes back to the queue on Done
	drained := make(chan struct{})
	go func() {
		q.ShutDownWithDrain()
		close(drained)
	}()
	q.Done(a)
	receive(t, drained)
	got, shutdown := q.Get()
	assert.False(t, shutdown, "the requeued item is still handed out")
	assert.Equal(t, "a", got)
	q.Done(got)
}

func TestQueueNeverProcessesAnItemConcurrently(t *testing.T) {
	checkNoGoroutineLeak(t)
	const workers, keys, adds = 4, 5, 2000
	q := NewTyped[int]()
	var inFlight [keys]atomic.Int32
	var overlaps, processed atomic.Int32
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				item, shutdown := q.Get()
				if shutdown {
					return
				}
				if inFlight[item].Add(1) != 1 {
					overlaps.Add(1)
				}
				processed.Add(1)
				inFlight[item].Add(-1)
				q.Done(item)
			}
		}()
	}
	for i := range adds {
		q.Add(i % keys)
	}
	q.ShutDownWithDrain()
	wg.Wait()
	assert.Zero(t, overlaps.Load(), "items processed by two workers at once")
	assert.Positive(t, processed.Load())
}

// touchQueue records Touch calls around a DefaultQueue.
type touchQueue struct {
	Queue[string]
	touched []string
}

func (q *touchQueue) Touch(item string) { q.touched = append(q.touched, item) }

func TestQueueCustomQueueGetsTouch(t *testing.T) {
	inner := &touchQueue{Queue: DefaultQueue[string]()}
	q := NewTypedWithConfig(TypedQueueConfig[string]{Queue: inner})
	defer q.ShutDown()
	q.Add("a")
	q.Add("b")
	q.Add("a") // waiting: Touch
	item, _ := q.Get()
	q.Add(item) // processing: no Touch
	assert.Equal(t, []string{"a"}, inner.touched)
}

func TestUntypedConstructors(t *testing.T) {
	tests := []struct {
		name string
		q    Interface
	}{
		{name: "New", q: New()},
		{name: "NewNamed", q: NewNamed("named")},
		{name: "NewWithConfig", q: NewWithConfig(QueueConfig{Name: "cfg"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			tt.q.Add("x")
			tt.q.Add(1)
			got, _ := tt.q.Get()
			assert.Equal(t, "x", got)
			tt.q.Done(got)
			assert.Equal(t, 1, tt.q.Len())
			tt.q.ShutDown()
		})
	}
}
