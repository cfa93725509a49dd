package cache

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/util/workqueue"
)

// defaultMinWatchTimeout is the shortest server-side timeout of a
// reflector's watches; each watch asks for a random timeout between it and
// twice it.
const defaultMinWatchTimeout = 5 * time.Minute

// watchListClientEnv is the environment variable of the WatchListClient
// feature gate: when it is true or unset, reflectors fill their store from a
// streaming watch (sendInitialEvents) before falling back to LIST.
const watchListClientEnv = "KUBE_FEATURE_WatchListClient"

// Reflector keeps a store in step with a resource on the server: it lists
// (or streams the initial state through a watch-list), replaces the store's
// content, then applies the watch events, starting over when the watch
// fails. Create one with NewReflector or NewReflectorWithOptions and run it
// with Run or RunWithContext.
type Reflector struct {
	// WatchListPageSize is the page size of the reflector's lists; 0 lets
	// the reflector choose (500 for lists served from the watch cache that
	// the server pages, otherwise none).
	WatchListPageSize int64
	// ShouldResync, when set, is asked at every resync tick whether to call
	// the store's Resync; nil means always.
	ShouldResync func() bool
	// MaxInternalErrorRetryDuration is how long a watch failing with
	// InternalError is re-established without relisting; 0 relists at once.
	MaxInternalErrorRetryDuration time.Duration

	name            string
	typeDescription string
	// expectedType and expectedGVK, when set, are what every watched object
	// must be; others are skipped with a logged error.
	expectedType    reflect.Type
	expectedGVK     *schema.GroupVersionKind
	store           ReflectorStore
	listerWatcher   ListerWatcherWithContext
	disableChunking bool
	clock           workqueue.Clock
	backoff         *reflectorBackoff
	resyncPeriod    time.Duration
	minWatchTimeout time.Duration
	// useWatchList makes each cycle try a watch-list before LIST.
	useWatchList bool
	// watchErrorHandler gets the error that ended each list-and-watch
	// cycle of Run; the informers of this package set it.
	watchErrorHandler WatchErrorHandlerWithContext
	metrics           *reflectorMetrics
	logger            *slog.Logger

	mu                      sync.RWMutex
	lastSyncResourceVersion string
	// rvUnavailable is set when the server could not serve a list at
	// lastSyncResourceVersion; the next list asks for the latest state.
	rvUnavailable bool
	// paginatedResult records that a list at resourceVersion "0" came back
	// in pages, so the server does not serve it from its watch cache.
	paginatedResult bool
}

// ReflectorOptions configures NewReflectorWithOptions.
type ReflectorOptions struct {
	// Name names the reflector in logs and metrics. Default: the file and
	// line of the caller.
	Name string
	// TypeDescription describes the type listed in logs. Default: the
	// expected type's GroupVersionKind or Go type.
	TypeDescription string
	// ResyncPeriod is how often the store's Resync is called; 0 never.
	ResyncPeriod time.Duration
	// MinWatchTimeout is the shortest server-side watch timeout; each watch
	// asks for a random value in [MinWatchTimeout, 2*MinWatchTimeout).
	// Values below the default of 5 minutes are raised to it.
	MinWatchTimeout time.Duration
	// Clock drives backoff and resync timers. Default: the real clock.
	// Every k8s.io/utils clock, real or fake, implements workqueue.Clock.
	Clock workqueue.Clock
}

// WatchErrorHandler is called with the error that ended a list-and-watch
// cycle, before the reflector backs off and starts over.
type WatchErrorHandler func(r *Reflector, err error)

// WatchErrorHandlerWithContext is WatchErrorHandler with the context the
// reflector runs under.
type WatchErrorHandlerWithContext func(ctx context.Context, r *Reflector, err error)

// ResourceVersionUpdater is implemented by stores that want to hear the
// resource version of every watch event a reflector applies, bookmarks
// included.
type ResourceVersionUpdater interface {
	// UpdateResourceVersion is called with the resource version the
	// reflector has caught up to.
	UpdateResourceVersion(resourceVersion string)
}

// resourceVersionBookmarker is implemented by stores that record bookmark
// resource versions.
type resourceVersionBookmarker interface {
	Bookmark(resourceVersion string)
}

// VeryShortWatchError says a watch ended within a second without any
// event, a sign of a server or proxy closing it at once; the reflector
// relists.
type VeryShortWatchError struct {
	// Name names the reflector.
	Name string
}

