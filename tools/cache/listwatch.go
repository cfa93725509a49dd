package cache

import (
	"context"
	"errors"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/rest"
)

// Lister lists the objects of one resource.
type Lister interface {
	// List returns the objects options select; the result must be a list
	// whose resourceVersion a watch can start from.
	List(options metav1.ListOptions) (runtime.Object, error)
}

// ListerWithContext is Lister with a context bounding the call.
type ListerWithContext interface {
	// ListWithContext returns the objects options select.
	ListWithContext(ctx context.Context, options metav1.ListOptions) (runtime.Object, error)
}

// Watcher starts watches of one resource.
type Watcher interface {
	// Watch starts a watch at options.ResourceVersion.
	Watch(options metav1.ListOptions) (watch.Interface, error)
}

// WatcherWithContext is Watcher with a context bounding the watch.
type WatcherWithContext interface {
	// WatchWithContext starts a watch at options.ResourceVersion.
	WatchWithContext(ctx context.Context, options metav1.ListOptions) (watch.Interface, error)
}

// ListerWatcher lists and watches one resource; a Reflector runs on one.
type ListerWatcher interface {
	Lister
	Watcher
}

// ListerWatcherWithContext is ListerWatcher with contexts.
type ListerWatcherWithContext interface {
	ListerWithContext
	WatcherWithContext
}

// ListFunc lists objects.
type ListFunc func(options metav1.ListOptions) (runtime.Object, error)

// WatchFunc starts a watch.
type WatchFunc func(options metav1.ListOptions) (watch.Interface, error)

// ListWithContextFunc lists objects under a context.
type ListWithContextFunc func(ctx context.Context, options metav1.ListOptions) (runtime.Object, error)

// WatchFuncWithContext starts a watch under a context.
type WatchFuncWithContext func(ctx context.Context, options metav1.ListOptions) (watch.Interface, error)

// ListWatch is a ListerWatcher made of functions. The context-aware
// functions are preferred when set; List and Watch call them with
// context.Background().
type ListWatch struct {
	// ListFunc lists when ListWithContextFunc is nil.
	ListFunc ListFunc
	// WatchFunc watches when WatchFuncWithContext is nil.
	WatchFunc WatchFunc
	// ListWithContextFunc lists; it takes precedence over ListFunc.
	ListWithContextFunc ListWithContextFunc
	// WatchFuncWithContext watches; it takes precedence over WatchFunc.
	WatchFuncWithContext WatchFuncWithContext
	// DisableChunking makes a Reflector list in one request instead of
	// pages.
	DisableChunking bool
}

var (
	_ ListerWatcher            = &ListWatch{}
	_ ListerWatcherWithContext = &ListWatch{}
)

// errNoListFunc and errNoWatchFunc are returned by a ListWatch missing the
// function a call needs.
var (
	errNoListFunc  = errors.New("cache: ListWatch has neither ListWithContextFunc nor ListFunc")
	errNoWatchFunc = errors.New("cache: ListWatch has neither WatchFuncWithContext nor WatchFunc")
)

// List lists with context.Background().
func (lw *ListWatch) List(options metav1.ListOptions) (runtime.Object, error) {
	return lw.ListWithContext(context.Background(), options)
}

// ListWithContext lists through ListWithContextFunc, else ListFunc. A
// Reflector pages on its own, so no paging happens here.
func (lw *ListWatch) ListWithContext(ctx context.Context, options metav1.ListOptions) (runtime.Object, error) {
	switch {
	case lw.ListWithContextFunc != nil:
		return lw.ListWithContextFunc(ctx, options)
	case lw.ListFunc != nil:
		return lw.ListFunc(options)
	}
	return nil, errNoListFunc
}

// Watch watches with context.Background().
func (lw *ListWatch) Watch(options metav1.ListOptions) (watch.Interface, error) {
	return lw.WatchWithContext(context.Background(), options)
}

