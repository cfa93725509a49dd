package cache

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/util/wait"
)

// SharedInformer keeps a local cache of one resource up to date with a
// list-and-watch and tells any number of registered handlers about every
// change. Each handler gets its notifications in order, on its own
// goroutine with an unbounded buffer: a slow handler delays only itself.
//
// The cached objects are shared with every handler and lister: never modify
// them, deep-copy first.
type SharedInformer interface {
	// AddEventHandler registers handler with the informer's default resync
	// period. A handler registered after start first receives the current
	// contents as adds with isInInitialList true. It fails once the informer
	// has stopped.
	AddEventHandler(handler ResourceEventHandler) (ResourceEventHandlerRegistration, error)
	// AddEventHandlerWithResyncPeriod registers handler with its own resync
	// period (0: no resyncs; raised to 1s, and to the informer's check
	// period once started).
	AddEventHandlerWithResyncPeriod(handler ResourceEventHandler, resyncPeriod time.Duration) (ResourceEventHandlerRegistration, error)
	// AddEventHandlerWithOptions registers handler with options.
	AddEventHandlerWithOptions(handler ResourceEventHandler, options HandlerOptions) (ResourceEventHandlerRegistration, error)
	// RemoveEventHandler unregisters the handler behind handle; removing it
	// twice is not an error.
	RemoveEventHandler(handle ResourceEventHandlerRegistration) error
	// GetStore returns the informer's cache.
	GetStore() Store
	// GetController returns a view of the informer's controller that cannot
	// be run a second time.
	GetController() Controller
	// Run runs the informer until stopCh is closed.
	Run(stopCh <-chan struct{})
	// RunWithContext runs the informer until ctx ends; the handlers are
	// stopped after the cache stops changing. A second run is a no-op.
	RunWithContext(ctx context.Context)
	// HasSynced reports whether the initial list has been stored and
	// delivered to the handlers' queues.
	HasSynced() bool
	// LastSyncResourceVersion is the resourceVersion the cache last synced
	// to, or "" before the first list.
	LastSyncResourceVersion() string
	// SetWatchErrorHandler sets the function called with each error that
	// ends a list-and-watch cycle; only before start.
	SetWatchErrorHandler(handler WatchErrorHandler) error
	// SetWatchErrorHandlerWithContext is SetWatchErrorHandler with the run's
	// context; only before start.
	SetWatchErrorHandlerWithContext(handler WatchErrorHandlerWithContext) error
	// SetTransform sets a function applied to every object before it is
	// stored and delivered; only before start.
	SetTransform(handler TransformFunc) error
	// IsStopped reports whether the informer has run and stopped.
	IsStopped() bool
}

// SharedIndexInformer is a SharedInformer whose cache is an Indexer.
type SharedIndexInformer interface {
	SharedInformer
	// AddIndexers adds indexers to the cache before start. It fails once
	// the informer has started ("informer has already started") or when an
	// index name is taken.
	AddIndexers(indexers Indexers) error
	// GetIndexer returns the informer's cache.
	GetIndexer() Indexer
}

// SharedIndexInformerOptions configures NewSharedIndexInformerWithOptions.
type SharedIndexInformerOptions struct {
	// ResyncPeriod is the default resync period of handlers and the
	// informer's initial resync check period. Default 0: no resyncs.
	ResyncPeriod time.Duration
	// Indexers are the cache's initial indexers. Default: none.
	Indexers Indexers
	// ObjectDescription names the object type in logs. Default: derived
	// from the example object.
	ObjectDescription string
}

// NewSharedInformer returns a SharedInformer of the objects lw lists and
// watches, of exampleObject's type, with defaultEventHandlerResyncPeriod as
// the handlers' default resync period.
func NewSharedInformer(lw ListerWatcher, exampleObject runtime.Object, defaultEventHandlerResyncPeriod time.Duration) SharedInformer {
	return NewSharedIndexInformer(lw, exampleObject, defaultEventHandlerResyncPeriod, Indexers{})
}

// NewSharedIndexInformer is NewSharedInformer whose cache is an Indexer
// with indexers.
func NewSharedIndexInformer(lw ListerWatcher, exampleObject runtime.Object, defaultEventHandlerResyncPeriod time.Duration, indexers Indexers) SharedIndexInformer {
	return NewSharedIndexInformerWithOptions(lw, exampleObject, SharedIndexInformerOptions{
		ResyncPeriod: defaultEventHandlerResyncPeriod,
		Indexers:     indexers,
	})
}

// NewSharedIndexInformerWithOptions returns a SharedIndexInformer of the
// objects lw lists and watches, of exampleObject's type. Its cache is keyed
// by DeletionHandlingMetaNamespaceKeyFunc.
func NewSharedIndexInformerWithOptions(lw ListerWatcher, exampleObject runtime.Object, options SharedIndexInformerOptions) SharedIndexInformer {
	indexers := options.Indexers
	if indexers == nil {
		indexers = Indexers{}
	}
	return &sharedIndexInformer{
		indexer:                         NewIndexer(DeletionHandlingMetaNamespaceKeyFunc, indexers),
		processor:                       &sharedProcessor{},
		listerWatcher:                   lw,
		objectType:                      exampleObject,
		objectDescription:               options.ObjectDescription,
		resyncCheckPeriod:               options.ResyncPeriod,
		defaultEventHandlerResyncPeriod: options.ResyncPeriod,
		mutationDetector:                NewCacheMutationDetector(fmt.Sprintf("%T", exampleObject)),
		logger:                          slog.Default(),
	}
}

