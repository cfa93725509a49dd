package cache

import (
	"sync"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/util/sets"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// ExpirationPolicy decides whether a stored entry has expired.
type ExpirationPolicy interface {
	IsExpired(obj *TimestampedEntry) bool
}

// TimestampedEntry is an object of an ExpirationCache and the time it was
// stored.
type TimestampedEntry struct {
	Obj       interface{}
	Timestamp time.Time
	key       string
}

// TTLPolicy expires entries older than TTL. A TTL of 0 or less never
// expires; an entry exactly TTL old has not expired yet.
type TTLPolicy struct {
	// TTL is the time entries live.
	TTL time.Duration
	// Clock tells the time; nil means the real clock. k8s.io/utils clocks
	// implement flowcontrol.PassiveClock.
	Clock flowcontrol.PassiveClock
}

// IsExpired reports whether obj is older than the TTL.
func (p *TTLPolicy) IsExpired(obj *TimestampedEntry) bool {
	if p.TTL <= 0 {
		return false
	}
	if p.Clock == nil {
		return time.Since(obj.Timestamp) > p.TTL
	}
	return p.Clock.Since(obj.Timestamp) > p.TTL
}

// ExpirationCache is a Store whose entries expire by an ExpirationPolicy.
// Expired entries are dropped when Get, GetByKey, List or ListKeys meets
// them.
type ExpirationCache struct {
	cacheStorage     ThreadSafeStore
	keyFunc          KeyFunc
	clock            flowcontrol.PassiveClock
	expirationPolicy ExpirationPolicy
	// expirationLock makes the check-and-delete of an expired entry atomic.
	expirationLock sync.Mutex
}

// realPassiveClock is the wall clock.
type realPassiveClock struct{}

func (realPassiveClock) Now() time.Time                  { return time.Now() }
func (realPassiveClock) Since(t time.Time) time.Duration { return time.Since(t) }

// NewTTLStore returns a Store whose entries expire ttl after they were
// last written.
func NewTTLStore(keyFunc KeyFunc, ttl time.Duration) Store {
	return NewExpirationStore(keyFunc, &TTLPolicy{TTL: ttl, Clock: realPassiveClock{}})
}

// NewExpirationStore returns a Store whose entries expire by
// expirationPolicy.
func NewExpirationStore(keyFunc KeyFunc, expirationPolicy ExpirationPolicy) Store {
	return &ExpirationCache{
		cacheStorage:     NewThreadSafeStore(Indexers{}, Indices{}),
		keyFunc:          keyFunc,
		clock:            realPassiveClock{},
		expirationPolicy: expirationPolicy,
	}
}

// getOrExpire returns the live entry of key, deleting it if it expired.
func (c *ExpirationCache) getOrExpire(key string) (*TimestampedEntry, bool) {
	c.expirationLock.Lock()
	defer c.expirationLock.Unlock()
	item, exists := c.cacheStorage.Get(key)
	if !exists {
		return nil, false
	}
	entry, ok := item.(*TimestampedEntry)
	if !ok {
		return nil, false
	}
	if c.expirationPolicy.IsExpired(entry) {
		c.cacheStorage.Delete(key)
		return nil, false
	}
	return entry, true
}

// GetByKey returns the live object stored under key.
func (c *ExpirationCache) GetByKey(key string) (interface{}, bool, error) {
	entry, exists := c.getOrExpire(key)
	if !exists {
		return nil, false, nil
	}
	return entry.Obj, true, nil
}

// Get returns the live object stored under obj's key.
func (c *ExpirationCache) Get(obj interface{}) (interface{}, bool, error) {
	key, err := c.keyFunc(obj)
	if err != nil {
		return nil, false, KeyError{Obj: obj, Err: err}
	}
	return c.GetByKey(key)
}

// List returns the live objects, dropping the expired ones.
func (c *ExpirationCache) List() []interface{} {
	items := c.cacheStorage.List()
	list := make([]interface{}, 0, len(items))
	for _, item := range items {
		entry, ok := item.(*TimestampedEntry)
		if !ok {
			continue
		}
		if live, exists := c.getOrExpire(entry.key); exists {
			list = append(list, live.Obj)
		}
	}
	return list
}

// ListKeys returns the keys of the live objects, dropping the expired ones.
func (c *ExpirationCache) ListKeys() []string {
	keys := c.cacheStorage.ListKeys()
	live := keys[:0]
	for _, key := range keys {
		if _, exists := c.getOrExpire(key); exists {
			live = append(live, key)
		}
	}
	return live
}

// Add stores obj with the current time.
func (c *ExpirationCache) Add(obj interface{}) error {
	key, err := c.keyFunc(obj)
	if err != nil {
		return KeyError{Obj: obj, Err: err}
	}
	c.expirationLock.Lock()
	defer c.expirationLock.Unlock()
	c.cacheStorage.Add(key, &TimestampedEntry{Obj: obj, Timestamp: c.clock.Now(), key: key})
	return nil
}

// Update stores obj with the current time, like Add.
func (c *ExpirationCache) Update(obj interface{}) error {
	return c.Add(obj)
}

// Delete removes obj.
func (c *ExpirationCache) Delete(obj interface{}) error {
	key, err := c.keyFunc(obj)
	if err != nil {
		return KeyError{Obj: obj, Err: err}
	}
	c.expirationLock.Lock()
	defer c.expirationLock.Unlock()
	c.cacheStorage.Delete(key)
	return nil
}

// Replace stores list, all with the current time, in place of the content.
// An object whose key cannot be computed fails the call before anything
// changes.
func (c *ExpirationCache) Replace(list []interface{}, resourceVersion string) error {
	now := c.clock.Now()
	items := make(map[string]interface{}, len(list))
	for _, obj := range list {
		key, err := c.keyFunc(obj)
		if err != nil {
			return KeyError{Obj: obj, Err: err}
		}
		items[key] = &TimestampedEntry{Obj: obj, Timestamp: now, key: key}
	}
	c.expirationLock.Lock()
	defer c.expirationLock.Unlock()
	c.cacheStorage.Replace(items, resourceVersion)
	return nil
}

// Resync does nothing.
func (c *ExpirationCache) Resync() error {
	return nil
}

// FakeExpirationPolicy expires every entry whose key, computed by
// RetrieveKeyFunc from the *TimestampedEntry, is not in NeverExpire.
type FakeExpirationPolicy struct {
	NeverExpire     sets.String
	RetrieveKeyFunc KeyFunc
}

// IsExpired reports whether obj's key is outside NeverExpire.
func (p *FakeExpirationPolicy) IsExpired(obj *TimestampedEntry) bool {
	key, _ := p.RetrieveKeyFunc(obj)
	return !p.NeverExpire.Has(key)
}

// NewFakeExpirationStore returns an ExpirationCache for tests: it tells
// time by cacheClock (nil means the real clock) and sends the key of every deleted entry to
// deletedKeys (a blocking send; buffer the channel). k8s.io/utils clocks
// implement flowcontrol.PassiveClock.
func NewFakeExpirationStore(keyFunc KeyFunc, deletedKeys chan<- string, expirationPolicy ExpirationPolicy, cacheClock flowcontrol.PassiveClock) Store {
	if cacheClock == nil {
		cacheClock = realPassiveClock{}
	}
	return &ExpirationCache{
		cacheStorage:     &deleteReportingStore{ThreadSafeStore: NewThreadSafeStore(Indexers{}, Indices{}), deletedKeys: deletedKeys},
		keyFunc:          keyFunc,
		clock:            cacheClock,
		expirationPolicy: expirationPolicy,
	}
}

// deleteReportingStore reports every Delete on a channel.
type deleteReportingStore struct {
	ThreadSafeStore
	deletedKeys chan<- string
}

func (s *deleteReportingStore) Delete(key string) {
	if s.deletedKeys != nil {
		s.deletedKeys <- key
	}
	s.ThreadSafeStore.Delete(key)
}
