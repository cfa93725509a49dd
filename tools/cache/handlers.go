package cache

import (
	"log/slog"
	"time"
)

// ResourceEventHandler receives the changes an informer observes. Its
// methods must not modify the objects they receive: the objects are shared
// with the informer's store and with every other handler.
//
// OnAdd is called for an object new to the cache; isInInitialList is true
// while the informer delivers its first list (and the current contents to a
// handler registered after start). OnUpdate is called for a changed object,
// and for every object on a resync, in which case old and new are the same
// object. OnDelete is called with the last known state of a deleted object,
// or a DeletedFinalStateUnknown when the deletion was missed during a watch
// gap and only a relist revealed it.
type ResourceEventHandler interface {
	// OnAdd reports an object new to the cache.
	OnAdd(obj interface{}, isInInitialList bool)
	// OnUpdate reports a changed object, or a resync when oldObj == newObj.
	OnUpdate(oldObj, newObj interface{})
	// OnDelete reports a deleted object or a DeletedFinalStateUnknown.
	OnDelete(obj interface{})
}

// ResourceEventHandlerFuncs adapts up to three functions to a
// ResourceEventHandler; a nil function ignores its notification. AddFunc does
// not learn whether the object came from the initial list; use
// ResourceEventHandlerDetailedFuncs for that.
type ResourceEventHandlerFuncs struct {
	AddFunc    func(obj interface{})
	UpdateFunc func(oldObj, newObj interface{})
	DeleteFunc func(obj interface{})
}

// OnAdd calls AddFunc if it is set.
func (r ResourceEventHandlerFuncs) OnAdd(obj interface{}, isInInitialList bool) {
	if r.AddFunc != nil {
		r.AddFunc(obj)
	}
}

// OnUpdate calls UpdateFunc if it is set.
func (r ResourceEventHandlerFuncs) OnUpdate(oldObj, newObj interface{}) {
	if r.UpdateFunc != nil {
		r.UpdateFunc(oldObj, newObj)
	}
}

// OnDelete calls DeleteFunc if it is set.
func (r ResourceEventHandlerFuncs) OnDelete(obj interface{}) {
	if r.DeleteFunc != nil {
		r.DeleteFunc(obj)
	}
}

// ResourceEventHandlerDetailedFuncs is ResourceEventHandlerFuncs whose
// AddFunc also receives isInInitialList.
type ResourceEventHandlerDetailedFuncs struct {
	AddFunc    func(obj interface{}, isInInitialList bool)
	UpdateFunc func(oldObj, newObj interface{})
	DeleteFunc func(obj interface{})
}

// OnAdd calls AddFunc if it is set.
func (r ResourceEventHandlerDetailedFuncs) OnAdd(obj interface{}, isInInitialList bool) {
	if r.AddFunc != nil {
		r.AddFunc(obj, isInInitialList)
	}
}

// OnUpdate calls UpdateFunc if it is set.
func (r ResourceEventHandlerDetailedFuncs) OnUpdate(oldObj, newObj interface{}) {
	if r.UpdateFunc != nil {
		r.UpdateFunc(oldObj, newObj)
	}
}

// OnDelete calls DeleteFunc if it is set.
func (r ResourceEventHandlerDetailedFuncs) OnDelete(obj interface{}) {
	if r.DeleteFunc != nil {
		r.DeleteFunc(obj)
	}
}

// FilteringResourceEventHandler passes to Handler only the objects FilterFunc
// accepts, translating transitions: an update whose old object passed and
// whose new one does not becomes OnDelete(old), the reverse becomes
// OnAdd(new, false), and an update where neither passes is dropped. A nil
// FilterFunc accepts everything; a nil Handler drops everything.
type FilteringResourceEventHandler struct {
	FilterFunc func(obj interface{}) bool
	Handler    ResourceEventHandler
}

// accepts reports whether FilterFunc accepts obj.
func (r FilteringResourceEventHandler) accepts(obj interface{}) bool {
	return r.FilterFunc == nil || r.FilterFunc(obj)
}

// OnAdd forwards obj if the filter accepts it.
func (r FilteringResourceEventHandler) OnAdd(obj interface{}, isInInitialList bool) {
	if r.Handler != nil && r.accepts(obj) {
		r.Handler.OnAdd(obj, isInInitialList)
	}
}

// OnUpdate forwards an update, an add or a delete depending on which of
// oldObj and newObj the filter accepts.
func (r FilteringResourceEventHandler) OnUpdate(oldObj, newObj interface{}) {
	if r.Handler == nil {
		return
	}
	oldIn, newIn := r.accepts(oldObj), r.accepts(newObj)
	switch {
	case oldIn && newIn:
		r.Handler.OnUpdate(oldObj, newObj)
	case oldIn:
		r.Handler.OnDelete(oldObj)
	case newIn:
		r.Handler.OnAdd(newObj, false)
	}
}

// OnDelete forwards obj if the filter accepts it.
func (r FilteringResourceEventHandler) OnDelete(obj interface{}) {
	if r.Handler != nil && r.accepts(obj) {
		r.Handler.OnDelete(obj)
	}
}

// ResourceEventHandlerRegistration is the handle AddEventHandler returns; pass
// it to RemoveEventHandler to unregister the handler.
type ResourceEventHandlerRegistration interface {
	// HasSynced reports whether the handler has received every object of the
	// informer's initial list (or, for a handler registered after start, the
	// informer's contents at registration).
	HasSynced() bool
}

// HandlerOptions tunes one handler registration. The zero value uses the
// informer's defaults.
type HandlerOptions struct {
	// Logger receives the handler's diagnostics (a recovered panic).
	// Default: the informer's logger, slog.Default().
	Logger *slog.Logger
	// ResyncPeriod is the handler's resync period. Default (nil): the
	// informer's default event handler resync period. 0 disables resyncs.
	ResyncPeriod *time.Duration
}

// ShouldResyncFunc reports whether a resync is due; the controller asks it at
// every resync check and calls the queue's Resync when it says yes.
type ShouldResyncFunc func() bool

// InformerSynced reports whether an informer (or a handler registration) has
// synced; it is usually an informer's HasSynced method value.
type InformerSynced func() bool
