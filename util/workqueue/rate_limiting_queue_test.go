package workqueue

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRateLimitingQueue(t *testing.T) {
	checkNoGoroutineLeak(t)
	clock := newFakeClock()
	limiter := NewTypedItemExponentialFailureRateLimiter[string](time.Millisecond, time.Second)
	q := NewTypedRateLimitingQueueWithConfig(limiter, TypedRateLimitingQueueConfig[string]{Clock: clock})
	defer q.ShutDown()
	clock.waitForAfter(t, heartbeat)

	q.AddRateLimited("a")
	clock.waitForAfter(t, time.Millisecond)
	assert.Equal(t, 1, q.NumRequeues("a"))
	q.AddRateLimited("a")
	assert.Equal(t, 2, q.NumRequeues("a"))
	assert.Equal(t, 0, q.Len(), "nothing due yet")

	clock.Step(time.Millisecond)
	got := receive(t, getAsync[string](q))
	assert.Equal(t, "a", got.item)
	q.Forget("a")
	q.Done("a")
	assert.Equal(t, 0, q.NumRequeues("a"), "NumRequeues after Forget")
}

func TestUntypedRateLimitingConstructors(t *testing.T) {
	limiter := NewItemFastSlowRateLimiter(0, 0, 1)
	tests := []struct {
		name string
		q    RateLimitingInterface
	}{
		{name: "NewRateLimitingQueue", q: NewRateLimitingQueue(limiter)},
		{name: "NewNamedRateLimitingQueue", q: NewNamedRateLimitingQueue(limiter, "n")},
		{name: "NewRateLimitingQueueWithConfig", q: NewRateLimitingQueueWithConfig(limiter, RateLimitingQueueConfig{Name: "c"})},
		{name: "NewRateLimitingQueueWithDelayingInterface", q: NewRateLimitingQueueWithDelayingInterface(NewDelayingQueue(), limiter)},
		{name: "NewTypedRateLimitingQueue", q: NewTypedRateLimitingQueue[any](limiter)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.AddRateLimited("x") // zero delay: added now
			got, shutdown := tt.q.Get()
			require.False(t, shutdown)
			assert.Equal(t, "x", got)
			tt.q.Done(got)
			tt.q.ShutDownWithDrain()
		})
	}
}
