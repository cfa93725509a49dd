package workqueue

import "sync"

// TypedInterface is a work queue of items of type T. Add queues an item
// unless it is already waiting; Get blocks until an item is available and
// marks it processing; Done ends its processing. ShutDown stops accepting
// items; ShutDownWithDrain also waits for items in processing to be Done.
type TypedInterface[T comparable] interface {
	// Add queues item unless it is already waiting.
	Add(item T)
	// Len returns the number of waiting items.
	Len() int
	// Get blocks for the next item; shutdown is true once the queue is
	// shut down and empty.
	Get() (item T, shutdown bool)
	// Done ends the processing of item.
	Done(item T)
	// ShutDown stops accepting items and wakes blocked Gets.
	ShutDown()
	// ShutDownWithDrain is ShutDown that waits until items in processing
	// are Done.
	ShutDownWithDrain()
	// ShuttingDown reports whether the queue was shut down.
	ShuttingDown() bool
}

// Interface is the untyped work queue, TypedInterface of any.
//
// Deprecated: use TypedInterface instead.
type Interface TypedInterface[any]

// Queue is the ordering a Typed queue keeps its waiting items in. Push
// appends a new item, Pop removes the next one (only called when Len > 0),
// and Touch is called when an item already waiting is added again.
type Queue[T comparable] interface {
	// Touch is called when a waiting item is added again.
	Touch(item T)
	// Push appends a new item.
	Push(item T)
	// Len returns the number of items held.
	Len() int
	// Pop removes and returns the next item.
	Pop() (item T)
}

// DefaultQueue returns a FIFO Queue: items come out in the order they were
// first pushed; Touch does not move them.
func DefaultQueue[T comparable]() Queue[T] {
	return &fifo[T]{}
}

// fifo is the slice-backed FIFO of DefaultQueue.
type fifo[T comparable] struct {
	items []T
}

func (f *fifo[T]) Touch(T)     {}
func (f *fifo[T]) Push(item T) { f.items = append(f.items, item) }
func (f *fifo[T]) Len() int    { return len(f.items) }

func (f *fifo[T]) Pop() T {
	var zero T
	item := f.items[0]
	f.items[0] = zero // let the garbage collector reclaim the item
	f.items = f.items[1:]
	if len(f.items) == 0 {
		f.items = nil
	}
	return item
}

// TypedQueueConfig configures NewTypedWithConfig. Every field is optional.
type TypedQueueConfig[T comparable] struct {
	// Name names the queue in metrics; an unnamed queue reports none.
	Name string
	// MetricsProvider receives the queue's metrics; nil means the provider
	// set with SetProvider (by default, none).
	MetricsProvider MetricsProvider
	// Clock is the time source of the metrics; nil means the real clock.
	Clock Clock
	// Queue orders the waiting items; nil means DefaultQueue.
	Queue Queue[T]
}

// QueueConfig configures NewWithConfig, TypedQueueConfig of any.
//
// Deprecated: use TypedQueueConfig instead.
type QueueConfig = TypedQueueConfig[any]

// Typed is the work queue implementation returned by NewTyped and
// NewTypedWithConfig. It is safe for concurrent use.
type Typed[t comparable] struct {
	cond       *sync.Cond
	queue      Queue[t]
	dirty      map[t]struct{} // items that need processing (queued or re-added while processing)
	processing map[t]struct{} // items handed out by Get and not yet Done
	shutdown   bool
	drain      bool
	metrics    queueMetrics[t]
	stopCh     chan struct{} // closed on shutdown; stops the metrics loop
}

// Type is the untyped work queue, Typed of any.
//
// Deprecated: use Typed instead.
type Type = Typed[any]

// New returns an unnamed untyped work queue.
//
// Deprecated: use NewTyped instead.
func New() *Type {
	return NewWithConfig(QueueConfig{})
}

// NewTyped returns an unnamed work queue of items of type T.
func NewTyped[T comparable]() *Typed[T] {
	return NewTypedWithConfig(TypedQueueConfig[T]{})
}

