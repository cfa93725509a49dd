// Package workqueue provides the work queues controllers are built on: a
// deduplicating FIFO queue ([Typed], [TypedInterface]), a delaying queue
// ([TypedDelayingInterface], AddAfter), a rate-limiting queue
// ([TypedRateLimitingInterface], AddRateLimited, Forget, NumRequeues), the
// rate limiters that drive it, [ParallelizeUntil], and metrics hooks
// ([MetricsProvider], [SetProvider]).
//
// The queues guarantee that an item is never handed to two workers at once:
// an item added while it is being processed is marked dirty and queued again
// only after the worker calls Done. An item waiting in the queue is not added
// twice. After ShutDown, Add is ignored and Get keeps returning the items
// still queued, reporting shutdown only once the queue is empty;
// ShutDownWithDrain also waits until every item handed out is Done.
//
// The untyped names (Interface, Type, DelayingInterface, RateLimiter, ...)
// are the generic ones instantiated with any.
//
// Clocks are given as this package's [Clock] interface instead of
// k8s.io/utils/clock.WithTicker; every k8s.io/utils clock, real or fake,
// implements it.
package workqueue
