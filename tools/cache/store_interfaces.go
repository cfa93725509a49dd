package cache

// KeyLister lists the keys of the objects held.
type KeyLister interface {
	ListKeys() []string
}

// KeyGetter gets an object by key.
type KeyGetter interface {
	// GetByKey returns the object stored under key and whether there is one.
	GetByKey(key string) (value interface{}, exists bool, err error)
}

// KeyListerGetter lists keys and gets objects by key; a DeltaFIFO uses one
// as the objects it knows of.
type KeyListerGetter interface {
	KeyLister
	KeyGetter
}

// ReflectorStore is the part of a Store a Reflector writes to.
type ReflectorStore interface {
	Add(obj interface{}) error
	Update(obj interface{}) error
	Delete(obj interface{}) error
	Replace([]interface{}, string) error
	Resync() error
}

// TransformingStore is a ReflectorStore that carries the TransformFunc its
// producer applies to objects before storing them.
type TransformingStore interface {
	ReflectorStore
	Transformer() TransformFunc
}
