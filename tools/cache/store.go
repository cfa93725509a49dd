package cache

import "fmt"

// Store is a keyed collection of objects, the key computed by a KeyFunc.
// Add and Update both insert or replace; Delete of a missing object does
// nothing; Replace swaps the whole content at once. List order is
// unspecified.
type Store interface {
	// Add stores obj under its key, replacing any object there.
	Add(obj interface{}) error
	// Update stores obj under its key, like Add.
	Update(obj interface{}) error
	// Delete removes the object under obj's key, if any.
	Delete(obj interface{}) error
	// List returns every stored object.
	List() []interface{}
	// ListKeys returns every key.
	ListKeys() []string
	// Get returns the object stored under obj's key.
	Get(obj interface{}) (item interface{}, exists bool, err error)
	// GetByKey returns the object stored under key.
	GetByKey(key string) (item interface{}, exists bool, err error)
	// Replace deletes the content and stores list; resourceVersion is the
	// version list was read at.
	Replace([]interface{}, string) error
	// Resync is meaningless for a plain store and does nothing.
	Resync() error
}

// TransformFunc transforms an object before an informer stores it, for
// example to drop fields the program never reads. It must be safe to call
// on an object it already transformed.
type TransformFunc func(interface{}) (interface{}, error)

// StoreOption configures NewStore.
type StoreOption func(*cache)

// WithTransformer records transformer on the store, for the informer
// machinery that feeds it (see the Transformer method); the store itself
// does not apply it.
func WithTransformer(transformer TransformFunc) StoreOption {
	return func(c *cache) { c.transformer = transformer }
}

// NewStore returns an empty Store keyed by keyFunc.
func NewStore(keyFunc KeyFunc, opts ...StoreOption) Store {
	c := &cache{storage: newThreadSafeMap(Indexers{}, Indices{}), keyFunc: keyFunc}
	for _, opt := range opts {
		opt(c)
	}
	return c
}

// NewIndexer returns an empty Indexer keyed by keyFunc with the given
// index functions.
func NewIndexer(keyFunc KeyFunc, indexers Indexers) Indexer {
	return &cache{storage: newThreadSafeMap(indexers, Indices{}), keyFunc: keyFunc}
}

// cache implements Store and Indexer over a threadSafeMap.
type cache struct {
	storage     *threadSafeMap
	keyFunc     KeyFunc
	transformer TransformFunc
}

// key computes obj's key, wrapping a failure in a KeyError.
func (c *cache) key(obj interface{}) (string, error) {
	key, err := c.keyFunc(obj)
	if err != nil {
		return "", KeyError{Obj: obj, Err: err}
	}
	return key, nil
}

func (c *cache) Add(obj interface{}) error {
	key, err := c.key(obj)
	if err != nil {
		return err
	}
	return c.storage.put(key, obj)
}

func (c *cache) Update(obj interface{}) error {
	return c.Add(obj)
}

func (c *cache) Delete(obj interface{}) error {
	key, err := c.key(obj)
	if err != nil {
		return err
	}
	c.storage.Delete(key)
	return nil
}

func (c *cache) List() []interface{} { return c.storage.List() }

func (c *cache) ListKeys() []string { return c.storage.ListKeys() }

func (c *cache) Get(obj interface{}) (item interface{}, exists bool, err error) {
	key, err := c.key(obj)
	if err != nil {
		return nil, false, err
	}
	return c.GetByKey(key)
}

func (c *cache) GetByKey(key string) (item interface{}, exists bool, err error) {
	item, exists = c.storage.Get(key)
	return item, exists, nil
}

// Replace stores list in place of the content. An object whose key cannot
// be computed fails the whole call before anything changes; objects an
// index function fails for are left out and reported.
func (c *cache) Replace(list []interface{}, resourceVersion string) error {
	items := make(map[string]interface{}, len(list))
	for _, obj := range list {
		key, err := c.key(obj)
		if err != nil {
			return fmt.Errorf("replacing the store content: %w", err)
		}
		items[key] = obj
	}
	return c.storage.replace(items)
}

func (c *cache) Resync() error { return nil }

// Transformer returns the TransformFunc set with WithTransformer, or nil.
func (c *cache) Transformer() TransformFunc { return c.transformer }

func (c *cache) Index(indexName string, obj interface{}) ([]interface{}, error) {
	return c.storage.Index(indexName, obj)
}

func (c *cache) IndexKeys(indexName, indexedValue string) ([]string, error) {
	return c.storage.IndexKeys(indexName, indexedValue)
}

func (c *cache) ListIndexFuncValues(indexName string) []string {
	return c.storage.ListIndexFuncValues(indexName)
}

func (c *cache) ByIndex(indexName, indexedValue string) ([]interface{}, error) {
	return c.storage.ByIndex(indexName, indexedValue)
}

func (c *cache) GetIndexers() Indexers { return c.storage.GetIndexers() }

func (c *cache) AddIndexers(newIndexers Indexers) error {
	return c.storage.AddIndexers(newIndexers)
}
