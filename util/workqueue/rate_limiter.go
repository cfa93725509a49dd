package workqueue

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// TypedRateLimiter decides how long an item waits before it is retried.
// When records a failure and returns the delay; Forget clears the item's
// history; NumRequeues returns how many failures it has recorded.
type TypedRateLimiter[T comparable] interface {
	// When records a failure of item and returns how long it should wait.
	When(item T) time.Duration
	// Forget clears the history of item.
	Forget(item T)
	// NumRequeues returns the failures recorded for item.
	NumRequeues(item T) int
}

// RateLimiter is the untyped rate limiter, TypedRateLimiter of any.
//
// Deprecated: use TypedRateLimiter instead.
type RateLimiter TypedRateLimiter[any]

// DefaultTypedControllerRateLimiter returns the limiter controllers
// usually use: the larger of a per-item exponential backoff from 5ms to
// 1000s and an overall token bucket of 10 per second with a burst of 100.
func DefaultTypedControllerRateLimiter[T comparable]() TypedRateLimiter[T] {
	return NewTypedMaxOfRateLimiter(
		NewTypedItemExponentialFailureRateLimiter[T](5*time.Millisecond, 1000*time.Second),
		&TypedBucketRateLimiter[T]{Limiter: rate.NewLimiter(rate.Limit(10), 100)},
	)
}

// DefaultControllerRateLimiter is DefaultTypedControllerRateLimiter of any.
//
// Deprecated: use DefaultTypedControllerRateLimiter instead.
func DefaultControllerRateLimiter() RateLimiter {
	return DefaultTypedControllerRateLimiter[any]()
}

// DefaultTypedItemBasedRateLimiter returns a per-item exponential backoff
// from 1ms to 1000s.
func DefaultTypedItemBasedRateLimiter[T comparable]() TypedRateLimiter[T] {
	return NewTypedItemExponentialFailureRateLimiter[T](time.Millisecond, 1000*time.Second)
}

// DefaultItemBasedRateLimiter is DefaultTypedItemBasedRateLimiter of any.
//
// Deprecated: use DefaultTypedItemBasedRateLimiter instead.
func DefaultItemBasedRateLimiter() RateLimiter {
	return DefaultTypedItemBasedRateLimiter[any]()
}

// TypedBucketRateLimiter delays items by a token bucket shared by all of
// them; it keeps no per-item history.
type TypedBucketRateLimiter[T comparable] struct {
	*rate.Limiter
}

// BucketRateLimiter is TypedBucketRateLimiter of any.
//
// Deprecated: use TypedBucketRateLimiter instead.
type BucketRateLimiter = TypedBucketRateLimiter[any]

// When reserves a token and returns how long to wait for it.
func (r *TypedBucketRateLimiter[T]) When(item T) time.Duration {
	return r.Limiter.Reserve().Delay()
}

// NumRequeues returns 0: the bucket keeps no per-item history.
func (r *TypedBucketRateLimiter[T]) NumRequeues(item T) int { return 0 }

// Forget does nothing: the bucket keeps no per-item history.
func (r *TypedBucketRateLimiter[T]) Forget(item T) {}

// TypedItemExponentialFailureRateLimiter delays an item by
// baseDelay*2^failures, failures counted before this one, capped at
// maxDelay.
type TypedItemExponentialFailureRateLimiter[T comparable] struct {
	mu        sync.Mutex
	failures  map[T]int
	baseDelay time.Duration
	maxDelay  time.Duration
}

// ItemExponentialFailureRateLimiter is
// TypedItemExponentialFailureRateLimiter of any.
//
// Deprecated: use TypedItemExponentialFailureRateLimiter instead.
type ItemExponentialFailureRateLimiter = TypedItemExponentialFailureRateLimiter[any]

// NewTypedItemExponentialFailureRateLimiter returns a per-item exponential
// backoff from baseDelay to maxDelay.
func NewTypedItemExponentialFailureRateLimiter[T comparable](baseDelay time.Duration, maxDelay time.Duration) TypedRateLimiter[T] {
	return &TypedItemExponentialFailureRateLimiter[T]{
		failures:  map[T]int{},
		baseDelay: baseDelay,
		maxDelay:  maxDelay,
	}
}

// NewItemExponentialFailureRateLimiter is
// NewTypedItemExponentialFailureRateLimiter of any.
//
// Deprecated: use NewTypedItemExponentialFailureRateLimiter instead.
func NewItemExponentialFailureRateLimiter(baseDelay time.Duration, maxDelay time.Duration) RateLimiter {
	return NewTypedItemExponentialFailureRateLimiter[any](baseDelay, maxDelay)
}

// When records a failure of item and returns its backoff.
func (r *TypedItemExponentialFailureRateLimiter[T]) When(item T) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failures == nil {
		r.failures = map[T]int{}
	}
	exp := r.failures[item]
	r.failures[item] = exp + 1
	backoff := float64(r.baseDelay.Nanoseconds()) * math.Pow(2, float64(exp))
	if backoff > math.MaxInt64 {
		return r.maxDelay
	}
	return min(time.Duration(backoff), r.maxDelay)
}

// NumRequeues returns the failures recorded for item.
func (r *TypedItemExponentialFailureRateLimiter[T]) NumRequeues(item T) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failures[item]
}

// Forget clears the failures recorded for item.
func (r *TypedItemExponentialFailureRateLimiter[T]) Forget(item T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.failures, item)
}

// TypedItemFastSlowRateLimiter delays an item by fastDelay for its first
// maxFastAttempts failures and by slowDelay after that.
type TypedItemFastSlowRateLimiter[T comparable] struct {
	mu              sync.Mutex
	failures        map[T]int
	maxFastAttempts int
	fastDelay       time.Duration
	slowDelay       time.Duration
}

// ItemFastSlowRateLimiter is TypedItemFastSlowRateLimiter of any.
//
// Deprecated: use TypedItemFastSlowRateLimiter instead.
type ItemFastSlowRateLimiter = TypedItemFastSlowRateLimiter[any]

// NewTypedItemFastSlowRateLimiter returns a limiter that waits fastDelay
// for the first maxFastAttempts failures of an item, then slowDelay.
func NewTypedItemFastSlowRateLimiter[T comparable](fastDelay time.Duration, slowDelay time.Duration, maxFastAttempts int) TypedRateLimiter[T] {
	return &TypedItemFastSlowRateLimiter[T]{
		failures:        map[T]int{},
		fastDelay:       fastDelay,
		slowDelay:       slowDelay,
		maxFastAttempts: maxFastAttempts,
	}
}

// NewItemFastSlowRateLimiter is NewTypedItemFastSlowRateLimiter of any.
//
// Deprecated: use NewTypedItemFastSlowRateLimiter instead.
func NewItemFastSlowRateLimiter(fastDelay time.Duration, slowDelay time.Duration, maxFastAttempts int) RateLimiter {
	return NewTypedItemFastSlowRateLimiter[any](fastDelay, slowDelay, maxFastAttempts)
}

// When records a failure of item and returns its delay.
func (r *TypedItemFastSlowRateLimiter[T]) When(item T) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failures == nil {
		r.failures = map[T]int{}
	}
	r.failures[item]++
	if r.failures[item] <= r.maxFastAttempts {
		return r.fastDelay
	}
	return r.slowDelay
}

// NumRequeues returns the failures recorded for item.
func (r *TypedItemFastSlowRateLimiter[T]) NumRequeues(item T) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failures[item]
}

// Forget clears the failures recorded for item.
func (r *TypedItemFastSlowRateLimiter[T]) Forget(item T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.failures, item)
}
