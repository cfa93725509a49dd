package dynamicinformer

import (
	"context"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/dynamic/dynamiclister"
	"github.com/skiff-k8s/skiff/informers"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// TweakListOptionsFunc edits the options of every list and watch request
// an informer sends, e.g. to set a label or field selector.
type TweakListOptionsFunc func(*metav1.ListOptions)

// NewFilteredDynamicInformer returns an informer of resource gvr in
// namespace (metav1.NamespaceAll for every namespace) that lists and
// watches through client, calling tweakListOptions (when not nil) on the
// options of each request. Its cache has indexers; resyncPeriod is its
// handlers' default resync period (0 disables resync). The informer is not
// started: call Informer().Run.
func NewFilteredDynamicInformer(client dynamic.Interface, gvr schema.GroupVersionResource, namespace string, resyncPeriod time.Duration, indexers cache.Indexers, tweakListOptions TweakListOptionsFunc) informers.GenericInformer {
	resource := client.Resource(gvr).Namespace(namespace)
	lw := &cache.ListWatch{
		ListWithContextFunc: func(ctx context.Context, options metav1.ListOptions) (runtime.Object, error) {
			if tweakListOptions != nil {
				tweakListOptions(&options)
			}
			return resource.List(ctx, options)
		},
		WatchFuncWithContext: func(ctx context.Context, options metav1.ListOptions) (watch.Interface, error) {
			if tweakListOptions != nil {
				tweakListOptions(&options)
			}
			return resource.Watch(ctx, options)
		},
	}
	informer := cache.NewSharedIndexInformerWithOptions(lw, &unstructured.Unstructured{}, cache.SharedIndexInformerOptions{
		ResyncPeriod:      resyncPeriod,
		Indexers:          indexers,
		ObjectDescription: gvr.String(),
	})
	return &dynamicInformer{gvr: gvr, informer: informer}
}

// dynamicInformer is an informers.GenericInformer of unstructured
// objects.
type dynamicInformer struct {
	gvr      schema.GroupVersionResource
	informer cache.SharedIndexInformer
}

// Informer returns the shared informer.
func (d *dynamicInformer) Informer() cache.SharedIndexInformer {
	return d.informer
}

// Lister returns a lister over the informer's cache.
func (d *dynamicInformer) Lister() cache.GenericLister {
	return dynamiclister.NewRuntimeObjectShim(dynamiclister.New(d.informer.GetIndexer(), d.gvr))
}
