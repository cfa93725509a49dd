package watch

import (
	"errors"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// FullChannelBehavior says what a Broadcaster does when a watcher's channel
// is full.
type FullChannelBehavior int

// The behaviours a Broadcaster can have towards a slow watcher.
const (
	// WaitIfChannelFull makes the broadcaster wait until the watcher has
	// room, holding up every other watcher meanwhile.
	WaitIfChannelFull FullChannelBehavior = iota
	// DropIfChannelFull makes the broadcaster skip the event for that
	// watcher.
	DropIfChannelFull
)

// incomingQueueLength is the size of a Broadcaster's incoming queue when
// NewBroadcaster makes it.
const incomingQueueLength = 25

// errBroadcasterStopped is returned for calls made after Shutdown.
var errBroadcasterStopped = errors.New("broadcaster already stopped")

// queued is one item of the incoming queue: an event to distribute, or a
// function to run on the distribution goroutine, in order with the events.
type queued struct {
	event Event
	run   func()
}

// Broadcaster distributes the events given to Action to every watcher
// obtained from Watch, in order. Each watcher has a buffer of the queue
// length given at construction; what happens when it is full is set by the
// FullChannelBehavior. Shutdown delivers the queued events, closes every
// watcher's channel and ends the distribution goroutine.
type Broadcaster struct {
	// incomingBlock serialises writers to incoming with Shutdown.
	incomingBlock sync.Mutex
	incoming      chan queued
	stopped       chan struct{}
	distributing  sync.WaitGroup

	// watchers and nextWatcher belong to the distribution goroutine.
	watchers    map[int64]*broadcasterWatcher
	nextWatcher int64

	watchQueueLength    int
	fullChannelBehavior FullChannelBehavior
}

// NewBroadcaster returns a running Broadcaster whose watchers each buffer
// queueLength events and whose incoming queue holds 25.
func NewBroadcaster(queueLength int, fullChannelBehavior FullChannelBehavior) *Broadcaster {
	return newBroadcaster(queueLength, incomingQueueLength, fullChannelBehavior)
}

// NewLongQueueBroadcaster is NewBroadcaster with an incoming queue of
// queueLength too, so bursts of Action calls wait less.
func NewLongQueueBroadcaster(queueLength int, fullChannelBehavior FullChannelBehavior) *Broadcaster {
	return newBroadcaster(queueLength, queueLength, fullChannelBehavior)
}

// newBroadcaster builds a Broadcaster and starts its distribution loop.
// Negative lengths count as 0.
func newBroadcaster(watchQueue, incomingQueue int, behavior FullChannelBehavior) *Broadcaster {
	m := &Broadcaster{
		incoming:            make(chan queued, max(incomingQueue, 0)),
		stopped:             make(chan struct{}),
		watchers:            map[int64]*broadcasterWatcher{},
		watchQueueLength:    max(watchQueue, 0),
		fullChannelBehavior: behavior,
	}
	m.distributing.Add(1)
	go m.loop()
	return m
}

// blockQueue runs f on the distribution goroutine, after every event queued
// before it, and waits for it. It reports false, without running f, after
// Shutdown.
func (m *Broadcaster) blockQueue(f func()) bool {
	m.incomingBlock.Lock()
	defer m.incomingBlock.Unlock()
	select {
	case <-m.stopped:
		return false
	default:
	}
	var wg sync.WaitGroup
	wg.Add(1)
	m.incoming <- queued{run: func() {
		defer wg.Done()
		f()
	}}
	wg.Wait()
	return true
}

// Watch adds a watcher that receives every event given to Action after this
// call; its buffer holds the broadcaster's queue length. It fails once the
// broadcaster has been shut down.
func (m *Broadcaster) Watch() (Interface, error) {
	return m.addWatcher(m.watchQueueLength, nil)
}

// WatchWithPrefix is Watch whose watcher first receives queuedEvents. Its
// buffer holds at least len(queuedEvents)+1 events.
func (m *Broadcaster) WatchWithPrefix(queuedEvents []Event) (Interface, error) {
	return m.addWatcher(max(m.watchQueueLength, len(queuedEvents)+1), queuedEvents)
}

// addWatcher registers a watcher with a buffer of size, preloaded with
// prefix, in order with the queued events.
func (m *Broadcaster) addWatcher(size int, prefix []Event) (Interface, error) {
	var w *broadcasterWatcher
	ok := m.blockQueue(func() {
		w = &broadcasterWatcher{
			result:  make(chan Event, size),
			stopped: make(chan struct{}),
			id:      m.nextWatcher,
			m:       m,
		}
		m.nextWatcher++
		m.watchers[w.id] = w
		for _, e := range prefix {
			w.result <- e
		}
	})
	if !ok {
		return nil, errBroadcasterStopped
	}
	return w, nil
}

// stopWatching removes watcher id and closes its channel.
func (m *Broadcaster) stopWatching(id int64) {
	m.blockQueue(func() {
		w, ok := m.watchers[id]
		if !ok {
			return
		}
		delete(m.watchers, id)
		close(w.result)
	})
}

// Action queues an event for every watcher, waiting while the incoming queue
// is full. It fails once the broadcaster has been shut down.
func (m *Broadcaster) Action(action EventType, obj runtime.Object) error {
	m.incomingBlock.Lock()
	defer m.incomingBlock.Unlock()
	select {
	case <-m.stopped:
		return errBroadcasterStopped
	default:
	}
	m.incoming <- queued{event: Event{Type: action, Object: obj}}
	return nil
}

// ActionOrDrop queues an event like Action but never waits: it reports
// false when the incoming queue is full and the event was dropped.
func (m *Broadcaster) ActionOrDrop(action EventType, obj runtime.Object) (bool, error) {
	m.incomingBlock.Lock()
	defer m.incomingBlock.Unlock()
	select {
	case <-m.stopped:
		return false, errBroadcasterStopped
	default:
	}
	select {
	case m.incoming <- queued{event: Event{Type: action, Object: obj}}:
		return true, nil
	default:
		return false, nil
	}
}

// Shutdown stops accepting events, waits until the queued ones are
// distributed, then closes every watcher's channel. It may be called more
// than once. With WaitIfChannelFull it waits for slow watchers to take
// their events or stop.
func (m *Broadcaster) Shutdown() {
	m.incomingBlock.Lock()
	select {
	case <-m.stopped:
	default:
		close(m.stopped)
		close(m.incoming)
	}
	m.incomingBlock.Unlock()
	m.distributing.Wait()
}

// loop is the distribution goroutine.
func (m *Broadcaster) loop() {
	defer m.distributing.Done()
	for item := range m.incoming {
		if item.run != nil {
			item.run()
			continue
		}
		m.distribute(item.event)
	}
	for id, w := range m.watchers {
		close(w.result)
		delete(m.watchers, id)
	}
}

// distribute sends event to every watcher as fullChannelBehavior says. A
// watcher that is stopping never holds up the others.
func (m *Broadcaster) distribute(event Event) {
	for _, w := range m.watchers {
		if m.fullChannelBehavior == DropIfChannelFull {
			select {
			case w.result <- event:
			case <-w.stopped:
			default:
			}
			continue
		}
		select {
		case w.result <- event:
		case <-w.stopped:
		}
	}
}

// broadcasterWatcher is the Interface handed out by Broadcaster.Watch.
type broadcasterWatcher struct {
	result  chan Event
	stopped chan struct{}
	stop    sync.Once
	id      int64
	m       *Broadcaster
}

// ResultChan returns the watcher's events.
func (w *broadcasterWatcher) ResultChan() <-chan Event {
	return w.result
}

// Stop removes the watcher from the broadcaster and closes its channel.
func (w *broadcasterWatcher) Stop() {
	w.stop.Do(func() {
		close(w.stopped)
		w.m.stopWatching(w.id)
	})
}