// NewNamed returns an untyped work queue whose metrics are reported under
// name.
//
// Deprecated: use NewTypedWithConfig with a Name instead.
func NewNamed(name string) *Type {
	return NewWithConfig(QueueConfig{Name: name})
}

// NewWithConfig returns an untyped work queue configured by config.
//
// Deprecated: use NewTypedWithConfig instead.
func NewWithConfig(config QueueConfig) *Type {
	return NewTypedWithConfig(config)
}

// NewTypedWithConfig returns a work queue of items of type T configured by
// config.
func NewTypedWithConfig[T comparable](config TypedQueueConfig[T]) *Typed[T] {
	q := &Typed[T]{
		cond:       sync.NewCond(&sync.Mutex{}),
		queue:      config.Queue,
		dirty:      map[T]struct{}{},
		processing: map[T]struct{}{},
		stopCh:     make(chan struct{}),
	}
	if q.queue == nil {
		q.queue = DefaultQueue[T]()
	}
	clock := clockOrReal(config.Clock)
	q.metrics = newQueueMetrics[T](config.MetricsProvider, config.Name, clock)
	if _, noop := q.metrics.(noopQueueMetrics[T]); !noop {
		go q.updateUnfinishedWorkLoop(clock)
	}
	return q
}

// Add queues item for processing. An item already waiting is not queued
// again; an item being processed is queued again once it is Done. Add after
// ShutDown does nothing.
func (q *Typed[T]) Add(item T) {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	if q.shutdown {
		return
	}
	if _, ok := q.dirty[item]; ok {
		if _, busy := q.processing[item]; !busy {
			q.queue.Touch(item)
		}
		return
	}
	q.metrics.add(item)
	q.dirty[item] = struct{}{}
	if _, busy := q.processing[item]; busy {
		return
	}
	q.queue.Push(item)
	q.cond.Signal()
}

// Len returns the number of items waiting to be processed. Items being
// processed and items re-added while processing are not counted.
func (q *Typed[T]) Len() int {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	return q.queue.Len()
}

// Get blocks until an item is waiting and returns it, marked as processing;
// the caller must call Done with it. shutdown is true, with the zero item,
// once the queue is shut down and empty.
func (q *Typed[T]) Get() (item T, shutdown bool) {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	for q.queue.Len() == 0 && !q.shutdown {
		q.cond.Wait()
	}
	if q.queue.Len() == 0 {
		return item, true
	}
	item = q.queue.Pop()
	q.metrics.get(item)
	q.processing[item] = struct{}{}
	delete(q.dirty, item)
	return item, false
}

// Done marks item as processed. If it was added again while processing, it
// is queued again now.
func (q *Typed[T]) Done(item T) {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	q.metrics.done(item)
	delete(q.processing, item)
	if _, ok := q.dirty[item]; ok {
		q.queue.Push(item)
		q.cond.Signal()
	}
	if len(q.processing) == 0 {
		q.cond.Broadcast() // wake ShutDownWithDrain
	}
}

// ShutDown stops the queue accepting items. Workers blocked in Get return
// once the waiting items are handed out; in-flight items are not waited for.
func (q *Typed[T]) ShutDown() {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	q.drain = false
	q.shutdownLocked()
}

// ShutDownWithDrain is ShutDown that also blocks until every item handed
// out by Get has been Done. Items still waiting are not waited for (workers
// can still Get them); a worker that never calls Done blocks it forever.
func (q *Typed[T]) ShutDownWithDrain() {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	q.drain = true
	q.shutdownLocked()
	for q.drain && len(q.processing) != 0 {
		q.cond.Wait()
	}
}

// shutdownLocked marks the queue shut down and wakes every waiter.
func (q *Typed[T]) shutdownLocked() {
	if !q.shutdown {
		q.shutdown = true
		close(q.stopCh)
	}
	q.cond.Broadcast()
}

// ShuttingDown reports whether ShutDown or ShutDownWithDrain was called.
func (q *Typed[T]) ShuttingDown() bool {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	return q.shutdown
}
