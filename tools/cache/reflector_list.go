package cache

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/tools/pager"
)

// watchListWarnPeriod is how often a reflector logs that it is still
// waiting for the end of a watch-list's initial events.
const watchListWarnPeriod = 10 * time.Second

// list lists at resource version rv, through the pager, and replaces the
// store's content with the result.
func (r *Reflector) list(ctx context.Context, rv string) error {
	p := pager.New(func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		return r.listerWatcher.ListWithContext(ctx, opts)
	})
	r.mu.RLock()
	paginatedBefore := r.paginatedResult
	r.mu.RUnlock()
	switch {
	case r.disableChunking:
		p.PageSize = 0
	case r.WatchListPageSize != 0:
		p.PageSize = r.WatchListPageSize
	case paginatedBefore:
		// The server pages lists at "0": keep the default page size.
	case rv != "" && rv != "0":
		// A list at a given version is served from the watch cache,
		// which does not page: ask for everything at once.
		p.PageSize = 0
	}
	start := r.clock.Now()
	r.metrics.lists.Inc()
	list, paginated, err := p.ListWithAlloc(ctx, metav1.ListOptions{ResourceVersion: rv})
	r.metrics.listDuration.Observe(r.clock.Since(start).Seconds())
	if err != nil {
		return fmt.Errorf("list at resourceVersion %q: %w", rv, err)
	}
	if paginated && rv == "0" {
		r.mu.Lock()
		r.paginatedResult = true
		r.mu.Unlock()
	}
	if _, isTable := list.(*metav1.Table); isTable {
		return fmt.Errorf("unsupported list gvk %v: the ListerWatcher returned a Table", list.GetObjectKind().GroupVersionKind())
	}
	listMeta, err := meta.ListAccessor(list)
	if err != nil {
		return fmt.Errorf("list result %T is not a list: %w", list, err)
	}
	items, err := meta.ExtractList(list)
	if err != nil {
		return fmt.Errorf("items of list result %T: %w", list, err)
	}
	r.metrics.listItems.Observe(float64(len(items)))
	found := make([]interface{}, len(items))
	for i, item := range items {
		found[i] = item
	}
	resourceVersion := listMeta.GetResourceVersion()
	if err := r.store.Replace(found, resourceVersion); err != nil {
		return fmt.Errorf("replacing the store with the list result: %w", err)
	}
	r.setResourceVersionUnavailable(false)
	r.setLastSyncResourceVersion(resourceVersion)
	return nil
}

// watchListResourceVersion is the resource version a watch-list starts
// from: the last synced one, or "" for the latest state.
func (r *Reflector) watchListResourceVersion() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.rvUnavailable {
		return ""
	}
	return r.lastSyncResourceVersion
}

// watchTimeout returns a random server-side watch timeout in seconds in
// [minWatchTimeout, 2*minWatchTimeout), spreading watch restarts.
func (r *Reflector) watchTimeout() *int64 {
	s := int64(r.minWatchTimeout.Seconds() * (1 + rand.Float64()))
	return &s
}

// startWatch opens a watch from rv with bookmarks.
func (r *Reflector) startWatch(ctx context.Context, rv string) (watch.Interface, error) {
	r.metrics.watches.Inc()
	return r.listerWatcher.WatchWithContext(ctx, metav1.ListOptions{
		ResourceVersion:     rv,
		TimeoutSeconds:      r.watchTimeout(),
		AllowWatchBookmarks: true,
	})
}

// watchList opens a watch with sendInitialEvents from rv, gathers the
// initial events into a temporary store until the bookmark that ends them,
// and replaces the store with it. It returns the still open watch and the
// bookmark's resource version.
func (r *Reflector) watchList(ctx context.Context, rv string) (watch.Interface, string, error) {
	sendInitialEvents := true
	r.metrics.watches.Inc()
	w, err := r.listerWatcher.WatchWithContext(ctx, metav1.ListOptions{
		ResourceVersion:      rv,
		ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan,
		SendInitialEvents:    &sendInitialEvents,
		AllowWatchBookmarks:  true,
		TimeoutSeconds:       r.watchTimeout(),
	})
	if err != nil {
		return nil, "", err
	}
	temp := NewStore(DeletionHandlingMetaNamespaceKeyFunc)
	endRV, err := r.initialEvents(ctx, w, temp)
	if err == nil {
		err = r.store.Replace(temp.List(), endRV)
		if err != nil {
			err = fmt.Errorf("replacing the store with the watch-list result: %w", err)
		}
	}
	if err != nil {
		w.Stop()
		return nil, "", err
	}
	r.setResourceVersionUnavailable(false)
	r.setLastSyncResourceVersion(endRV)
	if u, ok := r.store.(ResourceVersionUpdater); ok {
		u.UpdateResourceVersion(endRV)
	}
	return w, endRV, nil
}

// errInitialEventsUnfinished says a watch-list ended before its bookmark.
var errInitialEventsUnfinished = errors.New("watch ended before the bookmark marking the end of the initial events")

// initialEvents applies w's events to temp until the bookmark annotated
// k8s.io/initial-events-end and returns that bookmark's resource version.
func (r *Reflector) initialEvents(ctx context.Context, w watch.Interface, temp Store) (string, error) {
	start := r.clock.Now()
	warn := r.clock.After(watchListWarnPeriod)
	for {
		var ev watch.Event
		var ok bool
		select {
		case <-ctx.Done():
			return "", errStopRequested
		case <-warn:
			r.logger.WarnContext(ctx, "reflector: still waiting for the end of the watch-list's initial events", "reflector", r.name, "type", r.typeDescription, "waited", r.clock.Since(start).String())
			warn = r.clock.After(watchListWarnPeriod)
			continue
		case ev, ok = <-w.ResultChan():
		}
		if !ok {
			return "", errInitialEventsUnfinished
		}
		if ev.Type == watch.Error {
			return "", apierrors.FromObject(ev.Object)
		}
		accessor, ok := r.checkEvent(ctx, ev)
		if !ok {
			continue
		}
		if ev.Type == watch.Bookmark {
			if accessor.GetAnnotations()[metav1.InitialEventsAnnotationKey] == "true" {
				return accessor.GetResourceVersion(), nil
			}
			continue
		}
		if err := applyToStore(temp, ev); err != nil {
			r.logger.ErrorContext(ctx, "reflector: applying a watch-list event", "reflector", r.name, "type", r.typeDescription, "err", err)
		}
	}
}

// isTooLargeResourceVersionError reports whether err says the requested
// resource version is newer than the server has seen.
func isTooLargeResourceVersionError(err error) bool {
	if apierrors.HasStatusCause(err, metav1.CauseTypeResourceVersionTooLarge) {
		return true
	}
	var se *apierrors.StatusError
	if !apierrors.IsTimeout(err) || !errors.As(err, &se) {
		return false
	}
	return strings.Contains(se.ErrStatus.Message, "Too large resource version")
}
