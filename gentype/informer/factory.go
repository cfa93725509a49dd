package informer

import (
	"reflect"
	"sync"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// Factory is the engine of a shared informer factory over clientset
// type C: it keeps one informer per Go type of object, starts those not
// started yet, waits for their caches and shuts them down. A generated
// factory embeds a *Factory and configures it with the Set methods
// before first use. Its methods are safe for concurrent use.
type Factory[C any] struct {
	client        C
	namespace     string
	tweak         func(*metav1.ListOptions)
	defaultResync time.Duration
	customResync  map[reflect.Type]time.Duration
	transform     cache.TransformFunc

	mu        sync.Mutex
	informers map[reflect.Type]cache.SharedIndexInformer
	started   map[reflect.Type]bool
	wg        sync.WaitGroup
	shutdown  bool
}

// NewFactory returns a Factory of informers over client whose handlers
// resync every defaultResync unless SetCustomResync says otherwise.
func NewFactory[C any](client C, defaultResync time.Duration) *Factory[C] {
	return &Factory[C]{
		client:        client,
		defaultResync: defaultResync,
		customResync:  map[reflect.Type]time.Duration{},
		informers:     map[reflect.Type]cache.SharedIndexInformer{},
		started:       map[reflect.Type]bool{},
	}
}

// SetNamespace limits the factory's informers to namespace ("" for all).
func (f *Factory[C]) SetNamespace(namespace string) { f.namespace = namespace }

// SetTweakListOptions sets the function adjusting the options of every
// List and Watch of the factory's informers (nil for none).
func (f *Factory[C]) SetTweakListOptions(tweak func(*metav1.ListOptions)) { f.tweak = tweak }

// SetTransform sets the transform every informer the factory builds gets.
func (f *Factory[C]) SetTransform(transform cache.TransformFunc) { f.transform = transform }

// SetCustomResync sets the resync period of the informers of the Go types
// of the keys of resync.
func (f *Factory[C]) SetCustomResync(resync map[metav1.Object]time.Duration) {
	for obj, period := range resync {
		f.customResync[reflect.TypeOf(obj)] = period
	}
}

// Namespace returns the namespace the factory's informers watch.
func (f *Factory[C]) Namespace() string { return f.namespace }

// TweakListOptions returns the function adjusting List and Watch options,
// nil for none.
func (f *Factory[C]) TweakListOptions() func(*metav1.ListOptions) { return f.tweak }

// InformerFor returns the factory's informer of obj's Go type, building
// it with newFunc (from the clientset and the type's resync period) the
// first time.
func (f *Factory[C]) InformerFor(obj runtime.Object, newFunc func(C, time.Duration) cache.SharedIndexInformer) cache.SharedIndexInformer {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := reflect.TypeOf(obj)
	if inf, ok := f.informers[t]; ok {
		return inf
	}
	resync, ok := f.customResync[t]
	if !ok {
		resync = f.defaultResync
	}
	inf := newFunc(f.client, resync)
	if f.transform != nil {
		_ = inf.SetTransform(f.transform) // fails only once started; this one is new
	}
	f.informers[t] = inf
	return inf
}

// Start runs every informer not started yet until stopCh closes. After
// Shutdown it does nothing.
func (f *Factory[C]) Start(stopCh <-chan struct{}) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.shutdown {
		return
	}
	for t, inf := range f.informers {
		if f.started[t] {
			continue
		}
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			inf.Run(stopCh)
		}()
		f.started[t] = true
	}
}

// Shutdown makes later Starts do nothing and waits until every started
// informer has stopped; the caller must close their stop channels.
func (f *Factory[C]) Shutdown() {
	f.mu.Lock()
	f.shutdown = true
	f.mu.Unlock()
	f.wg.Wait()
}

// WaitForCacheSync waits until the caches of the started informers have
// synced or stopCh closes, and reports per Go type whether each synced.
func (f *Factory[C]) WaitForCacheSync(stopCh <-chan struct{}) map[reflect.Type]bool {
	f.mu.Lock()
	started := map[reflect.Type]cache.SharedIndexInformer{}
	for t, inf := range f.informers {
		if f.started[t] {
			started[t] = inf
		}
	}
	f.mu.Unlock()
	res := map[reflect.Type]bool{}
	for t, inf := range started {
		res[t] = cache.WaitForCacheSync(stopCh, inf.HasSynced)
	}
	return res
}

// ApplyOptions returns f after passing it through each option in turn.
func ApplyOptions[F any, O ~func(F) F](f F, options []O) F {
	for _, opt := range options {
		f = opt(f)
	}
	return f
}
