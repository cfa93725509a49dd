package watch

import (
	"log/slog"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// RaceFreeFakeWatcher is a fake Interface whose sends never block: each
// event goes into a buffer of DefaultChanSize. Where the reference panics on
// a full buffer, this watcher drops the event and logs an error naming the
// event type, so a test that overfills it sees the report instead of a
// crash. Sends after Stop are ignored.
//
// The embedded Mutex guards Stopped and the channel; do not hold it while
// calling the watcher's methods.
type RaceFreeFakeWatcher struct {
	result chan Event
	// Stopped reports whether Stop has been called since the last Reset.
	// Read it under the embedded Mutex or use IsStopped.
	Stopped bool
	sync.Mutex
	logger *slog.Logger
}

// NewRaceFreeFake returns a RaceFreeFakeWatcher that reports full-buffer
// drops to slog.Default().
func NewRaceFreeFake() *RaceFreeFakeWatcher {
	return NewRaceFreeFakeWithLogger(nil)
}

// NewRaceFreeFakeWithLogger returns a RaceFreeFakeWatcher that reports
// full-buffer drops to logger; nil means slog.Default().
func NewRaceFreeFakeWithLogger(logger *slog.Logger) *RaceFreeFakeWatcher {
	return &RaceFreeFakeWatcher{
		result: make(chan Event, DefaultChanSize),
		logger: logger,
	}
}

// Stop closes the result channel, once.
func (f *RaceFreeFakeWatcher) Stop() {
	f.Lock()
	defer f.Unlock()
	if !f.Stopped {
		close(f.result)
		f.Stopped = true
	}
}

// IsStopped reports whether Stop has been called since the last Reset.
func (f *RaceFreeFakeWatcher) IsStopped() bool {
	f.Lock()
	defer f.Unlock()
	return f.Stopped
}

// Reset stops the watcher if it is running and makes it usable again with a
// fresh, empty result channel.
func (f *RaceFreeFakeWatcher) Reset() {
	f.Lock()
	defer f.Unlock()
	if !f.Stopped {
		close(f.result)
	}
	f.Stopped = false
	f.result = make(chan Event, DefaultChanSize)
}

// ResultChan returns the current result channel.
func (f *RaceFreeFakeWatcher) ResultChan() <-chan Event {
	f.Lock()
	defer f.Unlock()
	return f.result
}

// Add queues an Added event for obj.
func (f *RaceFreeFakeWatcher) Add(obj runtime.Object) {
	f.Action(Added, obj)
}

// Modify queues a Modified event for obj.
func (f *RaceFreeFakeWatcher) Modify(obj runtime.Object) {
	f.Action(Modified, obj)
}

// Delete queues a Deleted event carrying the object's last state.
func (f *RaceFreeFakeWatcher) Delete(lastValue runtime.Object) {
	f.Action(Deleted, lastValue)
}

// Error queues an Error event carrying errValue.
func (f *RaceFreeFakeWatcher) Error(errValue runtime.Object) {
	f.Action(Error, errValue)
}

// Action queues an event of type action for obj without blocking. A full
// buffer drops the event and logs an error; after Stop it is ignored.
func (f *RaceFreeFakeWatcher) Action(action EventType, obj runtime.Object) {
	f.Lock()
	defer f.Unlock()
	if f.Stopped {
		return
	}
	select {
	case f.result <- Event{Type: action, Object: obj}:
	default:
		f.log().Error("race-free fake watcher: channel full, event dropped",
			"type", string(action), "capacity", cap(f.result))
	}
}

// log returns the configured logger or the default one.
func (f *RaceFreeFakeWatcher) log() *slog.Logger {
	if f.logger != nil {
		return f.logger
	}
	return slog.Default()
}
