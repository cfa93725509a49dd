package cache

import (
	"container/heap"
	"errors"
	"sync"
)

// errHeapClosed is returned by the writes and Pop of a closed Heap.
var errHeapClosed = errors.New("heap is closed")

// LessFunc reports whether a sorts before b in a Heap.
type LessFunc func(interface{}, interface{}) bool

// Heap is a thread-safe priority queue of keyed objects: Pop returns the
// object that sorts first by the LessFunc, blocking while the heap is
// empty. Adding an object whose key is held replaces it and re-sorts.
type Heap struct {
	lock   sync.RWMutex
	cond   sync.Cond
	data   heapData
	closed bool
}

// NewHeap returns an empty Heap keyed by keyFn and ordered by lessFn.
func NewHeap(keyFn KeyFunc, lessFn LessFunc) *Heap {
	h := &Heap{data: heapData{items: map[string]*heapItem{}, keyFunc: keyFn, lessFunc: lessFn}}
	h.cond.L = &h.lock
	return h
}

// key computes obj's key, wrapping a failure in a KeyError.
func (h *Heap) key(obj interface{}) (string, error) {
	key, err := h.data.keyFunc(obj)
	if err != nil {
		return "", KeyError{Obj: obj, Err: err}
	}
	return key, nil
}

// Close makes blocked and later Pops, and later writes, fail.
func (h *Heap) Close() {
	h.lock.Lock()
	defer h.lock.Unlock()
	h.closed = true
	h.cond.Broadcast()
}

// IsClosed reports whether Close has been called.
func (h *Heap) IsClosed() bool {
	h.lock.RLock()
	defer h.lock.RUnlock()
	return h.closed
}

// Add inserts obj, or replaces the object of its key and re-sorts it.
func (h *Heap) Add(obj interface{}) error {
	key, err := h.key(obj)
	if err != nil {
		return err
	}
	h.lock.Lock()
	defer h.lock.Unlock()
	if h.closed {
		return errHeapClosed
	}
	h.putLocked(key, obj)
	h.cond.Broadcast()
	return nil
}

// Update is Add.
func (h *Heap) Update(obj interface{}) error {
	return h.Add(obj)
}

// BulkAdd adds every object of list; nothing is added if a key cannot be
// computed.
func (h *Heap) BulkAdd(list []interface{}) error {
	keys := make([]string, len(list))
	for i, obj := range list {
		key, err := h.key(obj)
		if err != nil {
			return err
		}
		keys[i] = key
	}
	h.lock.Lock()
	defer h.lock.Unlock()
	if h.closed {
		return errHeapClosed
	}
	for i, obj := range list {
		h.putLocked(keys[i], obj)
	}
	h.cond.Broadcast()
	return nil
}

// AddIfNotPresent inserts obj unless an object of its key is held, in
// which case it does nothing.
func (h *Heap) AddIfNotPresent(obj interface{}) error {
	key, err := h.key(obj)
	if err != nil {
		return err
	}
	h.lock.Lock()
	defer h.lock.Unlock()
	if h.closed {
		return errHeapClosed
	}
	if _, held := h.data.items[key]; !held {
		heap.Push(&h.data, &heapItem{key: key, obj: obj})
		h.cond.Broadcast()
	}
	return nil
}

// putLocked inserts or replaces the object of key.
func (h *Heap) putLocked(key string, obj interface{}) {
	if item, held := h.data.items[key]; held {
		item.obj = obj
		heap.Fix(&h.data, item.index)
		return
	}
	heap.Push(&h.data, &heapItem{key: key, obj: obj})
}

// Delete removes the object of obj's key; it is an error if there is none.
func (h *Heap) Delete(obj interface{}) error {
	key, err := h.key(obj)
	if err != nil {
		return err
	}
	h.lock.Lock()
	defer h.lock.Unlock()
	item, held := h.data.items[key]
	if !held {
		return errors.New("object not found")
	}
	heap.Remove(&h.data, item.index)
	return nil
}

// Pop blocks until the heap holds an object, then removes and returns the
// one that sorts first. It fails once the heap is closed.
func (h *Heap) Pop() (interface{}, error) {
	h.lock.Lock()
	defer h.lock.Unlock()
	for len(h.data.queue) == 0 {
		if h.closed {
			return nil, errHeapClosed
		}
		h.cond.Wait()
	}
	item := heap.Pop(&h.data).(*heapItem)
	return item.obj, nil
}

// List returns every held object, in no particular order.
func (h *Heap) List() []interface{} {
	h.lock.RLock()
	defer h.lock.RUnlock()
	list := make([]interface{}, 0, len(h.data.queue))
	for _, item := range h.data.queue {
		list = append(list, item.obj)
	}
	return list
}

// ListKeys returns the key of every held object, in no particular order.
func (h *Heap) ListKeys() []string {
	h.lock.RLock()
	defer h.lock.RUnlock()
	keys := make([]string, 0, len(h.data.queue))
	for _, item := range h.data.queue {
		keys = append(keys, item.key)
	}
	return keys
}

// Get returns the held object with obj's key.
func (h *Heap) Get(obj interface{}) (interface{}, bool, error) {
	key, err := h.key(obj)
	if err != nil {
		return nil, false, err
	}
	return h.GetByKey(key)
}

// GetByKey returns the held object with the given key.
func (h *Heap) GetByKey(key string) (interface{}, bool, error) {
	h.lock.RLock()
	defer h.lock.RUnlock()
	item, held := h.data.items[key]
	if !held {
		return nil, false, nil
	}
	return item.obj, true, nil
}

// heapItem is one object of a Heap and its position in the queue.
type heapItem struct {
	key   string
	obj   interface{}
	index int
}

// heapData implements container/heap.Interface over the keyed items.
type heapData struct {
	items    map[string]*heapItem
	queue    []*heapItem
	keyFunc  KeyFunc
	lessFunc LessFunc
}

func (d *heapData) Len() int { return len(d.queue) }

func (d *heapData) Less(i, j int) bool {
	return d.lessFunc(d.queue[i].obj, d.queue[j].obj)
}

func (d *heapData) Swap(i, j int) {
	d.queue[i], d.queue[j] = d.queue[j], d.queue[i]
	d.queue[i].index = i
	d.queue[j].index = j
}

// Push appends x, a *heapItem; container/heap calls it.
func (d *heapData) Push(x interface{}) {
	item := x.(*heapItem)
	item.index = len(d.queue)
	d.queue = append(d.queue, item)
	d.items[item.key] = item
}

// Pop removes the last item; container/heap calls it.
func (d *heapData) Pop() interface{} {
	n := len(d.queue)
	item := d.queue[n-1]
	d.queue[n-1] = nil
	d.queue = d.queue[:n-1]
	delete(d.items, item.key)
	return item
}