// WatchWithContext watches through WatchFuncWithContext, else WatchFunc.
func (lw *ListWatch) WatchWithContext(ctx context.Context, options metav1.ListOptions) (watch.Interface, error) {
	switch {
	case lw.WatchFuncWithContext != nil:
		return lw.WatchFuncWithContext(ctx, options)
	case lw.WatchFunc != nil:
		return lw.WatchFunc(options)
	}
	return nil, errNoWatchFunc
}

// Getter makes requests; a *rest.RESTClient is one.
type Getter interface {
	// Get starts a GET request.
	Get() *rest.Request
}

// NewListWatchFromClient returns a ListWatch of resource in namespace
// (metav1.NamespaceAll for every namespace) through c, restricted by
// fieldSelector.
func NewListWatchFromClient(c Getter, resource string, namespace string, fieldSelector fields.Selector) *ListWatch {
	return NewFilteredListWatchFromClient(c, resource, namespace, func(options *metav1.ListOptions) {
		if fieldSelector != nil {
			options.FieldSelector = fieldSelector.String()
		}
	})
}

// NewFilteredListWatchFromClient returns a ListWatch of resource in
// namespace through c; optionsModifier, when not nil, edits the options of
// every list and watch (to set selectors, say).
func NewFilteredListWatchFromClient(c Getter, resource string, namespace string, optionsModifier func(options *metav1.ListOptions)) *ListWatch {
	modify := func(options *metav1.ListOptions) {
		if optionsModifier != nil {
			optionsModifier(options)
		}
	}
	list := func(ctx context.Context, options metav1.ListOptions) (runtime.Object, error) {
		modify(&options)
		return c.Get().Namespace(namespace).Resource(resource).
			VersionedParams(&options, metav1.ParameterCodec).Do(ctx).Get()
	}
	watchFn := func(ctx context.Context, options metav1.ListOptions) (watch.Interface, error) {
		options.Watch = true
		modify(&options)
		return c.Get().Namespace(namespace).Resource(resource).
			VersionedParams(&options, metav1.ParameterCodec).Watch(ctx)
	}
	return &ListWatch{
		ListWithContextFunc:  list,
		WatchFuncWithContext: watchFn,
		ListFunc: func(options metav1.ListOptions) (runtime.Object, error) {
			return list(context.Background(), options)
		},
		WatchFunc: func(options metav1.ListOptions) (watch.Interface, error) {
			return watchFn(context.Background(), options)
		},
	}
}

// ToListerWithContext returns l itself when it has ListWithContext, else an
// adapter that ignores the context.
func ToListerWithContext(l Lister) ListerWithContext {
	if lc, ok := l.(ListerWithContext); ok {
		return lc
	}
	return listerAdapter{l}
}

// ToWatcherWithContext returns w itself when it has WatchWithContext, else
// an adapter that ignores the context.
func ToWatcherWithContext(w Watcher) WatcherWithContext {
	if wc, ok := w.(WatcherWithContext); ok {
		return wc
	}
	return watcherAdapter{w}
}

// ToListerWatcherWithContext returns lw itself when it has the context
// methods, else an adapter that ignores the context.
func ToListerWatcherWithContext(lw ListerWatcher) ListerWatcherWithContext {
	if lwc, ok := lw.(ListerWatcherWithContext); ok {
		return lwc
	}
	return listerWatcherAdapter{listerAdapter{lw}, watcherAdapter{lw}}
}

// listerAdapter gives a Lister the ListerWithContext method.
type listerAdapter struct{ l Lister }

func (a listerAdapter) ListWithContext(_ context.Context, options metav1.ListOptions) (runtime.Object, error) {
	return a.l.List(options)
}

// watcherAdapter gives a Watcher the WatcherWithContext method.
type watcherAdapter struct{ w Watcher }

func (a watcherAdapter) WatchWithContext(_ context.Context, options metav1.ListOptions) (watch.Interface, error) {
	return a.w.Watch(options)
}

// listerWatcherAdapter gives a ListerWatcher both context methods.
type listerWatcherAdapter struct {
	listerAdapter
	watcherAdapter
}
