package workqueue

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"golang.org/x/time/rate"
)

// whens calls When n times for item and returns the delays.
func whens[T comparable](r TypedRateLimiter[T], item T, n int) []time.Duration {
	out := make([]time.Duration, n)
	for i := range out {
		out[i] = r.When(item)
	}
	return out
}

func TestItemExponentialFailureRateLimiter(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name      string
		base, max time.Duration
		n         int
		want      []time.Duration
	}{
		{name: "doubles from base", base: ms, max: time.Second, n: 5, want: []time.Duration{ms, 2 * ms, 4 * ms, 8 * ms, 16 * ms}},
		{name: "capped at max", base: ms, max: 5 * ms, n: 5, want: []time.Duration{ms, 2 * ms, 4 * ms, 5 * ms, 5 * ms}},
		{name: "zero base", base: 0, max: time.Second, n: 3, want: []time.Duration{0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewTypedItemExponentialFailureRateLimiter[string](tt.base, tt.max)
			assert.Equal(t, tt.want, whens(r, "a", tt.n))
			assert.Equal(t, tt.n, r.NumRequeues("a"))
			assert.Equal(t, 0, r.NumRequeues("b"), "other items are independent")
			assert.Equal(t, tt.base, r.When("b"))
			r.Forget("a")
			assert.Equal(t, 0, r.NumRequeues("a"), "NumRequeues after Forget")
			assert.Equal(t, tt.base, r.When("a"), "When after Forget")
		})
	}
}

func TestItemExponentialFailureRateLimiterOverflow(t *testing.T) {
	maxDelay := time.Duration(math.MaxInt64)
	r := NewItemExponentialFailureRateLimiter(time.Hour, maxDelay)
	var last time.Duration
	for range 100 {
		last = r.When("a")
		assert.Positive(t, last, "delay went negative")
	}
	assert.Equal(t, maxDelay, last)
}

func TestItemFastSlowRateLimiter(t *testing.T) {
	fast, slow := time.Millisecond, time.Second
	r := NewTypedItemFastSlowRateLimiter[int](fast, slow, 3)
	assert.Equal(t, []time.Duration{fast, fast, fast, slow, slow}, whens(r, 1, 5))
	assert.Equal(t, 5, r.NumRequeues(1))
	r.Forget(1)
	assert.Equal(t, 0, r.NumRequeues(1))
	assert.Equal(t, fast, r.When(1))
}

// fixedLimiter returns a fixed delay and counts calls.
type fixedLimiter struct {
	delay   time.Duration
	count   int
	forgets int
}

func (f *fixedLimiter) When(any) time.Duration { f.count++; return f.delay }
func (f *fixedLimiter) NumRequeues(any) int    { return f.count }
func (f *fixedLimiter) Forget(any)             { f.forgets++ }

func TestMaxOfRateLimiter(t *testing.T) {
	a := &fixedLimiter{delay: time.Second}
	b := &fixedLimiter{delay: time.Minute}
	r := NewMaxOfRateLimiter(a, b)
	assert.Equal(t, time.Minute, r.When("x"))
	b.count += 2
	assert.Equal(t, 3, r.NumRequeues("x"), "largest count")
	r.Forget("x")
	assert.Equal(t, []int{1, 1}, []int{a.forgets, b.forgets}, "Forget fans out")
}

func TestWithMaxWaitRateLimiter(t *testing.T) {
	tests := []struct {
		name  string
		delay time.Duration
		want  time.Duration
	}{
		{name: "below cap", delay: time.Second, want: time.Second},
		{name: "above cap", delay: time.Hour, want: time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inner := &fixedLimiter{delay: tt.delay}
			r := NewWithMaxWaitRateLimiter(inner, time.Minute)
			assert.Equal(t, tt.want, r.When("x"))
			assert.Equal(t, 1, r.NumRequeues("x"))
			r.Forget("x")
			assert.Equal(t, 1, inner.forgets)
		})
	}
}

func TestBucketRateLimiter(t *testing.T) {
	r := &BucketRateLimiter{Limiter: rate.NewLimiter(rate.Limit(1), 2)}
	assert.Zero(t, r.When("a"), "first token of the burst")
	assert.Zero(t, r.When("b"), "second token of the burst")
	assert.Positive(t, r.When("c"), "bucket empty: must wait")
	assert.Equal(t, 0, r.NumRequeues("a"))
	r.Forget("a")
}

func TestDefaultRateLimiters(t *testing.T) {
	tests := []struct {
		name  string
		r     RateLimiter
		first []time.Duration
	}{
		{name: "controller", r: DefaultControllerRateLimiter(), first: []time.Duration{5 * time.Millisecond, 10 * time.Millisecond, 20 * time.Millisecond}},
		{name: "item based", r: DefaultItemBasedRateLimiter(), first: []time.Duration{time.Millisecond, 2 * time.Millisecond, 4 * time.Millisecond}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.first, whens(tt.r, any("a"), len(tt.first)))
			for range 30 {
				tt.r.When("a")
			}
			assert.Equal(t, 1000*time.Second, tt.r.When("a"), "capped at 1000s")
		})
	}
}

func TestDefaultControllerRateLimiterBucket(t *testing.T) {
	r := DefaultTypedControllerRateLimiter[int]()
	for i := range 100 {
		assert.Equal(t, 5*time.Millisecond, r.When(i), "within the burst of 100")
	}
	assert.Greater(t, r.When(100), 5*time.Millisecond, "past the burst the bucket delays")
}
