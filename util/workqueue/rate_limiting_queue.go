package workqueue

// TypedRateLimitingInterface is a TypedDelayingInterface that re-adds
// failed items after a delay chosen by a TypedRateLimiter.
type TypedRateLimitingInterface[T comparable] interface {
	TypedDelayingInterface[T]
	// AddRateLimited adds item after the rate limiter's delay for it.
	AddRateLimited(item T)
	// Forget clears the rate limiter's history of item; call it once item
	// was processed successfully. The item stays queued if it is.
	Forget(item T)
	// NumRequeues returns how many times item was rate limited since it was
	// last forgotten.
	NumRequeues(item T) int
}

// RateLimitingInterface is the untyped rate-limiting queue,
// TypedRateLimitingInterface of any.
//
// Deprecated: use TypedRateLimitingInterface instead.
type RateLimitingInterface TypedRateLimitingInterface[any]

// TypedRateLimitingQueueConfig configures
// NewTypedRateLimitingQueueWithConfig. Every field is optional.
type TypedRateLimitingQueueConfig[T comparable] struct {
	// Name names the queue in metrics.
	Name string
	// MetricsProvider receives the metrics; nil means the one set with
	// SetProvider.
	MetricsProvider MetricsProvider
	// Clock drives the delays; nil means the real clock.
	Clock Clock
	// DelayingQueue is the underlying queue; nil means a new delaying queue
	// with the same Name, MetricsProvider and Clock.
	DelayingQueue TypedDelayingInterface[T]
}

// RateLimitingQueueConfig is TypedRateLimitingQueueConfig of any.
//
// Deprecated: use TypedRateLimitingQueueConfig instead.
type RateLimitingQueueConfig = TypedRateLimitingQueueConfig[any]

// NewTypedRateLimitingQueue returns an unnamed rate-limiting queue of items
// of type T.
func NewTypedRateLimitingQueue[T comparable](rateLimiter TypedRateLimiter[T]) TypedRateLimitingInterface[T] {
	return NewTypedRateLimitingQueueWithConfig(rateLimiter, TypedRateLimitingQueueConfig[T]{})
}

// NewTypedRateLimitingQueueWithConfig returns a rate-limiting queue of
// items of type T configured by config.
func NewTypedRateLimitingQueueWithConfig[T comparable](rateLimiter TypedRateLimiter[T], config TypedRateLimitingQueueConfig[T]) TypedRateLimitingInterface[T] {
	dq := config.DelayingQueue
	if dq == nil {
		dq = NewTypedDelayingQueueWithConfig(TypedDelayingQueueConfig[T]{
			Name:            config.Name,
			MetricsProvider: config.MetricsProvider,
			Clock:           config.Clock,
		})
	}
	return &rateLimitingType[T]{TypedDelayingInterface: dq, rateLimiter: rateLimiter}
}

// NewRateLimitingQueue returns an unnamed untyped rate-limiting queue.
//
// Deprecated: use NewTypedRateLimitingQueue instead.
func NewRateLimitingQueue(rateLimiter RateLimiter) RateLimitingInterface {
	return NewTypedRateLimitingQueue[any](rateLimiter)
}

// NewRateLimitingQueueWithConfig returns an untyped rate-limiting queue
// configured by config.
//
// Deprecated: use NewTypedRateLimitingQueueWithConfig instead.
func NewRateLimitingQueueWithConfig(rateLimiter RateLimiter, config RateLimitingQueueConfig) RateLimitingInterface {
	return NewTypedRateLimitingQueueWithConfig[any](rateLimiter, config)
}

// NewNamedRateLimitingQueue returns an untyped rate-limiting queue with
// metrics reported under name.
//
// Deprecated: use NewTypedRateLimitingQueueWithConfig instead.
func NewNamedRateLimitingQueue(rateLimiter RateLimiter, name string) RateLimitingInterface {
	return NewRateLimitingQueueWithConfig(rateLimiter, RateLimitingQueueConfig{Name: name})
}

// NewRateLimitingQueueWithDelayingInterface returns an untyped
// rate-limiting queue over di.
//
// Deprecated: use NewTypedRateLimitingQueueWithConfig instead.
func NewRateLimitingQueueWithDelayingInterface(di DelayingInterface, rateLimiter RateLimiter) RateLimitingInterface {
	return NewRateLimitingQueueWithConfig(rateLimiter, RateLimitingQueueConfig{DelayingQueue: di})
}

// rateLimitingType adds rate-limited re-adds to a delaying queue.
type rateLimitingType[T comparable] struct {
	TypedDelayingInterface[T]
	rateLimiter TypedRateLimiter[T]
}

func (q *rateLimitingType[T]) AddRateLimited(item T) {
	q.AddAfter(item, q.rateLimiter.When(item))
}

func (q *rateLimitingType[T]) NumRequeues(item T) int {
	return q.rateLimiter.NumRequeues(item)
}

func (q *rateLimitingType[T]) Forget(item T) {
	q.rateLimiter.Forget(item)
}