// Error says what happened and to which reflector.
func (e *VeryShortWatchError) Error() string {
	return fmt.Sprintf("very short watch: %s: unexpected watch close - watch lasted less than a second and no items received", e.Name)
}

// DefaultWatchErrorHandler logs the error that ended a list-and-watch
// cycle: an expired resource version (410) and an unexpected EOF at debug
// level, a clean EOF not at all, anything else as an error.
func DefaultWatchErrorHandler(ctx context.Context, r *Reflector, err error) {
	logger, name, typ := slog.Default(), "", ""
	if r != nil {
		name, typ = r.name, r.typeDescription
		if r.logger != nil {
			logger = r.logger
		}
	}
	switch {
	case isExpiredError(err):
		logger.DebugContext(ctx, "reflector: watch closed", "reflector", name, "type", typ, "err", err)
	case errors.Is(err, io.EOF):
		// A watch closed by the server; nothing to report.
	case errors.Is(err, io.ErrUnexpectedEOF):
		logger.DebugContext(ctx, "reflector: watch closed with unexpected EOF", "reflector", name, "type", typ, "err", err)
	default:
		logger.ErrorContext(ctx, "reflector: failed to watch", "reflector", name, "type", typ, "err", err)
	}
}

// NewReflector returns a reflector that keeps store in step with lw,
// named after its caller.
func NewReflector(lw ListerWatcher, expectedType interface{}, store ReflectorStore, resyncPeriod time.Duration) *Reflector {
	return NewReflectorWithOptions(lw, expectedType, store, ReflectorOptions{ResyncPeriod: resyncPeriod})
}

// NewNamedReflector is NewReflector with an explicit name.
func NewNamedReflector(name string, lw ListerWatcher, expectedType interface{}, store ReflectorStore, resyncPeriod time.Duration) *Reflector {
	return NewReflectorWithOptions(lw, expectedType, store, ReflectorOptions{Name: name, ResyncPeriod: resyncPeriod})
}

// NewNamespaceKeyedIndexerAndReflector returns an indexer keyed by
// namespace/name with the namespace index, and a reflector filling it.
func NewNamespaceKeyedIndexerAndReflector(lw ListerWatcher, expectedType interface{}, resyncPeriod time.Duration) (indexer Indexer, reflector *Reflector) {
	indexer = NewIndexer(MetaNamespaceKeyFunc, Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
	reflector = NewReflector(lw, expectedType, indexer, resyncPeriod)
	return indexer, reflector
}

// NewReflectorWithOptions returns a reflector that keeps store in step with
// lw. expectedType, when not nil, is an example of the objects lw returns:
// watch events carrying another type are skipped (and, for an Unstructured
// with a kind set, another GroupVersionKind).
func NewReflectorWithOptions(lw ListerWatcher, expectedType interface{}, store ReflectorStore, options ReflectorOptions) *Reflector {
	clock := options.Clock
	if clock == nil {
		clock = realReflectorClock{}
	}
	r := &Reflector{
		name:              options.Name,
		typeDescription:   options.TypeDescription,
		store:             store,
		clock:             clock,
		backoff:           newReflectorBackoff(clock),
		resyncPeriod:      options.ResyncPeriod,
		minWatchTimeout:   max(options.MinWatchTimeout, defaultMinWatchTimeout),
		watchErrorHandler: DefaultWatchErrorHandler,
		logger:            slog.Default(),
	}
	if lw != nil {
		r.listerWatcher = ToListerWatcherWithContext(lw)
	}
	if l, ok := lw.(*ListWatch); ok && l != nil {
		r.disableChunking = l.DisableChunking
	}
	if r.name == "" {
		r.name = callerName()
	}
	r.setExpectedType(expectedType)
	r.useWatchList = watchListEnabled(lw)
	r.metrics = newReflectorMetrics(r.name)
	return r
}

// setExpectedType records the expected Go type and, for an Unstructured
// with a kind, the expected GroupVersionKind, and derives the type
// description when none was given.
func (r *Reflector) setExpectedType(expectedType interface{}) {
	if expectedType != nil {
		r.expectedType = reflect.TypeOf(expectedType)
		if u, ok := expectedType.(*unstructured.Unstructured); ok && u != nil {
			if gvk := u.GroupVersionKind(); !gvk.Empty() {
				r.expectedGVK = &gvk
			}
		}
	}
	if r.typeDescription != "" {
		return
	}
	switch {
	case r.expectedGVK != nil:
		r.typeDescription = r.expectedGVK.String()
	case r.expectedType != nil:
		r.typeDescription = r.expectedType.String()
	default:
		r.typeDescription = "<unspecified>"
	}
}

// watchListSemanticsChecker is implemented by ListerWatchers that know
// whether their server side supports watch-list.
type watchListSemanticsChecker interface {
	IsWatchListSemanticsUnSupported() bool
}

// watchListEnabled reports whether reflectors over lw try a watch-list
// first: the WatchListClient gate (on unless the environment turns it off)
// and lw not declaring the semantics unsupported.
func watchListEnabled(lw ListerWatcher) bool {
	if v, ok := os.LookupEnv(watchListClientEnv); ok {
		if on, err := strconv.ParseBool(v); err == nil && !on {
			return false
		}
	}
	if c, ok := lw.(watchListSemanticsChecker); ok && c.IsWatchListSemanticsUnSupported() {
		return false
	}
	return true
}

// callerName names a reflector after the first caller outside this
// package, as "file.go:line"; "<unknown>" when a goroutine of this package
// made it.
func callerName() string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		inPackage := strings.HasPrefix(f.Function, "github.com/skiff-k8s/skiff/tools/cache.") && !strings.HasSuffix(f.File, "_test.go")
		if !inPackage && !strings.HasPrefix(f.Function, "runtime.") && f.File != "" {
			return filepath.Base(f.File) + ":" + strconv.Itoa(f.Line)
		}
		if !more {
			return "<unknown>"
		}
	}
}

