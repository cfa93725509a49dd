package watch

import (
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// Interface is a stream of change events. ResultChan delivers them until the
// watch ends, when the channel is closed. Stop ends the watch and releases
// its resources; it may be called more than once.
type Interface interface {
	// Stop ends the watch. The result channel is closed eventually, and the
	// consumer should drain it so the producer can exit.
	Stop()
	// ResultChan returns the channel of events.
	ResultChan() <-chan Event
}

// EventType is the kind of change an Event reports.
type EventType string

// The event types a watch can deliver, with their wire spellings.
const (
	// Added reports a new object.
	Added EventType = "ADDED"
	// Modified reports a changed object.
	Modified EventType = "MODIFIED"
	// Deleted reports a removed object, carrying its last state.
	Deleted EventType = "DELETED"
	// Bookmark carries only a resource version, marking progress.
	Bookmark EventType = "BOOKMARK"
	// Error carries an error, usually a *metav1.Status.
	Error EventType = "ERROR"
)

// DefaultChanSize is the buffer size of the channels of fake watchers that
// do not say otherwise.
var DefaultChanSize int32 = 100

// Event is one change delivered by a watch.
type Event struct {
	// Type says what happened.
	Type EventType
	// Object is the object as it is after the change (Added, Modified),
	// its last state (Deleted), an object holding only a resource version
	// (Bookmark), or an error status (Error).
	Object runtime.Object
}

// DeepCopyInto copies in into out, deep-copying the object.
func (in *Event) DeepCopyInto(out *Event) {
	*out = *in
	if in.Object != nil {
		out.Object = in.Object.DeepCopyObject()
	}
}

// DeepCopy returns a deep copy of in, or nil for a nil in.
func (in *Event) DeepCopy() *Event {
	if in == nil {
		return nil
	}
	out := new(Event)
	in.DeepCopyInto(out)
	return out
}

// emptyWatch is a watch whose channel is already closed.
type emptyWatch chan Event

// NewEmptyWatch returns a watch that delivers no events: its channel is
// already closed.
func NewEmptyWatch() Interface {
	ch := make(chan Event)
	close(ch)
	return emptyWatch(ch)
}

// Stop does nothing: the watch is already over.
func (w emptyWatch) Stop() {}

// ResultChan returns the closed channel.
func (w emptyWatch) ResultChan() <-chan Event { return w }

// MockWatcher implements Interface with the functions it holds, for tests.
// A nil StopFunc makes Stop do nothing; a nil ResultChanFunc makes
// ResultChan return a closed channel.
type MockWatcher struct {
	// StopFunc is called by Stop.
	StopFunc func()
	// ResultChanFunc is called by ResultChan.
	ResultChanFunc func() <-chan Event
}

// Stop calls StopFunc, if set.
func (mw MockWatcher) Stop() {
	if mw.StopFunc != nil {
		mw.StopFunc()
	}
}

// ResultChan returns ResultChanFunc(), or a closed channel if it is nil.
func (mw MockWatcher) ResultChan() <-chan Event {
	if mw.ResultChanFunc == nil {
		return NewEmptyWatch().ResultChan()
	}
	return mw.ResultChanFunc()
}

// ProxyWatcher presents a channel that someone else writes to as an
// Interface. Stop does not close the channel; the writer watches StopChan
// and closes the channel itself.
type ProxyWatcher struct {
	result  chan Event
	stopCh  chan struct{}
	mu      sync.Mutex
	stopped bool
}

// NewProxyWatcher returns a ProxyWatcher delivering the events sent on ch.
func NewProxyWatcher(ch chan Event) *ProxyWatcher {
	return &ProxyWatcher{result: ch, stopCh: make(chan struct{})}
}

// Stop closes StopChan, once.
func (pw *ProxyWatcher) Stop() {
	pw.mu.Lock()
	defer pw.mu.Unlock()
	if !pw.stopped {
		pw.stopped = true
		close(pw.stopCh)
	}
}

// Stopping reports whether Stop has been called.
func (pw *ProxyWatcher) Stopping() bool {
	pw.mu.Lock()
	defer pw.mu.Unlock()
	return pw.stopped
}

// ResultChan returns the channel given to NewProxyWatcher.
func (pw *ProxyWatcher) ResultChan() <-chan Event {
	return pw.result
}

// StopChan returns a channel that is closed when Stop is called.
func (pw *ProxyWatcher) StopChan() <-chan struct{} {
	return pw.stopCh
}
