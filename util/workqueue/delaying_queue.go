package workqueue

import (
	"container/heap"
	"log/slog"
	"sync"
	"time"
)

// heartbeat is the longest the delaying queue's loop sleeps without
// re-checking the items it holds.
const heartbeat = 10 * time.Second

// addAfterBuffer is how many AddAfter calls can be pending before AddAfter
// blocks.
const addAfterBuffer = 1000

// TypedDelayingInterface is a TypedInterface that can also add an item
// after a delay.
type TypedDelayingInterface[T comparable] interface {
	TypedInterface[T]
	// AddAfter adds item once duration has passed; duration <= 0 adds it
	// now. If item is already held, the earlier ready time wins.
	AddAfter(item T, duration time.Duration)
}

// DelayingInterface is the untyped delaying queue, TypedDelayingInterface
// of any.
//
// Deprecated: use TypedDelayingInterface instead.
type DelayingInterface TypedDelayingInterface[any]

// TypedDelayingQueueConfig configures NewTypedDelayingQueueWithConfig.
// Every field is optional.
type TypedDelayingQueueConfig[T comparable] struct {
	// Logger is accepted for compatibility; the queue logs nothing.
	Logger *slog.Logger
	// Name names the queue in metrics.
	Name string
	// MetricsProvider receives the metrics; nil means the one set with
	// SetProvider.
	MetricsProvider MetricsProvider
	// Clock drives the delays; nil means the real clock.
	Clock Clock
	// Queue is the underlying queue; nil means a new Typed queue with the
	// same Name, MetricsProvider and Clock.
	Queue TypedInterface[T]
}

// DelayingQueueConfig configures NewDelayingQueueWithConfig,
// TypedDelayingQueueConfig of any.
//
// Deprecated: use TypedDelayingQueueConfig instead.
type DelayingQueueConfig = TypedDelayingQueueConfig[any]

// NewDelayingQueue returns an unnamed untyped delaying queue.
//
// Deprecated: use NewTypedDelayingQueue instead.
func NewDelayingQueue() DelayingInterface {
	return NewDelayingQueueWithConfig(DelayingQueueConfig{})
}

// NewTypedDelayingQueue returns an unnamed delaying queue of items of type
// T.
func NewTypedDelayingQueue[T comparable]() TypedDelayingInterface[T] {
	return NewTypedDelayingQueueWithConfig(TypedDelayingQueueConfig[T]{})
}

// TypedNewDelayingQueue is NewTypedDelayingQueue.
//
// Deprecated: use NewTypedDelayingQueue instead.
func TypedNewDelayingQueue[T comparable]() TypedDelayingInterface[T] {
	return NewTypedDelayingQueue[T]()
}

// NewDelayingQueueWithConfig returns an untyped delaying queue configured
// by config.
//
// Deprecated: use NewTypedDelayingQueueWithConfig instead.
func NewDelayingQueueWithConfig(config DelayingQueueConfig) DelayingInterface {
	return NewTypedDelayingQueueWithConfig(config)
}

// NewDelayingQueueWithCustomQueue returns an untyped delaying queue over q,
// with metrics reported under name.
//
// Deprecated: use NewTypedDelayingQueueWithConfig instead.
func NewDelayingQueueWithCustomQueue(q Interface, name string) DelayingInterface {
	return NewDelayingQueueWithConfig(DelayingQueueConfig{Name: name, Queue: q})
}

// NewNamedDelayingQueue returns an untyped delaying queue with metrics
// reported under name.
//
// Deprecated: use NewTypedDelayingQueueWithConfig instead.
func NewNamedDelayingQueue(name string) DelayingInterface {
	return NewDelayingQueueWithConfig(DelayingQueueConfig{Name: name})
}

// NewDelayingQueueWithCustomClock returns an untyped delaying queue driven
// by clock, with metrics reported under name.
//
// Deprecated: use NewTypedDelayingQueueWithConfig instead.
func NewDelayingQueueWithCustomClock(clock Clock, name string) DelayingInterface {
	return NewDelayingQueueWithConfig(DelayingQueueConfig{Name: name, Clock: clock})
}

