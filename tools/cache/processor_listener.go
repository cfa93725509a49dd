package cache

import (
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// initialBufferSize is the initial capacity of a listener's notification
// buffer; it grows without bound as a slow handler falls behind.
const initialBufferSize = 1024

// panicPause is how long a listener waits after its handler panicked before
// it delivers the next notification.
const panicPause = time.Second

// addNotification, updateNotification and deleteNotification are the
// notifications a listener delivers to its handler.
type addNotification struct {
	newObj          interface{}
	isInInitialList bool
}

type updateNotification struct {
	oldObj, newObj interface{}
}

type deleteNotification struct {
	oldObj interface{}
}

// processorListener delivers notifications to one handler on its own
// goroutine: add appends to an unbounded buffer and never blocks, run takes
// from it and calls the handler, so a slow handler never blocks the informer
// or other handlers. It is the ResourceEventHandlerRegistration of its
// handler.
type processorListener struct {
	handler ResourceEventHandler
	logger  *slog.Logger

	lock     sync.Mutex
	buffer   notificationBuffer
	wake     chan struct{} // capacity 1: a notification was buffered
	done     chan struct{} // closed by stop
	stopOnce sync.Once

	// upstreamSynced reports whether the informer has delivered its initial
	// list; pendingInitial counts initial-list notifications queued for the
	// handler and not yet handled.
	upstreamSynced func() bool
	pendingInitial atomic.Int64

	// requestedResyncPeriod is what the handler asked for; resyncPeriod is
	// what the informer's resync check period allows.
	requestedResyncPeriod time.Duration
	resyncLock            sync.Mutex
	resyncPeriod          time.Duration
	nextResync            time.Time
}

// newProcessorListener returns a listener for handler; upstreamSynced is the
// informer's HasSynced.
func newProcessorListener(logger *slog.Logger, handler ResourceEventHandler, requested, resync time.Duration, now time.Time, upstreamSynced func() bool) *processorListener {
	l := &processorListener{
		handler:               handler,
		logger:                logger,
		wake:                  make(chan struct{}, 1),
		done:                  make(chan struct{}),
		upstreamSynced:        upstreamSynced,
		requestedResyncPeriod: requested,
		resyncPeriod:          resync,
	}
	l.determineNextResync(now)
	return l
}

// HasSynced reports whether the informer has synced and the handler has
// handled every initial-list notification queued for it.
func (l *processorListener) HasSynced() bool {
	return l.upstreamSynced() && l.pendingInitial.Load() == 0
}

// String names the listener's handler in errors.
func (l *processorListener) String() string {
	return fmt.Sprintf("%T", l.handler)
}

// add buffers a notification for the handler; it never blocks. After stop
// it does nothing.
func (l *processorListener) add(notification interface{}) {
	if n, ok := notification.(addNotification); ok && n.isInInitialList {
		l.pendingInitial.Add(1)
	}
	l.lock.Lock()
	select {
	case <-l.done:
		l.lock.Unlock()
		return
	default:
	}
	l.buffer.put(notification)
	l.lock.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// stop ends run after the notification in progress and drops the buffered
// ones.
func (l *processorListener) stop() {
	l.stopOnce.Do(func() {
		l.lock.Lock()
		defer l.lock.Unlock()
		close(l.done)
		l.buffer = notificationBuffer{}
	})
}

// next waits for the oldest buffered notification; false means stopped.
func (l *processorListener) next() (interface{}, bool) {
	for {
		l.lock.Lock()
		select {
		case <-l.done:
			l.lock.Unlock()
			return nil, false
		default:
		}
		n, ok := l.buffer.take()
		l.lock.Unlock()
		if ok {
			return n, true
		}
		select {
		case <-l.wake:
		case <-l.done:
			return nil, false
		}
	}
}

// run calls the handler for every notification until stop. A panicking
// handler is reported to the logger with its stack, and the listener
// pauses for panicPause before going on.
func (l *processorListener) run() {
	for {
		n, ok := l.next()
		if !ok {
			return
		}
		if !l.deliver(n) {
			continue
		}
		timer := time.NewTimer(panicPause)
		select {
		case <-timer.C:
		case <-l.done:
			timer.Stop()
			return
		}
	}
}

// deliver calls the handler with n and reports whether it panicked.
func (l *processorListener) deliver(n interface{}) (panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
			l.logger.Error("informer event handler panicked", "handler", l.String(), "panic", r, "stack", string(debug.Stack()))
		}
	}()
	switch n := n.(type) {
	case addNotification:
		if n.isInInitialList {
			defer l.pendingInitial.Add(-1)
		}
		l.handler.OnAdd(n.newObj, n.isInInitialList)
	case updateNotification:
		l.handler.OnUpdate(n.oldObj, n.newObj)
	case deleteNotification:
		l.handler.OnDelete(n.oldObj)
	}
	return false
}

// shouldResync reports whether the listener's resync is due at now.
func (l *processorListener) shouldResync(now time.Time) bool {
	l.resyncLock.Lock()
	defer l.resyncLock.Unlock()
	return l.resyncPeriod != 0 && !now.Before(l.nextResync)
}

// determineNextResync schedules the next resync one period after now.
func (l *processorListener) determineNextResync(now time.Time) {
	l.resyncLock.Lock()
	defer l.resyncLock.Unlock()
	l.nextResync = now.Add(l.resyncPeriod)
}

// setResyncPeriod changes the listener's effective resync period.
func (l *processorListener) setResyncPeriod(period time.Duration) {
	l.resyncLock.Lock()
	defer l.resyncLock.Unlock()
	l.resyncPeriod = period
}

// notificationBuffer is an unbounded FIFO ring of notifications.
type notificationBuffer struct {
	items []interface{}
	head  int
	count int
}

// put appends n, doubling the ring when full.
func (b *notificationBuffer) put(n interface{}) {
	if b.count == len(b.items) {
		size := 2 * len(b.items)
		if size == 0 {
			size = initialBufferSize
		}
		grown := make([]interface{}, size)
		for i := 0; i < b.count; i++ {
			grown[i] = b.items[(b.head+i)%len(b.items)]
		}
		b.items, b.head = grown, 0
	}
	b.items[(b.head+b.count)%len(b.items)] = n
	b.count++
}

// take removes and returns the oldest notification.
func (b *notificationBuffer) take() (interface{}, bool) {
	if b.count == 0 {
		return nil, false
	}
	n := b.items[b.head]
	b.items[b.head] = nil
	b.head = (b.head + 1) % len(b.items)
	b.count--
	return n, true
}
