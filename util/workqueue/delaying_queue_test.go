package workqueue

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newFakeDelayingQueue returns a delaying queue on a fake clock whose loop
// has started (it is waiting on its heartbeat).
func newFakeDelayingQueue(t *testing.T) (TypedDelayingInterface[string], *fakeClock) {
	t.Helper()
	checkNoGoroutineLeak(t)
	clock := newFakeClock()
	q := NewTypedDelayingQueueWithConfig(TypedDelayingQueueConfig[string]{Clock: clock})
	t.Cleanup(q.ShutDown)
	clock.waitForAfter(t, heartbeat)
	return q, clock
}

func TestDelayingQueueAddAfter(t *testing.T) {
	q, clock := newFakeDelayingQueue(t)
	q.AddAfter("a", 50*time.Millisecond)
	clock.waitForAfter(t, 50*time.Millisecond)
	assert.Equal(t, 0, q.Len(), "Len before the delay passed")

	clock.Step(49 * time.Millisecond)
	assert.Equal(t, 0, q.Len(), "Len 1ms before the delay passed")

	clock.Step(time.Millisecond)
	got := receive(t, getAsync(q))
	assert.Equal(t, "a", got.item)
}

func TestDelayingQueueNonPositiveDelayAddsNow(t *testing.T) {
	for _, d := range []time.Duration{0, -time.Second} {
		t.Run(d.String(), func(t *testing.T) {
			q := NewTypedDelayingQueue[string]()
			defer q.ShutDown()
			q.AddAfter("a", d)
			assert.Equal(t, 1, q.Len())
		})
	}
}

func TestDelayingQueueKeepsEarliestReadyTime(t *testing.T) {
	tests := []struct {
		name   string
		delays []time.Duration
		step   time.Duration
	}{
		{name: "shorter second", delays: []time.Duration{100 * time.Millisecond, 50 * time.Millisecond}, step: 50 * time.Millisecond},
		{name: "longer second", delays: []time.Duration{50 * time.Millisecond, 100 * time.Millisecond}, step: 50 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, clock := newFakeDelayingQueue(t)
			earliest := heartbeat
			for _, d := range tt.delays {
				q.AddAfter("a", d)
				earliest = min(earliest, d)
				clock.waitForAfter(t, earliest) // the loop waits for the earliest
			}
			clock.Step(tt.step)
			got := receive(t, getAsync(q))
			assert.Equal(t, "a", got.item)
			q.Done(got.item)
			clock.waitForAfter(t, heartbeat) // nothing left to wait for
			assert.Equal(t, 0, q.Len(), "the item is added once")
		})
	}
}

func TestDelayingQueueOrdersByReadyTime(t *testing.T) {
	q, clock := newFakeDelayingQueue(t)
	q.AddAfter("late", 30*time.Millisecond)
	clock.waitForAfter(t, 30*time.Millisecond)
	q.AddAfter("early", 10*time.Millisecond)
	clock.waitForAfter(t, 10*time.Millisecond)
	q.AddAfter("mid", 20*time.Millisecond)
	clock.waitForAfter(t, 10*time.Millisecond)

	clock.Step(30 * time.Millisecond)
	for _, want := range []string{"early", "mid", "late"} {
		got := receive(t, getAsync(q))
		assert.Equal(t, want, got.item)
	}
}

func TestDelayingQueueAddAfterShutDownIgnored(t *testing.T) {
	q, _ := newFakeDelayingQueue(t)
	q.ShutDown()
	q.AddAfter("a", 0)
	q.AddAfter("b", time.Hour)
	_, shutdown := q.Get()
	assert.True(t, shutdown)
}

func TestDelayingQueueShutDownWithDrain(t *testing.T) {
	q, clock := newFakeDelayingQueue(t)
	q.Add("a")
	q.AddAfter("b", time.Minute)
	clock.waitForAfter(t, heartbeat) // heartbeat < 1 minute
	item, _ := q.Get()
	drained := make(chan struct{})
	go func() {
		q.ShutDownWithDrain()
		close(drained)
	}()
	q.Done(item)
	receive(t, drained)
	_, shutdown := q.Get()
	assert.True(t, shutdown, "the delayed item is dropped at shutdown")
}

func TestDelayingQueueHeartbeat(t *testing.T) {
	q, clock := newFakeDelayingQueue(t)
	q.AddAfter("a", time.Minute)
	clock.waitForAfter(t, heartbeat)
	for range 6 {
		clock.Step(heartbeat)
		clock.waitForAfter(t, heartbeat)
	}
	got := receive(t, getAsync(q))
	assert.Equal(t, "a", got.item)
}

func TestUntypedDelayingConstructors(t *testing.T) {
	clock := newFakeClock()
	tests := []struct {
		name string
		q    DelayingInterface
	}{
		{name: "NewDelayingQueue", q: NewDelayingQueue()},
		{name: "NewNamedDelayingQueue", q: NewNamedDelayingQueue("d")},
		{name: "NewDelayingQueueWithCustomClock", q: NewDelayingQueueWithCustomClock(clock, "c")},
		{name: "NewDelayingQueueWithCustomQueue", q: NewDelayingQueueWithCustomQueue(New(), "q")},
		{name: "TypedNewDelayingQueue", q: TypedNewDelayingQueue[any]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.AddAfter("x", 0)
			got, shutdown := tt.q.Get()
			require.False(t, shutdown)
			assert.Equal(t, "x", got)
			tt.q.Done(got)
			tt.q.ShutDown()
			assert.True(t, tt.q.ShuttingDown())
		})
	}
}
