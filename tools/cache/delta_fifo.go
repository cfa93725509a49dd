package cache

import (
	"fmt"
	"log/slog"
	"slices"
	"sync"
)

// DeltaType says what happened to an object in a Delta.
type DeltaType string

// The change types of a Delta.
const (
	// Added is an object seen for the first time by a watch or an Add.
	Added DeltaType = "Added"
	// Updated is a changed object.
	Updated DeltaType = "Updated"
	// Deleted is a deleted object; the Delta's Object is its last state,
	// or a DeletedFinalStateUnknown when the deletion was inferred.
	Deleted DeltaType = "Deleted"
	// Replaced is an object of a relist, emitted instead of Sync when
	// DeltaFIFOOptions.EmitDeltaTypeReplaced is set.
	Replaced DeltaType = "Replaced"
	// Sync is an object of a relist or of a periodic resync.
	Sync DeltaType = "Sync"
)

// Delta is one change to an object: its type and the object after it (the
// last known state for a deletion).
type Delta struct {
	Type   DeltaType
	Object interface{}
}

// Deltas is the changes of one object, oldest first.
type Deltas []Delta

// Oldest returns the first delta, or nil if there is none.
func (d Deltas) Oldest() *Delta {
	if len(d) == 0 {
		return nil
	}
	return &d[0]
}

// Newest returns the last delta, or nil if there is none.
func (d Deltas) Newest() *Delta {
	if len(d) == 0 {
		return nil
	}
	return &d[len(d)-1]
}

// DeltaFIFOOptions configures NewDeltaFIFOWithOptions. The zero value
// works.
type DeltaFIFOOptions struct {
	// KeyFunction computes object keys. Default: MetaNamespaceKeyFunc.
	KeyFunction KeyFunc

	// KnownObjects is what the consumer has already stored, normally the
	// informer's Indexer; Delete, Replace and Resync consult it. Default:
	// none.
	KnownObjects KeyListerGetter

	// EmitDeltaTypeReplaced makes Replace queue Replaced deltas instead of
	// Sync ones. Default: false (Sync), as the reference keeps for
	// backwards compatibility.
	EmitDeltaTypeReplaced bool

	// Transformer is applied once to every object given to Add, Update,
	// Delete and Replace, before it is queued; never to tombstones or to
	// the objects of Resync. Default: none.
	Transformer TransformFunc

	// Logger receives the rare inconsistencies the queue can only report,
	// such as a known object that vanished during Resync. Default:
	// slog.Default().
	Logger *slog.Logger
}

// DeltaFIFO is a Queue of per-key change lists: each key holds the Deltas
// accumulated since it was last popped and keeps its place in line, and
// Pop returns the whole Deltas of the head key. It is the classic informer
// queue; the reference's shared informers now use RealFIFO, but custom
// controllers still build on this one.
//
// Consecutive deletions of a key are folded into one. When KnownObjects is
// set, Replace queues a DeletedFinalStateUnknown deletion for each known
// key the new list lacks, and Resync queues a Sync for each known key
// with nothing queued.
type DeltaFIFO struct {
	lock sync.RWMutex
	cond sync.Cond

	items map[string]Deltas
	queue []string

	populated              bool
	initialPopulationCount int
	closed                 bool

	keyFunc               KeyFunc
	knownObjects          KeyListerGetter
	emitDeltaTypeReplaced bool
	transformer           TransformFunc
	logger                *slog.Logger
}

var (
	_ Queue             = (*DeltaFIFO)(nil)
	_ TransformingStore = (*DeltaFIFO)(nil)
)

// NewDeltaFIFO returns a DeltaFIFO keyed by keyFunc over knownObjects
// (which may be nil). It queues Sync deltas on Replace; use
// NewDeltaFIFOWithOptions with EmitDeltaTypeReplaced for Replaced ones.
func NewDeltaFIFO(keyFunc KeyFunc, knownObjects KeyListerGetter) *DeltaFIFO {
	return NewDeltaFIFOWithOptions(DeltaFIFOOptions{KeyFunction: keyFunc, KnownObjects: knownObjects})
}

