package watch

import "sync"

// FilterFunc decides what a filtered watch passes on: it returns the event
// to deliver (possibly changed) and whether to deliver it at all.
type FilterFunc func(in Event) (out Event, keep bool)

// Filter returns a watch that delivers w's events as f rewrites them,
// dropping those f does not keep. Stopping it stops w. Its channel closes
// when w's channel closes or, after Stop, without waiting for w.
func Filter(w Interface, f FilterFunc) Interface {
	fw := &filteredWatch{
		incoming: w,
		result:   make(chan Event),
		done:     make(chan struct{}),
		f:        f,
	}
	go fw.loop()
	return fw
}

// filteredWatch runs the filter in its own goroutine.
type filteredWatch struct {
	incoming Interface
	result   chan Event
	done     chan struct{}
	stopOnce sync.Once
	f        FilterFunc
}

// ResultChan returns the filtered events.
func (fw *filteredWatch) ResultChan() <-chan Event {
	return fw.result
}

// Stop stops the underlying watch and ends the filter goroutine.
func (fw *filteredWatch) Stop() {
	fw.stopOnce.Do(func() {
		close(fw.done)
		fw.incoming.Stop()
	})
}

// loop forwards filtered events until the source ends or Stop is called.
func (fw *filteredWatch) loop() {
	defer close(fw.result)
	in := fw.incoming.ResultChan()
	for {
		var event Event
		var ok bool
		select {
		case <-fw.done:
			return
		case event, ok = <-in:
			if !ok {
				return
			}
		}
		filtered, keep := fw.f(event)
		if !keep {
			continue
		}
		select {
		case <-fw.done:
			return
		case fw.result <- filtered:
		}
	}
}

// Recorder is a watch that remembers every event it passes on.
type Recorder struct {
	Interface

	mu     sync.Mutex
	events []Event
}

// NewRecorder returns a Recorder delivering and recording w's events.
func NewRecorder(w Interface) *Recorder {
	r := &Recorder{}
	r.Interface = Filter(w, r.record)
	return r
}

// record appends in to the recorded events and passes it on unchanged.
func (r *Recorder) record(in Event) (Event, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, in)
	return in, true
}

// Events returns a copy of the events seen so far, in order.
func (r *Recorder) Events() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Event, len(r.events))
	copy(out, r.events)
	return out
}
