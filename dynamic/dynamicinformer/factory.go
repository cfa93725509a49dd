package dynamicinformer

import (
	"sync"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/informers"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// DynamicSharedInformerFactory hands out shared informers for any
// resource, keeping one per GroupVersionResource, and manages their
// lifecycle.
type DynamicSharedInformerFactory interface {
	// Start runs, until stopCh is closed, every informer requested so far
	// that is not running yet. It does not block; call it again after
	// requesting more informers. After Shutdown it does nothing.
	Start(stopCh <-chan struct{})
	// ForResource returns the shared informer of gvr, creating it on the
	// first request.
	ForResource(gvr schema.GroupVersionResource) informers.GenericInformer
	// WaitForCacheSync waits until every started informer's cache has
	// synced or stopCh is closed, and reports per resource whether it
	// synced.
	WaitForCacheSync(stopCh <-chan struct{}) map[schema.GroupVersionResource]bool
	// Shutdown stops Start from starting informers and waits for every
	// started informer to return; close their stop channel first, or it
	// waits forever.
	Shutdown()
}

// NewDynamicSharedInformerFactory returns a factory of informers of every
// namespace with the default resync period defaultResync (0 disables
// resync).
func NewDynamicSharedInformerFactory(client dynamic.Interface, defaultResync time.Duration) DynamicSharedInformerFactory {
	return NewFilteredDynamicSharedInformerFactory(client, defaultResync, metav1.NamespaceAll, nil)
}

// NewFilteredDynamicSharedInformerFactory returns a factory of informers of
// namespace (metav1.NamespaceAll for every namespace) whose list and watch
// options pass through tweakListOptions when it is not nil.
func NewFilteredDynamicSharedInformerFactory(client dynamic.Interface, defaultResync time.Duration, namespace string, tweakListOptions TweakListOptionsFunc) DynamicSharedInformerFactory {
	return &factory{
		client:           client,
		defaultResync:    defaultResync,
		namespace:        namespace,
		tweakListOptions: tweakListOptions,
		informers:        map[schema.GroupVersionResource]informers.GenericInformer{},
		started:          map[schema.GroupVersionResource]bool{},
	}
}

// factory is the DynamicSharedInformerFactory.
type factory struct {
	client           dynamic.Interface
	defaultResync    time.Duration
	namespace        string
	tweakListOptions TweakListOptionsFunc

	mu           sync.Mutex
	informers    map[schema.GroupVersionResource]informers.GenericInformer
	started      map[schema.GroupVersionResource]bool
	shuttingDown bool
	running      sync.WaitGroup
}

// ForResource returns the informer of gvr, creating it on first use.
func (f *factory) ForResource(gvr schema.GroupVersionResource) informers.GenericInformer {
	f.mu.Lock()
	defer f.mu.Unlock()
	if informer, ok := f.informers[gvr]; ok {
		return informer
	}
	indexers := cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc}
	informer := NewFilteredDynamicInformer(f.client, gvr, f.namespace, f.defaultResync, indexers, f.tweakListOptions)
	f.informers[gvr] = informer
	return informer
}

// Start runs the informers not started yet until stopCh is closed.
func (f *factory) Start(stopCh <-chan struct{}) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.shuttingDown {
		return
	}
	for gvr, informer := range f.informers {
		if f.started[gvr] {
			continue
		}
		f.started[gvr] = true
		f.running.Add(1)
		go func(informer cache.SharedIndexInformer) {
			defer f.running.Done()
			informer.Run(stopCh)
		}(informer.Informer())
	}
}

// WaitForCacheSync waits for the started informers' caches.
func (f *factory) WaitForCacheSync(stopCh <-chan struct{}) map[schema.GroupVersionResource]bool {
	f.mu.Lock()
	started := map[schema.GroupVersionResource]cache.SharedIndexInformer{}
	for gvr, informer := range f.informers {
		if f.started[gvr] {
			started[gvr] = informer.Informer()
		}
	}
	f.mu.Unlock()

	synced := make(map[schema.GroupVersionResource]bool, len(started))
	for gvr, informer := range started {
		synced[gvr] = cache.WaitForCacheSync(stopCh, informer.HasSynced)
	}
	return synced
}

// Shutdown stops further starts and waits for the started informers.
func (f *factory) Shutdown() {
	f.mu.Lock()
	f.shuttingDown = true
	f.mu.Unlock()
	f.running.Wait()
}