// NewDeltaFIFOWithOptions returns a DeltaFIFO configured by opts.
func NewDeltaFIFOWithOptions(opts DeltaFIFOOptions) *DeltaFIFO {
	if opts.KeyFunction == nil {
		opts.KeyFunction = MetaNamespaceKeyFunc
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	f := &DeltaFIFO{
		items:                 map[string]Deltas{},
		keyFunc:               opts.KeyFunction,
		knownObjects:          opts.KnownObjects,
		emitDeltaTypeReplaced: opts.EmitDeltaTypeReplaced,
		transformer:           opts.Transformer,
		logger:                opts.Logger,
	}
	f.cond.L = &f.lock
	return f
}

// KeyOf returns the key of obj: of its newest delta for a Deltas, the Key
// of a DeletedFinalStateUnknown, otherwise the key function's result.
func (f *DeltaFIFO) KeyOf(obj interface{}) (string, error) {
	return queuedKey(f.keyFunc, obj)
}

// queuedKey is the key of obj in a queue keyed by keyFunc: of the newest
// delta for a Deltas, the Key of a DeletedFinalStateUnknown, otherwise
// keyFunc's result. Errors are KeyErrors.
func queuedKey(keyFunc KeyFunc, obj interface{}) (string, error) {
	if d, ok := obj.(Deltas); ok {
		newest := d.Newest()
		if newest == nil {
			return "", KeyError{Obj: obj, Err: fmt.Errorf("0 length Deltas object; can't get key")}
		}
		obj = newest.Object
	}
	if d, ok := obj.(DeletedFinalStateUnknown); ok {
		return d.Key, nil
	}
	key, err := keyFunc(obj)
	if err != nil {
		return "", KeyError{Obj: obj, Err: err}
	}
	return key, nil
}

// Transformer returns the TransformFunc of the options, or nil.
func (f *DeltaFIFO) Transformer() TransformFunc {
	return f.transformer
}

// HasSynced reports whether the items of the first Replace have all been
// popped, or the first write was an Add, Update or Delete.
func (f *DeltaFIFO) HasSynced() bool {
	f.lock.Lock()
	defer f.lock.Unlock()
	return f.hasSyncedLocked()
}

func (f *DeltaFIFO) hasSyncedLocked() bool {
	return f.populated && f.initialPopulationCount == 0
}

// Add queues an Added delta for obj.
func (f *DeltaFIFO) Add(obj interface{}) error {
	f.lock.Lock()
	defer f.lock.Unlock()
	f.populated = true
	return f.queueActionLocked(Added, obj, true)
}

// Update queues an Updated delta for obj.
func (f *DeltaFIFO) Update(obj interface{}) error {
	f.lock.Lock()
	defer f.lock.Unlock()
	f.populated = true
	return f.queueActionLocked(Updated, obj, true)
}

// Delete queues a Deleted delta for obj, unless the queue has never heard
// of its key: nothing is queued for it and KnownObjects (if set) does not
// hold it.
func (f *DeltaFIFO) Delete(obj interface{}) error {
	key, err := f.KeyOf(obj)
	if err != nil {
		return err
	}
	f.lock.Lock()
	defer f.lock.Unlock()
	f.populated = true
	_, queued := f.items[key]
	if !queued {
		if f.knownObjects == nil {
			return nil
		}
		_, known, err := f.knownObjects.GetByKey(key)
		if err == nil && !known {
			return nil
		}
	}
	return f.queueActionLocked(Deleted, obj, true)
}

// queueActionLocked appends a delta of type action for obj to its key,
// queueing the key if it was not. transform says whether obj came from
// the caller (and so gets the Transformer) rather than from the queue's
// own bookkeeping.
func (f *DeltaFIFO) queueActionLocked(action DeltaType, obj interface{}, transform bool) error {
	key, err := f.KeyOf(obj)
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
	old, queued := f.items[key]
	deltas := dedupDeltas(append(old, Delta{Type: action, Object: obj}))
	if !queued {
		f.queue = append(f.queue, key)
	}
	f.items[key] = deltas
	f.cond.Broadcast()
	return nil
}

// dedupDeltas folds the last two deltas into one when both are
// deletions: the older is kept unless it is an inferred tombstone.
func dedupDeltas(deltas Deltas) Deltas {
	n := len(deltas)
	if n < 2 {
		return deltas
	}
	older, newer := deltas[n-2], deltas[n-1]
	if older.Type != Deleted || newer.Type != Deleted {
		return deltas
	}
	kept := older
	if _, tombstone := older.Object.(DeletedFinalStateUnknown); tombstone {
		kept = newer
	}
	deltas[n-2] = kept
	deltas[n-1] = Delta{}
	return deltas[:n-1]
}

// IsClosed reports whether Close has been called.
func (f *DeltaFIFO) IsClosed() bool {
	f.lock.Lock()
	defer f.lock.Unlock()
	return f.closed
}

// Close makes blocked and later Pops return ErrFIFOClosed once the queue
// is empty.
func (f *DeltaFIFO) Close() {
	f.lock.Lock()
	defer f.lock.Unlock()
	f.closed = true
	f.cond.Broadcast()
}

// Pop blocks until a key is queued, removes it and calls process with its
// Deltas (oldest first) while holding the queue's lock, so that
// HasSynced turns true only after the last initial item was processed.
// It returns the Deltas and process's error, or ErrFIFOClosed once the
// queue is closed and empty.
func (f *DeltaFIFO) Pop(process PopProcessFunc) (interface{}, error) {
	f.lock.Lock()
	defer f.lock.Unlock()
	for {
		for len(f.queue) == 0 {
			if f.closed {
				return nil, ErrFIFOClosed
			}
			f.cond.Wait()
		}
		isInInitialList := !f.hasSyncedLocked()
		key := f.queue[0]
		f.queue[0] = ""
		f.queue = f.queue[1:]
		if f.initialPopulationCount > 0 {
			f.initialPopulationCount--
		}
		deltas, ok := f.items[key]
		if !ok {
			continue // cannot happen: a queued key always has deltas
		}
		delete(f.items, key)
		return deltas, callProcess(process, deltas, isInInitialList)
	}
}

// Replace queues a Sync (or Replaced) delta for each object of list,
// then infers the deletions of everything else: a tombstone deletion for
// each queued key not in list (carrying its newest queued object), and,
// with KnownObjects, for each known key not in list and not queued
// (carrying the known object). The resource version is not used.
func (f *DeltaFIFO) Replace(list []interface{}, _ string) error {
	f.lock.Lock()
	defer f.lock.Unlock()
	action := Sync
	if f.emitDeltaTypeReplaced {
		action = Replaced
	}
	listed := make(map[string]struct{}, len(list))
	for _, obj := range list {
		key, err := f.KeyOf(obj)
		if err != nil {
			return fmt.Errorf("replacing the queue content: %w", err)
		}
		listed[key] = struct{}{}
		if err := f.queueActionLocked(action, obj, true); err != nil {
			return fmt.Errorf("replacing the queue content: %w", err)
		}
	}
	deletions, err := f.queueMissingLocked(listed)
	if err != nil {
		return fmt.Errorf("replacing the queue content: %w", err)
	}
	if !f.populated {
		f.populated = true
		f.initialPopulationCount = len(listed) + deletions
	}
	return nil
}

// queueMissingLocked queues the tombstone deletions of Replace for every
// queued or known key not in listed, and returns how many it queued.
func (f *DeltaFIFO) queueMissingLocked(listed map[string]struct{}) (int, error) {
	deletions := 0
	for _, key := range f.queue {
		if _, ok := listed[key]; ok {
			continue
		}
		var last interface{}
		if newest := f.items[key].Newest(); newest != nil {
			last = newest.Object
			if d, ok := last.(DeletedFinalStateUnknown); ok {
				last = d.Obj
			}
		}
		deletions++
		if err := f.queueActionLocked(Deleted, DeletedFinalStateUnknown{Key: key, Obj: last}, false); err != nil {
			return deletions, err
		}
	}
	if f.knownObjects == nil {
		return deletions, nil
	}
	known := f.knownObjects.ListKeys()
	slices.Sort(known)
	for _, key := range known {
		if _, ok := listed[key]; ok {
			continue
		}
		if len(f.items[key]) > 0 {
			continue
		}
		obj, exists, err := f.knownObjects.GetByKey(key)
		if err != nil || !exists {
			f.logger.Warn("DeltaFIFO: a known object vanished during Replace; queueing its deletion without its last state",
				"key", key, "error", err)
			obj = nil
		}
		deletions++
		if err := f.queueActionLocked(Deleted, DeletedFinalStateUnknown{Key: key, Obj: obj}, false); err != nil {
			return deletions, err
		}
	}
	return deletions, nil
}

// Resync queues a Sync delta with the known object for every KnownObjects
// key that has nothing queued; keys with queued deltas are left alone.
func (f *DeltaFIFO) Resync() error {
	f.lock.Lock()
	defer f.lock.Unlock()
	if f.knownObjects == nil {
		return nil
	}
	keys := f.knownObjects.ListKeys()
	slices.Sort(keys)
	for _, key := range keys {
		if err := f.syncKeyLocked(key); err != nil {
			return fmt.Errorf("resyncing the queue: %w", err)
		}
	}
	return nil
}

// syncKeyLocked queues a Sync of the known object of key unless the key
// has queued deltas.
func (f *DeltaFIFO) syncKeyLocked(key string) error {
	obj, exists, err := f.knownObjects.GetByKey(key)
	if err != nil || !exists {
		f.logger.Warn("DeltaFIFO: a known object vanished during Resync; skipping it", "key", key, "error", err)
		return nil
	}
	objKey, err := f.KeyOf(obj)
	if err != nil {
		return err
	}
	if len(f.items[objKey]) > 0 {
		return nil
	}
	return f.queueActionLocked(Sync, obj, false)
}