// NewTypedDelayingQueueWithConfig returns a delaying queue of items of type
// T configured by config. Its background goroutine ends at ShutDown or
// ShutDownWithDrain.
func NewTypedDelayingQueueWithConfig[T comparable](config TypedDelayingQueueConfig[T]) TypedDelayingInterface[T] {
	clock := clockOrReal(config.Clock)
	inner := config.Queue
	if inner == nil {
		inner = NewTypedWithConfig(TypedQueueConfig[T]{
			Name:            config.Name,
			MetricsProvider: config.MetricsProvider,
			Clock:           clock,
		})
	}
	q := &delayingType[T]{
		TypedInterface: inner,
		clock:          clock,
		stopCh:         make(chan struct{}),
		waitingForAdd:  make(chan waitFor[T], addAfterBuffer),
		metrics:        newRetryMetrics(config.MetricsProvider, config.Name),
	}
	go q.waitingLoop()
	return q
}

// delayingType wraps a TypedInterface with AddAfter.
type delayingType[T comparable] struct {
	TypedInterface[T]
	clock         Clock
	stopCh        chan struct{}
	stopOnce      sync.Once
	waitingForAdd chan waitFor[T]
	metrics       retryMetrics
}

// waitFor is an item and the time it is due.
type waitFor[T comparable] struct {
	item    T
	readyAt time.Time
	index   int // position in the waitHeap
}

// ShutDown stops the delay loop, dropping items not yet due, and shuts the
// queue down.
func (q *delayingType[T]) ShutDown() {
	q.stop()
	q.TypedInterface.ShutDown()
}

// ShutDownWithDrain stops the delay loop, dropping items not yet due, and
// shuts the queue down, waiting for items in processing to be Done.
func (q *delayingType[T]) ShutDownWithDrain() {
	q.stop()
	q.TypedInterface.ShutDownWithDrain()
}

func (q *delayingType[T]) stop() {
	q.stopOnce.Do(func() { close(q.stopCh) })
}

// AddAfter adds item after duration; see TypedDelayingInterface.
func (q *delayingType[T]) AddAfter(item T, duration time.Duration) {
	if q.ShuttingDown() {
		return
	}
	q.metrics.retry()
	if duration <= 0 {
		q.Add(item)
		return
	}
	select {
	case <-q.stopCh:
	case q.waitingForAdd <- waitFor[T]{item: item, readyAt: q.clock.Now().Add(duration)}:
	}
}

// waitingLoop holds delayed items until they are due and adds them then.
func (q *delayingType[T]) waitingLoop() {
	waiting := &waitHeap[T]{}
	byItem := map[T]*waitFor[T]{}
	for {
		if q.TypedInterface.ShuttingDown() {
			return
		}
		now := q.clock.Now()
		for waiting.Len() > 0 && !(*waiting)[0].readyAt.After(now) {
			w := heap.Pop(waiting).(*waitFor[T])
			delete(byItem, w.item)
			q.Add(w.item)
		}
		wait := heartbeat
		if waiting.Len() > 0 {
			wait = min(wait, (*waiting)[0].readyAt.Sub(now))
		}
		select {
		case <-q.stopCh:
			return
		case <-q.clock.After(wait):
		case w := <-q.waitingForAdd:
			q.hold(waiting, byItem, w)
			q.drainPending(waiting, byItem)
		}
	}
}

// drainPending takes every AddAfter already buffered without blocking.
func (q *delayingType[T]) drainPending(waiting *waitHeap[T], byItem map[T]*waitFor[T]) {
	for {
		select {
		case w := <-q.waitingForAdd:
			q.hold(waiting, byItem, w)
		default:
			return
		}
	}
}

// hold adds w now if it is due, else keeps it, with the earliest ready time
// if the item is already held.
func (q *delayingType[T]) hold(waiting *waitHeap[T], byItem map[T]*waitFor[T], w waitFor[T]) {
	if !w.readyAt.After(q.clock.Now()) {
		q.Add(w.item)
		return
	}
	if held, ok := byItem[w.item]; ok {
		if w.readyAt.Before(held.readyAt) {
			held.readyAt = w.readyAt
			heap.Fix(waiting, held.index)
		}
		return
	}
	entry := &w
	heap.Push(waiting, entry)
	byItem[w.item] = entry
}

// waitHeap is a min-heap of waitFor by ready time.
type waitHeap[T comparable] []*waitFor[T]

func (h waitHeap[T]) Len() int           { return len(h) }
func (h waitHeap[T]) Less(i, j int) bool { return h[i].readyAt.Before(h[j].readyAt) }

func (h waitHeap[T]) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *waitHeap[T]) Push(x any) {
	w := x.(*waitFor[T])
	w.index = len(*h)
	*h = append(*h, w)
}

func (h *waitHeap[T]) Pop() any {
	old := *h
	n := len(old)
	w := old[n-1]
	old[n-1] = nil
	*h = old[:n-1]
	return w
}
