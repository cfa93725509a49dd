package cache

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/util/sets"
)

// ThreadSafeStore is a key-addressed store with indices, safe for
// concurrent use. It is what Store and Indexer are built on; the caller
// computes the keys.
//
// Add, Update and Replace cannot return an error, so an object an index
// function fails for is still stored, and indexed by every other index
// function; it is missing from the failing index, and Index, IndexKeys and
// ByIndex of that index return their results together with an error
// saying so (wrapping the index function's error) until the object is
// stored again successfully or deleted. The reference panics instead. An
// Indexer's Add, Update and Replace return the error and do not store
// such an object.
type ThreadSafeStore interface {
	// Add stores obj under key, replacing any object there.
	Add(key string, obj interface{})
	// Update stores obj under key, like Add.
	Update(key string, obj interface{})
	// Delete removes the object under key, if any.
	Delete(key string)
	// Get returns the object stored under key.
	Get(key string) (item interface{}, exists bool)
	// List returns every stored object.
	List() []interface{}
	// ListKeys returns every key.
	ListKeys() []string
	// Replace swaps in the given items, which the store takes ownership
	// of, and rebuilds the indices.
	Replace(map[string]interface{}, string)
	// Index returns the objects sharing an indexed value with obj.
	Index(indexName string, obj interface{}) ([]interface{}, error)
	// IndexKeys returns the keys of the objects indexed under indexedValue.
	IndexKeys(indexName, indexedValue string) ([]string, error)
	// ListIndexFuncValues returns the values of the named index that have
	// at least one object.
	ListIndexFuncValues(name string) []string
	// ByIndex returns the objects indexed under indexedValue.
	ByIndex(indexName, indexedValue string) ([]interface{}, error)
	// GetIndexers returns a copy of the index functions.
	GetIndexers() Indexers
	// AddIndexers adds index functions, indexing the objects already
	// stored; a name already in use is an error.
	AddIndexers(newIndexers Indexers) error
	// Resync does nothing; it exists for the Store interface.
	Resync() error
}

// NewThreadSafeStore returns an empty ThreadSafeStore with the given index
// functions. indices is the initial index content, normally empty or nil.
func NewThreadSafeStore(indexers Indexers, indices Indices) ThreadSafeStore {
	return newThreadSafeMap(indexers, indices)
}

func newThreadSafeMap(indexers Indexers, indices Indices) *threadSafeMap {
	if indexers == nil {
		indexers = Indexers{}
	}
	if indices == nil {
		indices = Indices{}
	}
	return &threadSafeMap{
		items: map[string]interface{}{},
		index: storeIndex{indexers: indexers, indices: indices},
	}
}

// threadSafeMap implements ThreadSafeStore with a map and a RWMutex.
type threadSafeMap struct {
	mu    sync.RWMutex
	items map[string]interface{}
	index storeIndex
}

func (c *threadSafeMap) Add(key string, obj interface{})    { c.putLenient(key, obj) }
func (c *threadSafeMap) Update(key string, obj interface{}) { c.putLenient(key, obj) }

// put stores obj under key and re-indexes it; an index function error
// leaves the store unchanged and is returned.
func (c *threadSafeMap) put(key string, obj interface{}) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	values, err := c.index.compute(obj)
	if err != nil {
		return fmt.Errorf("indexing %q: %w", key, err)
	}
	if old, ok := c.items[key]; ok {
		c.unindexLocked(key, old)
	}
	c.items[key] = obj
	c.index.add(key, values)
	c.index.clearFailures(key)
	return nil
}

// putLenient stores obj under key and indexes it by every index function
// that succeeds, recording the ones that fail (see ThreadSafeStore).
func (c *threadSafeMap) putLenient(key string, obj interface{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	values, failures := computeValues(c.index.indexers, obj)
	if old, ok := c.items[key]; ok {
		c.unindexLocked(key, old)
	}
	c.items[key] = obj
	c.index.add(key, values)
	c.index.setFailures(key, failures)
}

// unindexLocked removes key from the index values of old, its stored
// object. An index whose function now fails for old (it failed when old
// was stored, or old was mutated) is scanned instead.
func (c *threadSafeMap) unindexLocked(key string, old interface{}) {
	values, failures := computeValues(c.index.indexers, old)
	c.index.remove(key, values)
	for name := range failures {
		c.index.removeFromIndex(name, key)
	}
}

func (c *threadSafeMap) Delete(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.items[key]; ok {
		c.unindexLocked(key, old)
		delete(c.items, key)
		c.index.clearFailures(key)
	}
}

func (c *threadSafeMap) Get(key string) (item interface{}, exists bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	item, exists = c.items[key]
	return item, exists
}

func (c *threadSafeMap) List() []interface{} {
	c.mu.RLock()
	defer c.mu.RUnlock()
	list := make([]interface{}, 0, len(c.items))
	for _, item := range c.items {
		list = append(list, item)
	}
	return list
}

func (c *threadSafeMap) ListKeys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.items))
	for key := range c.items {
		keys = append(keys, key)
	}
	return keys
}

