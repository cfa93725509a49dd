package cache

import (
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// mutationCacheSize bounds how many recent mutations a MutationCache keeps.
const mutationCacheSize = 100

// MutationCache lays a controller's own recent writes over an informer's
// cache, so that it reads back what it wrote before the informer has seen
// the change. A mutation is shown only while it is newer than the backing
// cache's copy and younger than the cache's TTL.
type MutationCache interface {
	// GetByKey returns the newer of the backing cache's object and the
	// recorded mutation for key.
	GetByKey(key string) (interface{}, bool, error)
	// ByIndex is the indexer's ByIndex with each object replaced by a newer
	// recorded mutation.
	ByIndex(indexName, indexKey string) ([]interface{}, error)
	// Mutation records an object the caller has just written.
	Mutation(interface{})
}

// ResourceVersionComparator orders two versions of an object by their
// resourceVersion.
type ResourceVersionComparator interface {
	// CompareResourceVersion returns a negative number if lhs is older than
	// rhs, 0 if they are the same version and a positive number if lhs is
	// newer.
	CompareResourceVersion(lhs, rhs runtime.Object) int
}

// NewIntegerResourceVersionMutationCache returns a MutationCache over
// backingCache (and indexer, for ByIndex; it may be nil if ByIndex is not
// used) that orders objects by resourceVersion read as an integer. Mutations
// expire after ttl. With includeAdds, a mutation whose object is not (yet)
// in the backing cache is returned too — for objects the caller created. A
// nil logger means slog.Default().
func NewIntegerResourceVersionMutationCache(logger *slog.Logger, backingCache Store, indexer Indexer, ttl time.Duration, includeAdds bool) MutationCache {
	if logger == nil {
		logger = slog.Default()
	}
	return &mutationCache{
		logger:       logger,
		backingCache: backingCache,
		indexer:      indexer,
		ttl:          ttl,
		includeAdds:  includeAdds,
		now:          time.Now,
		mutations:    map[string]mutationEntry{},
	}
}

// mutationEntry is one recorded mutation and when it expires.
type mutationEntry struct {
	obj     runtime.Object
	expires time.Time
}

// mutationCache is the MutationCache of NewIntegerResourceVersionMutationCache.
type mutationCache struct {
	logger       *slog.Logger
	backingCache Store
	indexer      Indexer
	ttl          time.Duration
	includeAdds  bool
	now          func() time.Time

	lock      sync.Mutex
	mutations map[string]mutationEntry
}

// GetByKey returns the backing object for key or a newer recorded mutation.
func (c *mutationCache) GetByKey(key string) (interface{}, bool, error) {
	c.lock.Lock()
	defer c.lock.Unlock()
	obj, exists, err := c.backingCache.GetByKey(key)
	if err != nil {
		return nil, false, fmt.Errorf("mutation cache: reading %q from the backing cache: %w", key, err)
	}
	if !exists {
		if !c.includeAdds {
			return nil, false, nil
		}
		mutated, ok := c.liveMutation(key)
		if !ok {
			return nil, false, nil
		}
		return mutated, true, nil
	}
	backing, ok := obj.(runtime.Object)
	if !ok {
		return obj, true, nil
	}
	return c.newerObject(key, backing), true, nil
}

// ByIndex lists indexName/indexKey from the indexer, replacing each object by
// a newer mutation and, with includeAdds, adding the matching mutations of
// objects the indexer lacks.
func (c *mutationCache) ByIndex(indexName, indexKey string) ([]interface{}, error) {
	if c.indexer == nil {
		return nil, fmt.Errorf("mutation cache: ByIndex(%q, %q) needs an indexer, none was given", indexName, indexKey)
	}
	c.lock.Lock()
	defer c.lock.Unlock()
	objs, err := c.indexer.ByIndex(indexName, indexKey)
	if err != nil {
		return nil, fmt.Errorf("mutation cache: %w", err)
	}
	seen := make(map[string]bool, len(objs))
	out := make([]interface{}, 0, len(objs))
	for _, obj := range objs {
		key, err := DeletionHandlingMetaNamespaceKeyFunc(obj)
		if err != nil {
			return nil, fmt.Errorf("mutation cache: %w", err)
		}
		seen[key] = true
		if backing, ok := obj.(runtime.Object); ok {
			obj = c.newerObject(key, backing)
		}
		out = append(out, obj)
	}
	if c.includeAdds {
		added, err := c.addedMatching(indexName, indexKey, seen)
		if err != nil {
			return nil, err
		}
		out = append(out, added...)
	}
	return out, nil
}

// addedMatching returns the live mutations, not in seen, that the index
// indexName files under indexKey. The caller holds the lock.
func (c *mutationCache) addedMatching(indexName, indexKey string, seen map[string]bool) ([]interface{}, error) {
	indexFunc := c.indexer.GetIndexers()[indexName]
	if indexFunc == nil {
		return nil, nil
	}
	var out []interface{}
	for key := range c.mutations {
		mutated, ok := c.liveMutation(key)
		if !ok || seen[key] {
			continue
		}
		values, err := indexFunc(mutated)
		if err != nil {
			return nil, fmt.Errorf("mutation cache: indexing %q with %q: %w", key, indexName, err)
		}
		for _, v := range values {
			if v == indexKey {
				out = append(out, mutated)
				break
			}
		}
	}
	return out, nil
}

// Mutation records obj, a runtime.Object with object metadata, as the
// newest known state of its key. Other values are ignored with a log entry.
func (c *mutationCache) Mutation(obj interface{}) {
	o, ok := obj.(runtime.Object)
	if !ok {
		c.logger.Error("mutation cache: ignoring a mutation that is not a runtime.Object", "type", fmt.Sprintf("%T", obj))
		return
	}
	key, err := DeletionHandlingMetaNamespaceKeyFunc(obj)
	if err != nil {
		c.logger.Error("mutation cache: ignoring a mutation without a key", "err", err)
		return
	}
	c.lock.Lock()
	defer c.lock.Unlock()
	c.evictLocked(key)
	c.mutations[key] = mutationEntry{obj: o, expires: c.now().Add(c.ttl)}
}

// evictLocked drops expired mutations and, at capacity, the one expiring
// first, to make room for a mutation of key.
func (c *mutationCache) evictLocked(key string) {
	now := c.now()
	oldestKey, oldest := "", time.Time{}
	for key, e := range c.mutations {
		if !now.Before(e.expires) {
			delete(c.mutations, key)
			continue
		}
		if oldestKey == "" || e.expires.Before(oldest) {
			oldestKey, oldest = key, e.expires
		}
	}
	if _, replacing := c.mutations[key]; !replacing && len(c.mutations) >= mutationCacheSize {
		delete(c.mutations, oldestKey)
	}
}

// liveMutation returns the unexpired mutation of key.
func (c *mutationCache) liveMutation(key string) (runtime.Object, bool) {
	e, ok := c.mutations[key]
	if !ok {
		return nil, false
	}
	if !c.now().Before(e.expires) {
		delete(c.mutations, key)
		return nil, false
	}
	return e.obj, true
}

// newerObject returns the mutation of key if its integer resourceVersion is
// greater than backing's, and otherwise backing, forgetting the stale
// mutation.
func (c *mutationCache) newerObject(key string, backing runtime.Object) runtime.Object {
	mutated, ok := c.liveMutation(key)
	if !ok {
		return backing
	}
	backingRV, err := integerResourceVersion(backing)
	if err != nil {
		c.logger.Error("mutation cache: backing object has no integer resourceVersion", "key", key, "err", err)
		return backing
	}
	mutatedRV, err := integerResourceVersion(mutated)
	if err != nil {
		c.logger.Error("mutation cache: mutated object has no integer resourceVersion", "key", key, "err", err)
		return backing
	}
	if backingRV < mutatedRV {
		return mutated
	}
	delete(c.mutations, key)
	return backing
}

// integerResourceVersion parses obj's resourceVersion as an integer.
func integerResourceVersion(obj runtime.Object) (int64, error) {
	accessor, err := meta.Accessor(obj)
	if err != nil {
		return 0, err
	}
	rv, err := strconv.ParseInt(accessor.GetResourceVersion(), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("resourceVersion %q is not an integer: %w", accessor.GetResourceVersion(), err)
	}
	return rv, nil
}
