package cache

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/util/wait"
)

// ProcessFunc processes one item popped from a controller's Queue: the
// Deltas of an object for a DeltaFIFO or RealFIFO. isInInitialList reports
// whether the item belongs to the initial list, before the queue synced.
type ProcessFunc func(obj interface{}, isInInitialList bool) error

// Config is what New needs to build a Controller: where objects come from
// (ListerWatcher), the queue a Reflector fills (Queue) and what to do with
// each popped item (Process).
type Config struct {
	// Queue receives the reflector's writes and is popped into Process;
	// normally a DeltaFIFO or RealFIFO whose KnownObjects is the store
	// Process maintains. Required.
	Queue

	// ListerWatcher lists and watches the objects. Required.
	ListerWatcher

	// Process is called with each popped item. Default: items are dropped.
	Process ProcessFunc

	// ObjectType is an example of the objects listed, used to skip watch
	// events of another type. Default: no type check.
	ObjectType runtime.Object

	// ObjectDescription names the object type in logs. Default: derived
	// from ObjectType.
	ObjectDescription string

	// FullResyncPeriod is how often the Queue's Resync is called (subject
	// to ShouldResync). Default: 0, never.
	FullResyncPeriod time.Duration

	// MinWatchTimeout is the shortest server-side watch timeout; see
	// ReflectorOptions.MinWatchTimeout. Default: 5 minutes.
	MinWatchTimeout time.Duration

	// ShouldResync is asked at every resync tick whether to resync.
	// Default: nil, always.
	ShouldResync ShouldResyncFunc

	// WatchErrorHandler is called with the error that ended each
	// list-and-watch cycle. Default: DefaultWatchErrorHandler. Ignored when
	// WatchErrorHandlerWithContext is set.
	WatchErrorHandler WatchErrorHandler

	// WatchErrorHandlerWithContext is WatchErrorHandler with the run's
	// context; it takes precedence.
	WatchErrorHandlerWithContext WatchErrorHandlerWithContext

	// WatchListPageSize is the page size of the reflector's lists; see
	// Reflector.WatchListPageSize. Default: 0, the reflector decides.
	WatchListPageSize int64
}

// Controller runs a Reflector that fills a Queue and pops the queue into a
// ProcessFunc: the low-level loop informers are made of.
type Controller interface {
	// Run runs the controller until stopCh is closed.
	Run(stopCh <-chan struct{})

	// RunWithContext runs the controller until ctx is done, then closes
	// the queue and waits for the reflector and the processing loop.
	RunWithContext(ctx context.Context)

	// HasSynced reports whether the queue has synced: every item of the
	// initial list has been processed.
	HasSynced() bool

	// LastSyncResourceVersion is the resource version the reflector last
	// synced to, or "" before it has run.
	LastSyncResourceVersion() string
}

// New returns a Controller for c, which it copies. Nothing runs until Run
// or RunWithContext.
func New(c *Config) Controller {
	ctrl := &controller{logger: slog.Default()}
	if c != nil {
		ctrl.config = *c
	}
	return ctrl
}

// controller implements Controller.
type controller struct {
	config Config
	logger *slog.Logger

	mu        sync.RWMutex
	reflector *Reflector
}

var errConfigIncomplete = errors.New("cache.Config needs a Queue and a ListerWatcher")

func (c *controller) Run(stopCh <-chan struct{}) {
	c.RunWithContext(wait.ContextForChannel(stopCh))
}

func (c *controller) RunWithContext(ctx context.Context) {
	if c.config.Queue == nil || c.config.ListerWatcher == nil {
		c.logger.ErrorContext(ctx, "controller: not running", "err", errConfigIncomplete)
		return
	}
	stopped := make(chan struct{})
	defer close(stopped)
	go func() {
		select {
		case <-ctx.Done():
			c.config.Queue.Close()
		case <-stopped:
		}
	}()

	r := c.newReflector()
	c.mu.Lock()
	c.reflector = r
	c.mu.Unlock()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		r.RunWithContext(ctx)
	}()
	wait.UntilWithContext(ctx, c.processLoop, time.Second)
	wg.Wait()
}

// newReflector builds the reflector from the config.
func (c *controller) newReflector() *Reflector {
	r := NewReflectorWithOptions(c.config.ListerWatcher, c.config.ObjectType, c.config.Queue, ReflectorOptions{
		TypeDescription: c.config.ObjectDescription,
		ResyncPeriod:    c.config.FullResyncPeriod,
		MinWatchTimeout: c.config.MinWatchTimeout,
	})
	r.ShouldResync = c.config.ShouldResync
	r.WatchListPageSize = c.config.WatchListPageSize
	switch {
	case c.config.WatchErrorHandlerWithContext != nil:
		r.watchErrorHandler = c.config.WatchErrorHandlerWithContext
	case c.config.WatchErrorHandler != nil:
		handler := c.config.WatchErrorHandler
		r.watchErrorHandler = func(_ context.Context, r *Reflector, err error) { handler(r, err) }
	}
	return r
}

// processLoop pops the queue into Process until the context is done or
// the queue is closed. An error of Process has nowhere to go but the log:
// the item is not requeued, as in the reference.
func (c *controller) processLoop(ctx context.Context) {
	process := PopProcessFunc(c.config.Process)
	for ctx.Err() == nil {
		_, err := c.config.Queue.Pop(process)
		switch {
		case err == nil:
		case errors.Is(err, ErrFIFOClosed):
			return
		default:
			c.logger.ErrorContext(ctx, "controller: processing a popped item failed", "type", c.config.ObjectDescription, "err", err)
		}
	}
}

func (c *controller) HasSynced() bool {
	if c.config.Queue == nil {
		return false
	}
	return c.config.Queue.HasSynced()
}

func (c *controller) LastSyncResourceVersion() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.reflector == nil {
		return ""
	}
	return c.reflector.LastSyncResourceVersion()
}
