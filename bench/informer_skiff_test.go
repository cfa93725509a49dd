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

// skiffInformerCases are skiff's pods informer as the reference builds it
// (default content type, which like the reference's typed clients prefers
// protobuf, and JSON), each also with cache.TransformStripManagedFields
// installed.
var skiffInformerCases = []skiffInformerCase{
	{"skiff", skiffInformerBuilder("", nil)},
	{"skiff-strip", skiffInformerBuilder("", skiffcache.TransformStripManagedFields)},
	{"skiff-json", skiffInformerBuilder("application/json", nil)},
	{"skiff-json-strip", skiffInformerBuilder("application/json", skiffcache.TransformStripManagedFields)},
}

// skiffInformerBuilder returns a builder of skiff pods informers over a
// clientset for host speaking contentType ("" for the default), with
// transform installed when it is not nil.
func skiffInformerBuilder(contentType string, transform skiffcache.TransformFunc) func(tb testing.TB, host string) func() informerHandle {
	return func(tb testing.TB, host string) func() informerHandle {
		cfg := skiffConfig(host)
		cfg.ContentType = contentType
		cs, err := skiffkubernetes.NewForConfig(cfg)
		if err != nil {
			tb.Fatalf("skiff clientset: %v", err)
		}
		return func() informerHandle { return newSkiffPodInformer(tb, cs, transform) }
	}
}

// newSkiffPodInformer is newRefPodInformer after the import rewrite, plus
// the optional transform.
func newSkiffPodInformer(tb testing.TB, cs *skiffkubernetes.Clientset, transform skiffcache.TransformFunc) informerHandle {
	pods := cs.CoreV1().Pods("")
	lw := &skiffcache.ListWatch{
		ListWithContextFunc: func(ctx context.Context, opts skiffmetav1.ListOptions) (skiffruntime.Object, error) {
			return pods.List(ctx, opts)
		},
		WatchFuncWithContext: func(ctx context.Context, opts skiffmetav1.ListOptions) (skiffwatch.Interface, error) {
			return pods.Watch(ctx, opts)
		},
	}
	inf := skiffcache.NewSharedIndexInformer(lw, &skiffcorev1.Pod{}, 0,
		skiffcache.Indexers{skiffcache.NamespaceIndex: skiffcache.MetaNamespaceIndexFunc})
	if transform != nil {
		if err := inf.SetTransform(transform); err != nil {
			tb.Fatalf("set transform: %v", err)
		}
	}
	return informerHandle{
		run:       inf.Run,
		hasSynced: inf.HasSynced,
		count:     func() int { return len(inf.GetStore().ListKeys()) },
	}
}
