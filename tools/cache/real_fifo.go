package cache

import (
	"fmt"
	"slices"
	"sync"
)

// RealFIFO is a Queue that keeps every change as its own entry, in
// arrival order: nothing is coalesced per key, so a consumer sees each
// Add, Update and Delete exactly as the producer wrote them. Pop returns
// one change at a time as a one-element Deltas. It is the queue the
// reference's shared informers use.
type RealFIFO struct {
	lock sync.RWMutex
	cond sync.Cond

	items []Delta

	populated              bool
	initialPopulationCount int
	closed                 bool

	keyFunc      KeyFunc
	knownObjects KeyListerGetter
	transformer  TransformFunc
}

var (
	_ Queue             = (*RealFIFO)(nil)
	_ TransformingStore = (*RealFIFO)(nil)
)

// NewRealFIFO returns an empty RealFIFO keyed by keyFunc (default
// MetaNamespaceKeyFunc). knownObjects, normally the consumer's store, is
// consulted by Replace and Resync and may be nil; transformer, if not nil,
// is applied once to every object given to Add, Update, Delete and
// Replace.
func NewRealFIFO(keyFunc KeyFunc, knownObjects KeyListerGetter, transformer TransformFunc) *RealFIFO {
	if keyFunc == nil {
		keyFunc = MetaNamespaceKeyFunc
	}
	f := &RealFIFO{keyFunc: keyFunc, knownObjects: knownObjects, transformer: transformer}
	f.cond.L = &f.lock
	return f
}

// keyOf returns the key of obj, looking through Deltas and tombstones.
func (f *RealFIFO) keyOf(obj interface{}) (string, error) {
	return queuedKey(f.keyFunc, obj)
}

// Transformer returns the transformer given to NewRealFIFO, or nil.
func (f *RealFIFO) Transformer() TransformFunc {
	return f.transformer
}

// HasSynced reports whether the entries of the first Replace have all
// been popped, or the first write was an Add, Update or Delete.
func (f *RealFIFO) HasSynced() bool {
	f.lock.Lock()
	defer f.lock.Unlock()
	return f.hasSyncedLocked()
}

func (f *RealFIFO) hasSyncedLocked() bool {
	return f.populated && f.initialPopulationCount == 0
}

// Add queues an Added change for obj.
func (f *RealFIFO) Add(obj interface{}) error {
	return f.queueAction(Added, obj)
}

// Update queues an Updated change for obj.
func (f *RealFIFO) Update(obj interface{}) error {
	return f.queueAction(Updated, obj)
}

// Delete queues a Deleted change for obj, known or not.
func (f *RealFIFO) Delete(obj interface{}) error {
	return f.queueAction(Deleted, obj)
}

func (f *RealFIFO) queueAction(action DeltaType, obj interface{}) error {
	f.lock.Lock()
	defer f.lock.Unlock()
	f.populated = true
	return f.queueActionLocked(action, obj, true)
}

// queueActionLocked appends a change of type action for obj; transform
// says whether obj came from the caller (and so gets the transformer).
func (f *RealFIFO) queueActionLocked(action DeltaType, obj interface{}, transform bool) error {
	key, err := f.keyOf(obj)
	if err != nil {
		return err
	}
	if transform && f.transformer != nil {
		if _, tombstone := obj.(DeletedFinalStateUnknown); !tombstone {
			obj, err = f.transformer(obj)
			if err != nil {
				return fmt.Errorf("transforming the object of %q: %w", key, err)
			}
		}
	}
	f.items = append(f.items, Delta{Type: action, Object: obj})
	f.cond.Broadcast()
	return nil
}

// IsClosed reports whether Close has been called.
func (f *RealFIFO) IsClosed() bool {
	f.lock.Lock()
	defer f.lock.Unlock()
	return f.closed
}

// Close makes blocked and later Pops return ErrFIFOClosed once the queue
// is empty.
func (f *RealFIFO) Close() {
	f.lock.Lock()
	defer f.lock.Unlock()
	f.closed = true
	f.cond.Broadcast()
}

