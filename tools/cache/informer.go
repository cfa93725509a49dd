package cache

import (
	"fmt"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// InformerOptions configures NewInformerWithOptions.
type InformerOptions struct {
	// ListerWatcher lists and watches the objects. Required.
	ListerWatcher ListerWatcher
	// ObjectType is an example of the objects. Required.
	ObjectType runtime.Object
	// Handler is told about every change. Required.
	Handler ResourceEventHandler
	// ResyncPeriod is how often every cached object is redelivered as an
	// update. Default 0: never.
	ResyncPeriod time.Duration
	// MinWatchTimeout is the shortest server-side watch timeout. Default:
	// the reflector's (5 minutes).
	MinWatchTimeout time.Duration
	// Indexers, if not nil, make the returned Store an Indexer with them.
	Indexers Indexers
	// Transform is applied to every object before it is stored and
	// delivered. Default: none.
	Transform TransformFunc
}

// NewInformer returns a Store kept up to date with the objects lw lists and
// watches, and the Controller that does so, telling h about every change; a
// non-zero resyncPeriod redelivers every object as an update that often. It
// is the single-handler, single-cache building block; prefer a
// SharedInformer when several parts of a program watch the same resource.
func NewInformer(lw ListerWatcher, objType runtime.Object, resyncPeriod time.Duration, h ResourceEventHandler) (Store, Controller) {
	return NewInformerWithOptions(InformerOptions{ListerWatcher: lw, ObjectType: objType, Handler: h, ResyncPeriod: resyncPeriod})
}

// NewIndexerInformer is NewInformer whose cache is an Indexer with indexers.
func NewIndexerInformer(lw ListerWatcher, objType runtime.Object, resyncPeriod time.Duration, h ResourceEventHandler, indexers Indexers) (Indexer, Controller) {
	if indexers == nil {
		indexers = Indexers{}
	}
	store, ctrl := NewInformerWithOptions(InformerOptions{ListerWatcher: lw, ObjectType: objType, Handler: h, ResyncPeriod: resyncPeriod, Indexers: indexers})
	return store.(Indexer), ctrl
}

// NewTransformingInformer is NewInformer applying transformer to every
// object before it is stored and delivered.
func NewTransformingInformer(lw ListerWatcher, objType runtime.Object, resyncPeriod time.Duration, h ResourceEventHandler, transformer TransformFunc) (Store, Controller) {
	return NewInformerWithOptions(InformerOptions{ListerWatcher: lw, ObjectType: objType, Handler: h, ResyncPeriod: resyncPeriod, Transform: transformer})
}

// NewTransformingIndexerInformer is NewIndexerInformer applying transformer
// to every object before it is stored and delivered.
func NewTransformingIndexerInformer(lw ListerWatcher, objType runtime.Object, resyncPeriod time.Duration, h ResourceEventHandler, indexers Indexers, transformer TransformFunc) (Indexer, Controller) {
	if indexers == nil {
		indexers = Indexers{}
	}
	store, ctrl := NewInformerWithOptions(InformerOptions{ListerWatcher: lw, ObjectType: objType, Handler: h, ResyncPeriod: resyncPeriod, Indexers: indexers, Transform: transformer})
	return store.(Indexer), ctrl
}

// NewInformerWithOptions returns the cache and Controller options describe:
// a Store (an Indexer when options.Indexers is not nil) keyed by
// DeletionHandlingMetaNamespaceKeyFunc, filled through a RealFIFO.
func NewInformerWithOptions(options InformerOptions) (Store, Controller) {
	var store Store
	if options.Indexers != nil {
		store = NewIndexer(DeletionHandlingMetaNamespaceKeyFunc, options.Indexers)
	} else {
		store = NewStore(DeletionHandlingMetaNamespaceKeyFunc)
	}
	handler := options.Handler
	if handler == nil {
		handler = ResourceEventHandlerFuncs{}
	}
	fifo := NewRealFIFO(MetaNamespaceKeyFunc, store, options.Transform)
	ctrl := New(&Config{
		Queue:            fifo,
		ListerWatcher:    options.ListerWatcher,
		ObjectType:       options.ObjectType,
		FullResyncPeriod: options.ResyncPeriod,
		MinWatchTimeout:  options.MinWatchTimeout,
		Process: func(obj interface{}, isInInitialList bool) error {
			deltas, ok := obj.(Deltas)
			if !ok {
				return fmt.Errorf("informer: popped a %T, want Deltas", obj)
			}
			return processDeltas(handler, store, deltas, isInInitialList)
		},
	})
	return store, ctrl
}
