//go:build !skiffinformer

package bench

import (
	"context"
	"testing"

	skiffcorev1 "github.com/skiff-k8s/skiff/api/core/v1"
	skiffmetav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	skiffruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	skiffwatch "github.com/skiff-k8s/skiff/apimachinery/watch"
	skiffkubernetes "github.com/skiff-k8s/skiff/kubernetes"
	skiffcache "github.com/skiff-k8s/skiff/tools/cache"
)

// Until skiff's shared informer is on main (informer_skiff_test.go, built
// with -tags skiffinformer), skiff's side is its Reflector filling the same
// namespace-indexed Indexer the informer would: the same list, decode and
// store work without the FIFO and the (here handler-less) event processor.
// Synced means the reflector's first list was stored.
var skiffInformerCases = []skiffInformerCase{
	{"skiff-reflector", skiffReflectorBuilder("", nil)},
	{"skiff-reflector-strip", skiffReflectorBuilder("", skiffcache.TransformStripManagedFields)},
	{"skiff-reflector-json", skiffReflectorBuilder("application/json", nil)},
	{"skiff-reflector-json-strip", skiffReflectorBuilder("application/json", skiffcache.TransformStripManagedFields)},
}

// skiffReflectorBuilder returns a builder of reflector-filled pod indexers
// over a clientset for host speaking contentType ("" for the default), with
// transform applied to every stored object when it is not nil.
func skiffReflectorBuilder(contentType string, transform skiffcache.TransformFunc) func(tb testing.TB, host string) func() informerHandle {
	return func(tb testing.TB, host string) func() informerHandle {
		cfg := skiffConfig(host)
		cfg.ContentType = contentType
		cs, err := skiffkubernetes.NewForConfig(cfg)
		if err != nil {
			tb.Fatalf("skiff clientset: %v", err)
		}
		pods := cs.CoreV1().Pods("")
		lw := &skiffcache.ListWatch{
			ListWithContextFunc: func(ctx context.Context, opts skiffmetav1.ListOptions) (skiffruntime.Object, error) {
				return pods.List(ctx, opts)
			},
			WatchFuncWithContext: func(ctx context.Context, opts skiffmetav1.ListOptions) (skiffwatch.Interface, error) {
				return pods.Watch(ctx, opts)
			},
		}
		return func() informerHandle {
			indexer := skiffcache.NewIndexer(skiffcache.MetaNamespaceKeyFunc,
				skiffcache.Indexers{skiffcache.NamespaceIndex: skiffcache.MetaNamespaceIndexFunc})
			r := skiffcache.NewReflector(lw, &skiffcorev1.Pod{}, transformingStore{indexer, transform}, 0)
			return informerHandle{
				run:       r.Run,
				hasSynced: func() bool { return r.LastSyncResourceVersion() != "" },
				count:     func() int { return len(indexer.ListKeys()) },
			}
		}
	}
}

// transformingStore applies transform (when not nil) to the objects a
// reflector stores, as an informer does before storing them.
type transformingStore struct {
	skiffcache.Indexer
	transform skiffcache.TransformFunc
}

func (s transformingStore) apply(obj interface{}) interface{} {
	if s.transform == nil {
		return obj
	}
	if out, err := s.transform(obj); err == nil {
		return out
	}
	return obj
}

// Add stores the transformed obj.
func (s transformingStore) Add(obj interface{}) error { return s.Indexer.Add(s.apply(obj)) }

// Update stores the transformed obj.
func (s transformingStore) Update(obj interface{}) error { return s.Indexer.Update(s.apply(obj)) }

// Replace stores the transformed list.
func (s transformingStore) Replace(list []interface{}, rv string) error {
	for i := range list {
		list[i] = s.apply(list[i])
	}
	return s.Indexer.Replace(list, rv)
}
