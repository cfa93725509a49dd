package cache

import (
	"context"
	"fmt"
	"reflect"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// veryShortWatch is the duration under which a watch that delivered no
// event counts as closed at once.
const veryShortWatch = time.Second

// handleWatch applies w's events to the store until w ends, ctx ends
// (errStopRequested), the watch reports an error, or a resync fails. It
// returns nil for a watch that ended cleanly, after events or after a
// second at least. A watch started at "" or "0" begins with synthetic ADDED
// events for the existing objects; the resource version is recorded from
// the first other event on.
func (r *Reflector) handleWatch(ctx context.Context, w watch.Interface, startRV string, resyncErr <-chan error) error {
	defer w.Stop()
	start := r.clock.Now()
	count := 0
	initialAdds := startRV == "" || startRV == "0"
	defer func() {
		r.metrics.watchDuration.Observe(r.clock.Since(start).Seconds())
		r.metrics.watchItems.Observe(float64(count))
	}()
	for {
		var ev watch.Event
		var ok bool
		select {
		case <-ctx.Done():
			return errStopRequested
		case err := <-resyncErr:
			return err
		case ev, ok = <-w.ResultChan():
		}
		if !ok {
			break
		}
		if ev.Type == watch.Error {
			return apierrors.FromObject(ev.Object)
		}
		accessor, ok := r.checkEvent(ctx, ev)
		if !ok {
			continue
		}
		r.applyEvent(ctx, ev, accessor.GetResourceVersion())
		count++
		if initialAdds && ev.Type == watch.Added {
			continue
		}
		initialAdds = false
		r.recordResourceVersion(accessor.GetResourceVersion())
	}
	if count == 0 && r.clock.Since(start) < veryShortWatch {
		r.metrics.shortWatches.Inc()
		return &VeryShortWatchError{Name: r.name}
	}
	return nil
}

// recordResourceVersion records rv as synced and tells a store that wants
// to know.
func (r *Reflector) recordResourceVersion(rv string) {
	r.setLastSyncResourceVersion(rv)
	if u, ok := r.store.(ResourceVersionUpdater); ok {
		u.UpdateResourceVersion(rv)
	}
}

// applyEvent applies one checked event to the store; a store error is
// logged, as the event cannot be retried.
func (r *Reflector) applyEvent(ctx context.Context, ev watch.Event, rv string) {
	if ev.Type == watch.Bookmark {
		if b, ok := r.store.(resourceVersionBookmarker); ok {
			b.Bookmark(rv)
		}
		return
	}
	if err := applyToStore(r.store, ev); err != nil {
		r.logger.ErrorContext(ctx, "reflector: applying a watch event", "reflector", r.name, "type", r.typeDescription, "err", err)
	}
}

// applyToStore adds, updates or deletes the event's object in store.
func applyToStore(store ReflectorStore, ev watch.Event) error {
	var err error
	switch ev.Type {
	case watch.Added:
		err = store.Add(ev.Object)
	case watch.Modified:
		err = store.Update(ev.Object)
	case watch.Deleted:
		err = store.Delete(ev.Object)
	default:
		return fmt.Errorf("unknown watch event type %q", ev.Type)
	}
	if err != nil {
		return fmt.Errorf("%s event: %w", ev.Type, err)
	}
	return nil
}

// checkEvent returns the metadata of an event's object, or false (having
// logged why) when the object is a Table, not of the expected type or
// kind, or has no metadata.
func (r *Reflector) checkEvent(ctx context.Context, ev watch.Event) (metav1.Object, bool) {
	reject := func(msg string, args ...any) (metav1.Object, bool) {
		args = append([]any{"reflector", r.name, "type", r.typeDescription, "event", string(ev.Type)}, args...)
		r.logger.ErrorContext(ctx, "reflector: skipping watch event: "+msg, args...)
		return nil, false
	}
	if ev.Object == nil {
		return reject("no object")
	}
	if _, isTable := ev.Object.(*metav1.Table); isTable {
		return reject("a Table object; the ListerWatcher must not ask for tables")
	}
	if r.expectedType != nil {
		if got := reflect.TypeOf(ev.Object); got != r.expectedType {
			return reject("unexpected object type", "want", r.expectedType.String(), "got", got.String())
		}
	}
	if r.expectedGVK != nil {
		if got := ev.Object.GetObjectKind().GroupVersionKind(); got != *r.expectedGVK {
			return reject("unexpected object kind", "want", r.expectedGVK.String(), "got", got.String())
		}
	}
	accessor, err := meta.Accessor(ev.Object)
	if err != nil {
		return reject("object without metadata", "err", err)
	}
	return accessor, true
}