// Name returns the reflector's name.
func (r *Reflector) Name() string { return r.name }

// TypeDescription returns the description of the type the reflector lists.
func (r *Reflector) TypeDescription() string { return r.typeDescription }

// LastSyncResourceVersion returns the resource version the store has
// caught up to: that of the last list, watch event or bookmark applied;
// "" before the first list.
func (r *Reflector) LastSyncResourceVersion() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.lastSyncResourceVersion
}

// setLastSyncResourceVersion records rv and reports it to the metrics.
func (r *Reflector) setLastSyncResourceVersion(rv string) {
	r.mu.Lock()
	r.lastSyncResourceVersion = rv
	r.mu.Unlock()
	if f, err := strconv.ParseFloat(rv, 64); err == nil {
		r.metrics.lastResourceVersion.Set(f)
	}
}

// relistResourceVersion is the resource version the next list asks for:
// "0" (any cached state) before the first sync, "" (the latest state) when
// the last one is no longer available, else the last one.
func (r *Reflector) relistResourceVersion() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	switch {
	case r.rvUnavailable:
		return ""
	case r.lastSyncResourceVersion == "":
		return "0"
	}
	return r.lastSyncResourceVersion
}

// setResourceVersionUnavailable records whether the last resource version
// can still be listed.
func (r *Reflector) setResourceVersionUnavailable(unavailable bool) {
	r.mu.Lock()
	r.rvUnavailable = unavailable
	r.mu.Unlock()
}

// Run runs RunWithContext until stopCh is closed.
func (r *Reflector) Run(stopCh <-chan struct{}) {
	ctx, cancel := contextFromStopCh(stopCh)
	defer cancel()
	r.RunWithContext(ctx)
}

// RunWithContext lists and watches until ctx is done, reporting the error
// that ends each cycle to the watch error handler and backing off
// (exponentially from 800ms to 30s, with jitter) between cycles.
func (r *Reflector) RunWithContext(ctx context.Context) {
	m := newReflectorMachine(r)
	m.run(ctx, false)
}

// ListAndWatch runs ListAndWatchWithContext until stopCh is closed.
func (r *Reflector) ListAndWatch(stopCh <-chan struct{}) error {
	ctx, cancel := contextFromStopCh(stopCh)
	defer cancel()
	return r.ListAndWatchWithContext(ctx)
}

// ListAndWatchWithContext runs one cycle: it fills the store through a
// watch-list or a list, then applies watch events, re-watching as long as
// the watch ends cleanly. It returns the error that makes a relist
// necessary, or nil once ctx is done.
func (r *Reflector) ListAndWatchWithContext(ctx context.Context) error {
	m := newReflectorMachine(r)
	return m.run(ctx, true)
}

// contextFromStopCh returns a context cancelled when stopCh closes.
func contextFromStopCh(stopCh <-chan struct{}) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		select {
		case <-stopCh:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// isExpiredError reports whether err says the requested resource version
// is gone (410 Gone or Expired).
func isExpiredError(err error) bool {
	return apierrors.IsResourceExpired(err) || apierrors.IsGone(err)
}