// errInformerStarted is returned by the setters once the informer runs.
var errInformerStarted = errors.New("informer has already started")

// sharedIndexInformer implements SharedIndexInformer over a Controller
// feeding a RealFIFO into handleDeltas.
type sharedIndexInformer struct {
	indexer          Indexer
	processor        *sharedProcessor
	mutationDetector MutationDetector
	logger           *slog.Logger

	listerWatcher     ListerWatcher
	objectType        runtime.Object
	objectDescription string

	// startedLock guards the fields below it.
	startedLock                     sync.Mutex
	controller                      Controller
	started, stopped                bool
	resyncCheckPeriod               time.Duration
	defaultEventHandlerResyncPeriod time.Duration
	watchErrorHandler               WatchErrorHandlerWithContext
	transform                       TransformFunc

	// blockDeltas keeps delta processing and the replay to a new handler
	// apart, so a handler registered after start sees every object once.
	blockDeltas sync.Mutex
}

// Run runs the informer until stopCh is closed.
func (s *sharedIndexInformer) Run(stopCh <-chan struct{}) {
	s.RunWithContext(wait.ContextForChannel(stopCh))
}

// RunWithContext runs the informer until ctx ends.
func (s *sharedIndexInformer) RunWithContext(ctx context.Context) {
	if !s.start(ctx) {
		return
	}
	processorCtx, stopProcessor := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s.processor.run(processorCtx) }()
	go func() { defer wg.Done(); s.mutationDetector.Run(ctx.Done()) }()
	defer func() {
		s.startedLock.Lock()
		s.stopped = true
		s.startedLock.Unlock()
		stopProcessor()
		wg.Wait()
	}()
	s.controller.RunWithContext(ctx)
}

// start builds the controller and marks the informer started; false means
// it already ran.
func (s *sharedIndexInformer) start(ctx context.Context) bool {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	if s.started || s.stopped {
		s.logger.WarnContext(ctx, "shared informer: Run called again; the informer runs only once", "type", s.objectDescription)
		return false
	}
	fifo := NewRealFIFO(MetaNamespaceKeyFunc, s.indexer, s.transform)
	s.controller = New(&Config{
		Queue:                        fifo,
		ListerWatcher:                s.listerWatcher,
		ObjectType:                   s.objectType,
		ObjectDescription:            s.objectDescription,
		FullResyncPeriod:             s.resyncCheckPeriod,
		ShouldResync:                 s.processor.shouldResync,
		Process:                      s.handleDeltas,
		WatchErrorHandlerWithContext: s.watchErrorHandler,
	})
	s.started = true
	return true
}

// HasSynced reports whether the initial list has been processed.
func (s *sharedIndexInformer) HasSynced() bool {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	return s.controller != nil && s.controller.HasSynced()
}

// LastSyncResourceVersion is the controller's last synced resourceVersion.
func (s *sharedIndexInformer) LastSyncResourceVersion() string {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	if s.controller == nil {
		return ""
	}
	return s.controller.LastSyncResourceVersion()
}

// IsStopped reports whether the informer ran and stopped.
func (s *sharedIndexInformer) IsStopped() bool {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	return s.stopped
}

// GetStore returns the cache.
func (s *sharedIndexInformer) GetStore() Store { return s.indexer }

// GetIndexer returns the cache.
func (s *sharedIndexInformer) GetIndexer() Indexer { return s.indexer }

// GetController returns a Controller view of the informer.
func (s *sharedIndexInformer) GetController() Controller { return informerController{s} }

// AddIndexers adds indexers to the cache; it fails once the informer has
// started, as the reference's does.
func (s *sharedIndexInformer) AddIndexers(indexers Indexers) error {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	if s.started {
		return fmt.Errorf("adding indexers: %w", errInformerStarted)
	}
	if err := s.indexer.AddIndexers(indexers); err != nil {
		return fmt.Errorf("adding indexers to the shared informer: %w", err)
	}
	return nil
}

// SetWatchErrorHandler sets the watch error handler before start.
func (s *sharedIndexInformer) SetWatchErrorHandler(handler WatchErrorHandler) error {
	if handler == nil {
		return s.SetWatchErrorHandlerWithContext(nil)
	}
	return s.SetWatchErrorHandlerWithContext(func(_ context.Context, r *Reflector, err error) { handler(r, err) })
}

// SetWatchErrorHandlerWithContext sets the watch error handler before start.
func (s *sharedIndexInformer) SetWatchErrorHandlerWithContext(handler WatchErrorHandlerWithContext) error {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	if s.started {
		return fmt.Errorf("setting the watch error handler: %w", errInformerStarted)
	}
	s.watchErrorHandler = handler
	return nil
}

// SetTransform sets the transform before start.
func (s *sharedIndexInformer) SetTransform(handler TransformFunc) error {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	if s.started {
		return fmt.Errorf("setting the transform: %w", errInformerStarted)
	}
	s.transform = handler
	return nil
}

// informerController is the Controller GetController returns: it reports
// the informer's state and refuses to run.
type informerController struct{ informer *sharedIndexInformer }

// Run does nothing: the informer runs its controller itself.
func (informerController) Run(<-chan struct{}) {}

// RunWithContext does nothing: the informer runs its controller itself.
func (informerController) RunWithContext(context.Context) {}

// HasSynced reports the informer's HasSynced.
func (c informerController) HasSynced() bool { return c.informer.HasSynced() }

// LastSyncResourceVersion reports the informer's LastSyncResourceVersion.
func (c informerController) LastSyncResourceVersion() string {
	return c.informer.LastSyncResourceVersion()
}
