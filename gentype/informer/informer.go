package informer

import (
	"context"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// ListWatcher is the part of a typed client an informer needs: List
// returning the kind's list type L, and Watch.
type ListWatcher[L runtime.Object] interface {
	List(ctx context.Context, opts metav1.ListOptions) (L, error)
	Watch(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error)
}

// New returns a SharedIndexInformer of the objects client lists and
// watches: example is an empty object of the kind, resync the default
// resync period of its handlers, indexers its indexes, and tweak (may be
// nil) adjusts the options of every List and Watch.
func New[L runtime.Object](client ListWatcher[L], example runtime.Object, resync time.Duration,
	indexers cache.Indexers, tweak func(*metav1.ListOptions)) cache.SharedIndexInformer {
	return cache.NewSharedIndexInformer(NewListWatch(client, tweak), example, resync, indexers)
}

// NewListWatch returns the cache.ListWatch of client: its List and Watch
// with context, each applying tweak (when not nil) to the options first.
func NewListWatch[L runtime.Object](client ListWatcher[L], tweak func(*metav1.ListOptions)) *cache.ListWatch {
	return &cache.ListWatch{
		ListWithContextFunc: func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
			applyTweak(tweak, &opts)
			list, err := client.List(ctx, opts)
			if err != nil {
				return nil, err // not list: a typed nil pointer would make a non-nil Object
			}
			return list, nil
		},
		WatchFuncWithContext: func(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error) {
			applyTweak(tweak, &opts)
			return client.Watch(ctx, opts)
		},
	}
}

// applyTweak calls tweak on opts unless tweak is nil.
func applyTweak(tweak func(*metav1.ListOptions), opts *metav1.ListOptions) {
	if tweak != nil {
		tweak(opts)
	}
}