// Replace swaps in items, which the store takes ownership of, and rebuilds
// the indices; objects an index function fails for are stored and
// recorded as missing from that index (see ThreadSafeStore).
func (c *threadSafeMap) Replace(items map[string]interface{}, resourceVersion string) {
	if items == nil {
		items = map[string]interface{}{}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = items
	c.index.rebuild(items, true)
}

// replace swaps in items and rebuilds the indices; objects an index
// function fails for are left out and reported.
func (c *threadSafeMap) replace(items map[string]interface{}) error {
	if items == nil {
		items = map[string]interface{}{}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = items
	failed := c.index.rebuild(items, false)
	errs := make([]error, 0, len(failed))
	for key, err := range failed {
		delete(items, key)
		errs = append(errs, fmt.Errorf("indexing %q: %w", key, err))
	}
	return errors.Join(errs...)
}

func (c *threadSafeMap) Resync() error { return nil }

// getIndexFuncLocked returns the named index function or the reference's
// error for an unknown index.
func (c *threadSafeMap) getIndexFuncLocked(indexName string) (IndexFunc, error) {
	fn := c.index.indexers[indexName]
	if fn == nil {
		return nil, fmt.Errorf("Index with name %s does not exist", indexName) //nolint:staticcheck // the reference's message
	}
	return fn, nil
}

func (c *threadSafeMap) Index(indexName string, obj interface{}) ([]interface{}, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	fn, err := c.getIndexFuncLocked(indexName)
	if err != nil {
		return nil, err
	}
	values, err := fn(obj)
	if err != nil {
		return nil, fmt.Errorf("index %q of the given object: %w", indexName, err)
	}
	index := c.index.indices[indexName]
	if len(values) == 1 {
		return c.itemsLocked(index[values[0]]), c.index.incomplete(indexName)
	}
	keys := sets.String{}
	for _, v := range values {
		for key := range index[v] {
			keys.Insert(key)
		}
	}
	return c.itemsLocked(keys), c.index.incomplete(indexName)
}

// itemsLocked returns the stored objects of keys.
func (c *threadSafeMap) itemsLocked(keys sets.String) []interface{} {
	list := make([]interface{}, 0, len(keys))
	for key := range keys {
		list = append(list, c.items[key])
	}
	return list
}

func (c *threadSafeMap) ByIndex(indexName, indexedValue string) ([]interface{}, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if _, err := c.getIndexFuncLocked(indexName); err != nil {
		return nil, err
	}
	return c.itemsLocked(c.index.indices[indexName][indexedValue]), c.index.incomplete(indexName)
}

func (c *threadSafeMap) IndexKeys(indexName, indexedValue string) ([]string, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if _, err := c.getIndexFuncLocked(indexName); err != nil {
		return nil, err
	}
	set := c.index.indices[indexName][indexedValue]
	keys := make([]string, 0, len(set))
	for key := range set {
		keys = append(keys, key)
	}
	return keys, c.index.incomplete(indexName)
}

func (c *threadSafeMap) ListIndexFuncValues(name string) []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	index := c.index.indices[name]
	values := make([]string, 0, len(index))
	for v := range index {
		values = append(values, v)
	}
	return values
}

func (c *threadSafeMap) GetIndexers() Indexers {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(Indexers, len(c.index.indexers))
	for name, fn := range c.index.indexers {
		out[name] = fn
	}
	return out
}

func (c *threadSafeMap) AddIndexers(newIndexers Indexers) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var conflicts []string
	for name := range newIndexers {
		if _, ok := c.index.indexers[name]; ok {
			conflicts = append(conflicts, name)
		}
	}
	if len(conflicts) > 0 {
		slices.Sort(conflicts)
		return fmt.Errorf("indexer conflict: %v", conflicts)
	}
	computed := make(map[string]indexValues, len(c.items))
	for key, obj := range c.items {
		values, failures := computeValues(newIndexers, obj)
		if len(failures) > 0 {
			return fmt.Errorf("adding indexers: indexing %q: %w", key, firstFailure(failures))
		}
		computed[key] = values
	}
	for name, fn := range newIndexers {
		c.index.indexers[name] = fn
	}
	for key, values := range computed {
		c.index.add(key, values)
	}
	return nil
}
