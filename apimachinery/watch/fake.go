package watch

import (
	"log/slog"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// FakeOptions configures NewFakeWithOptions. The zero value gives an
// unbuffered watcher that does not log.
type FakeOptions struct {
	// Logger receives debug messages (the watcher stopping, events
	// dropped after Stop). Nil means no logging.
	Logger *slog.Logger
	// ChannelSize is the buffer size of the result channel; 0 means
	// unbuffered, so each send waits for the consumer.
	ChannelSize int
}

// FakeWatcher is an Interface whose events the test sends by hand with Add,
// Modify, Delete, Error and Action. Each send waits until the consumer takes
// the event (or there is room in the buffer). Sends after Stop are dropped,
// and a send waiting when Stop is called is abandoned, so a FakeWatcher
// never panics on a closed channel.
//
// The embedded Mutex guards the watcher's state; do not hold it while
// calling the watcher's methods.
type FakeWatcher struct {
	sync.Mutex

	result  chan Event
	done    chan struct{}
	stopped bool
	size    int
	logger  *slog.Logger
	// sending is held shared by senders and exclusively while closing the
	// result channel, so no send can race the close.
	sending sync.RWMutex
}

// NewFake returns a FakeWatcher with an unbuffered result channel.
func NewFake() *FakeWatcher {
	return NewFakeWithOptions(FakeOptions{})
}

// NewFakeWithChanSize returns a FakeWatcher whose result channel holds size
// events. blocking is accepted for compatibility and has no effect: sends
// always wait for room.
func NewFakeWithChanSize(size int, blocking bool) *FakeWatcher {
	return NewFakeWithOptions(FakeOptions{ChannelSize: size})
}

// NewFakeWithOptions returns a FakeWatcher configured by options. A negative
// ChannelSize counts as 0.
func NewFakeWithOptions(options FakeOptions) *FakeWatcher {
	size := max(options.ChannelSize, 0)
	return &FakeWatcher{
		result: make(chan Event, size),
		done:   make(chan struct{}),
		size:   size,
		logger: options.Logger,
	}
}

// Stop closes the result channel, once, and abandons any send in progress.
func (f *FakeWatcher) Stop() {
	f.Lock()
	if f.stopped {
		f.Unlock()
		return
	}
	f.stopped = true
	close(f.done)
	result := f.result
	f.Unlock()

	f.debug("stopping fake watcher")
	f.sending.Lock()
	close(result)
	f.sending.Unlock()
}

// IsStopped reports whether Stop has been called since the last Reset.
func (f *FakeWatcher) IsStopped() bool {
	f.Lock()
	defer f.Unlock()
	return f.stopped
}

// Reset stops the watcher if it is running and makes it usable again with a
// fresh result channel of the same size.
func (f *FakeWatcher) Reset() {
	f.Stop()
	f.Lock()
	defer f.Unlock()
	f.stopped = false
	f.result = make(chan Event, f.size)
	f.done = make(chan struct{})
}

// ResultChan returns the current result channel.
func (f *FakeWatcher) ResultChan() <-chan Event {
	f.Lock()
	defer f.Unlock()
	return f.result
}

// Add sends an Added event for obj.
func (f *FakeWatcher) Add(obj runtime.Object) {
	f.Action(Added, obj)
}

// Modify sends a Modified event for obj.
func (f *FakeWatcher) Modify(obj runtime.Object) {
	f.Action(Modified, obj)
}

// Delete sends a Deleted event carrying the object's last state.
func (f *FakeWatcher) Delete(lastValue runtime.Object) {
	f.Action(Deleted, lastValue)
}

// Error sends an Error event carrying errValue, usually a *metav1.Status.
func (f *FakeWatcher) Error(errValue runtime.Object) {
	f.Action(Error, errValue)
}

// Action sends an event of type action for obj. It waits for the consumer
// or for Stop; after Stop the event is dropped.
func (f *FakeWatcher) Action(action EventType, obj runtime.Object) {
	f.sending.RLock()
	defer f.sending.RUnlock()
	f.Lock()
	result, done, stopped := f.result, f.done, f.stopped
	f.Unlock()
	if stopped {
		f.debug("fake watcher stopped, event dropped", "type", string(action))
		return
	}
	select {
	case result <- Event{Type: action, Object: obj}:
	case <-done:
		f.debug("fake watcher stopped while sending, event dropped", "type", string(action))
	}
}

// debug logs msg at debug level when a logger is set.
func (f *FakeWatcher) debug(msg string, args ...any) {
	if f.logger != nil {
		f.logger.Debug(msg, args...)
	}
}
