package cache

import (
	"errors"
	"sync"
)

// ErrFIFOClosed is returned by Pop, and by the FIFOs' writes, once the
// queue has been closed.
var ErrFIFOClosed = errors.New("DeltaFIFO: manipulating with closed queue")

// PopProcessFunc is called by a queue's Pop with the popped item, under
// the queue's lock. isInInitialList reports whether the item came from
// the first Replace and the queue had not synced yet when it was popped.
type PopProcessFunc func(obj interface{}, isInInitialList bool) error

// Queue is a Store-like producer interface with a blocking Pop: what a
// Reflector writes into and a controller pops from.
type Queue interface {
	ReflectorStore

	// Pop blocks until an item is available, removes it and calls process
	// with it. It returns the item and process's error, or ErrFIFOClosed
	// once the queue is closed.
	Pop(PopProcessFunc) (interface{}, error)

	// HasSynced reports whether the items of the first Replace have all
	// been popped (or the first write was an Add, Update or Delete).
	HasSynced() bool

	// Close wakes every blocked Pop, which then returns ErrFIFOClosed.
	Close()
}

// Pop pops one item from queue and returns it; it returns nil if the
// queue is closed.
func Pop(queue Queue) interface{} {
	var result interface{}
	_, _ = queue.Pop(func(obj interface{}, _ bool) error {
		result = obj
		return nil
	})
	return result
}

// FIFO is a Queue that holds the latest object per key: a key keeps its
// place in line when its object is updated, and each Pop returns one
// object. Delete removes the key's object so it is not popped.
type FIFO struct {
	lock sync.RWMutex
	cond sync.Cond

	items   map[string]interface{}
	queue   []string
	keyFunc KeyFunc

	populated              bool
	initialPopulationCount int
	closed                 bool
}

var _ Queue = (*FIFO)(nil)

// NewFIFO returns an empty FIFO keyed by keyFunc.
func NewFIFO(keyFunc KeyFunc) *FIFO {
	f := &FIFO{items: map[string]interface{}{}, keyFunc: keyFunc}
	f.cond.L = &f.lock
	return f
}

// key computes obj's key, wrapping a failure in a KeyError.
func (f *FIFO) key(obj interface{}) (string, error) {
	key, err := f.keyFunc(obj)
	if err != nil {
		return "", KeyError{Obj: obj, Err: err}
	}
	return key, nil
}

// Add queues obj, or replaces the queued object of its key in place.
func (f *FIFO) Add(obj interface{}) error {
	key, err := f.key(obj)
	if err != nil {
		return err
	}
	f.lock.Lock()
	defer f.lock.Unlock()
	f.populated = true
	if _, queued := f.items[key]; !queued {
		f.queue = append(f.queue, key)
	}
	f.items[key] = obj
	f.cond.Broadcast()
	return nil
}

// Update is Add.
func (f *FIFO) Update(obj interface{}) error {
	return f.Add(obj)
}

// Delete removes the queued object of obj's key, if any.
func (f *FIFO) Delete(obj interface{}) error {
	key, err := f.key(obj)
	if err != nil {
		return err
	}
	f.lock.Lock()
	defer f.lock.Unlock()
	f.populated = true
	delete(f.items, key)
	return nil
}

// IsClosed reports whether Close has been called.
func (f *FIFO) IsClosed() bool {
	f.lock.Lock()
	defer f.lock.Unlock()
	return f.closed
}

// Close makes blocked and later Pops return ErrFIFOClosed once the queue
// is empty.
func (f *FIFO) Close() {
	f.lock.Lock()
	defer f.lock.Unlock()
	f.closed = true
	f.cond.Broadcast()
}

// HasSynced reports whether the items of the first Replace have all been
// popped, or the first write was not a Replace.
func (f *FIFO) HasSynced() bool {
	f.lock.Lock()
	defer f.lock.Unlock()
	return f.populated && f.initialPopulationCount == 0
}

// Pop blocks until an object is queued, removes it and calls process with
// it while holding the queue's lock. It returns ErrFIFOClosed once the
// queue is closed and empty.
func (f *FIFO) Pop(process PopProcessFunc) (interface{}, error) {
	f.lock.Lock()
	defer f.lock.Unlock()
	for {
		for len(f.queue) == 0 {
			if f.closed {
				return nil, ErrFIFOClosed
			}
			f.cond.Wait()
		}
		isInInitialList := !(f.populated && f.initialPopulationCount == 0)
		key := f.queue[0]
		f.queue[0] = ""
		f.queue = f.queue[1:]
		if f.initialPopulationCount > 0 {
			f.initialPopulationCount--
		}
		item, ok := f.items[key]
		if !ok {
			continue // deleted while queued
		}
		delete(f.items, key)
		return item, callProcess(process, item, isInInitialList)
	}
}

// Replace makes list the whole content of the queue, in list order; a
// key listed twice keeps its first place and its last object.
func (f *FIFO) Replace(list []interface{}, resourceVersion string) error {
	items := make(map[string]interface{}, len(list))
	queue := make([]string, 0, len(list))
	for _, obj := range list {
		key, err := f.key(obj)
		if err != nil {
			return err
		}
		if _, seen := items[key]; !seen {
			queue = append(queue, key)
		}
		items[key] = obj
	}
	f.lock.Lock()
	defer f.lock.Unlock()
	if !f.populated {
		f.populated = true
		f.initialPopulationCount = len(items)
	}
	f.items = items
	f.queue = queue
	if len(queue) > 0 {
		f.cond.Broadcast()
	}
	return nil
}

// Resync puts back in line every key whose object is held but not
// queued. Every write queues its key, so in practice it changes nothing;
// it exists for the Queue interface.
func (f *FIFO) Resync() error {
	f.lock.Lock()
	defer f.lock.Unlock()
	inQueue := make(map[string]struct{}, len(f.queue))
	for _, key := range f.queue {
		inQueue[key] = struct{}{}
	}
	for key := range f.items {
		if _, ok := inQueue[key]; !ok {
			f.queue = append(f.queue, key)
		}
	}
	if len(f.queue) > 0 {
		f.cond.Broadcast()
	}
	return nil
}

// callProcess calls process, if any, with item.
func callProcess(process PopProcessFunc, item interface{}, isInInitialList bool) error {
	if process == nil {
		return nil
	}
	return process(item, isInInitialList)
}