// Pop blocks until a change is queued, removes the oldest and calls
// process with it as a one-element Deltas while holding the queue's lock.
// It returns that Deltas and process's error, or ErrFIFOClosed once the
// queue is closed and empty.
func (f *RealFIFO) Pop(process PopProcessFunc) (interface{}, error) {
	f.lock.Lock()
	defer f.lock.Unlock()
	for len(f.items) == 0 {
		if f.closed {
			return nil, ErrFIFOClosed
		}
		f.cond.Wait()
	}
	isInInitialList := !f.hasSyncedLocked()
	item := f.items[0]
	f.items[0] = Delta{}
	f.items = f.items[1:]
	if f.initialPopulationCount > 0 {
		f.initialPopulationCount--
	}
	deltas := Deltas{item}
	return deltas, callProcess(process, deltas, isInInitialList)
}

// Replace first queues the deletions the new list implies — a tombstone
// for each queued key not in newItems whose last queued change is not a
// deletion, then one for each known key neither listed nor queued — and
// then a Replaced change for every object of newItems, in order. The
// resource version is not used.
func (f *RealFIFO) Replace(newItems []interface{}, resourceVersion string) error {
	f.lock.Lock()
	defer f.lock.Unlock()
	listed := make(map[string]struct{}, len(newItems))
	for _, obj := range newItems {
		key, err := f.keyOf(obj)
		if err != nil {
			return fmt.Errorf("replacing the queue content: %w", err)
		}
		listed[key] = struct{}{}
	}
	if err := f.queueMissingLocked(listed); err != nil {
		return fmt.Errorf("replacing the queue content: %w", err)
	}
	for _, obj := range newItems {
		if err := f.queueActionLocked(Replaced, obj, true); err != nil {
			return fmt.Errorf("replacing the queue content: %w", err)
		}
	}
	if !f.populated {
		f.populated = true
		f.initialPopulationCount = len(f.items)
	}
	return nil
}

// queueMissingLocked queues the tombstone deletions of Replace for every
// queued or known key not in listed.
func (f *RealFIFO) queueMissingLocked(listed map[string]struct{}) error {
	order, last, err := f.lastQueuedLocked()
	if err != nil {
		return err
	}
	for _, key := range order {
		delta := last[key]
		if _, ok := listed[key]; ok || delta.Type == Deleted {
			continue
		}
		obj := delta.Object
		if d, ok := obj.(DeletedFinalStateUnknown); ok {
			obj = d.Obj
		}
		if err := f.queueActionLocked(Deleted, DeletedFinalStateUnknown{Key: key, Obj: obj}, false); err != nil {
			return err
		}
	}
	if f.knownObjects == nil {
		return nil
	}
	known := f.knownObjects.ListKeys()
	slices.Sort(known)
	for _, key := range known {
		if _, ok := listed[key]; ok {
			continue
		}
		if _, ok := last[key]; ok {
			continue
		}
		obj, exists, err := f.knownObjects.GetByKey(key)
		if err != nil || !exists {
			obj = nil
		}
		if err := f.queueActionLocked(Deleted, DeletedFinalStateUnknown{Key: key, Obj: obj}, false); err != nil {
			return err
		}
	}
	return nil
}

// lastQueuedLocked returns the distinct queued keys in order of first
// appearance and the last queued change of each.
func (f *RealFIFO) lastQueuedLocked() ([]string, map[string]Delta, error) {
	last := make(map[string]Delta, len(f.items))
	var order []string
	for _, d := range f.items {
		key, err := f.keyOf(d.Object)
		if err != nil {
			return nil, nil, err
		}
		if _, seen := last[key]; !seen {
			order = append(order, key)
		}
		last[key] = d
	}
	return order, last, nil
}

// Resync queues a Sync change with the known object for every
// KnownObjects key that has no queued change.
func (f *RealFIFO) Resync() error {
	f.lock.Lock()
	defer f.lock.Unlock()
	if f.knownObjects == nil {
		return nil
	}
	_, queued, err := f.lastQueuedLocked()
	if err != nil {
		return fmt.Errorf("resyncing the queue: %w", err)
	}
	keys := f.knownObjects.ListKeys()
	slices.Sort(keys)
	for _, key := range keys {
		if _, ok := queued[key]; ok {
			continue
		}
		obj, exists, err := f.knownObjects.GetByKey(key)
		if err != nil || !exists {
			continue // vanished since ListKeys; nothing to sync
		}
		if err := f.queueActionLocked(Sync, obj, false); err != nil {
			return fmt.Errorf("resyncing the queue: %w", err)
		}
	}
	return nil
}
