package cache

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// mutationDetectorEnv is the environment variable that turns the cache
// mutation detector on ("true", "1", ... as strconv.ParseBool reads it).
const mutationDetectorEnv = "KUBE_CACHE_MUTATION_DETECTOR"

// mutationDetectionEnabled reads KUBE_CACHE_MUTATION_DETECTOR once per
// process; an unset or unparsable value means off.
var mutationDetectionEnabled = sync.OnceValue(func() bool {
	on, err := strconv.ParseBool(os.Getenv(mutationDetectorEnv))
	return err == nil && on
})

// MutationDetector finds code that modifies objects it got from an informer's
// cache, which every other reader of the cache shares. An informer adds each
// object it stores; Run compares them with deep copies taken at that moment.
type MutationDetector interface {
	// AddObject records obj and a deep copy of it.
	AddObject(obj interface{})
	// Run checks the recorded objects periodically until stopCh closes.
	Run(stopCh <-chan struct{})
}

// NewCacheMutationDetector returns a MutationDetector named name (usually the
// object type). Unless the environment variable KUBE_CACHE_MUTATION_DETECTOR
// is true when it is first consulted, it returns a detector that does
// nothing. The real detector costs a deep copy of every cached object, is
// meant for tests and CI, and panics when it finds a modified object: that
// crash is its purpose.
func NewCacheMutationDetector(name string) MutationDetector {
	if !mutationDetectionEnabled() {
		return noopMutationDetector{}
	}
	return newCacheMutationDetector(name, func(msg string) { panic(msg) })
}

// noopMutationDetector is the disabled MutationDetector.
type noopMutationDetector struct{}

// AddObject does nothing.
func (noopMutationDetector) AddObject(interface{}) {}

// Run returns at once.
func (noopMutationDetector) Run(<-chan struct{}) {}

// cachedCopy is an object as the cache holds it and a copy taken when added.
type cachedCopy struct {
	cached, copied runtime.Object
	added          time.Time
}

// cacheMutationDetector is the enabled MutationDetector. Objects are checked
// every period and forgotten retain after they were added.
type cacheMutationDetector struct {
	name    string
	period  time.Duration
	retain  time.Duration
	failure func(msg string)

	lock    sync.Mutex
	objects []cachedCopy
}

// newCacheMutationDetector returns an enabled detector calling failure with
// a description of the first modified object it finds.
func newCacheMutationDetector(name string, failure func(msg string)) *cacheMutationDetector {
	return &cacheMutationDetector{name: name, period: time.Second, retain: 2 * time.Minute, failure: failure}
}

// AddObject records a runtime.Object and a deep copy of it; tombstones and
// other values are ignored.
func (d *cacheMutationDetector) AddObject(obj interface{}) {
	if _, ok := obj.(DeletedFinalStateUnknown); ok {
		return
	}
	o, ok := obj.(runtime.Object)
	if !ok {
		return
	}
	entry := cachedCopy{cached: o, copied: o.DeepCopyObject(), added: time.Now()}
	d.lock.Lock()
	defer d.lock.Unlock()
	d.objects = append(d.objects, entry)
}

// Run compares the recorded objects every period until stopCh closes.
func (d *cacheMutationDetector) Run(stopCh <-chan struct{}) {
	ticker := time.NewTicker(d.period)
	defer ticker.Stop()
	for {
		select {
		case <-stopCh:
			return
		case <-ticker.C:
			d.CompareObjects()
		}
	}
}

// CompareObjects checks every recorded object against its copy, calls the
// failure function for the first modified one and forgets objects older
// than the retention time.
func (d *cacheMutationDetector) CompareObjects() {
	d.lock.Lock()
	defer d.lock.Unlock()
	cutoff := time.Now().Add(-d.retain)
	kept := d.objects[:0]
	var altered *cachedCopy
	for i := range d.objects {
		entry := d.objects[i]
		if altered == nil && !reflect.DeepEqual(entry.cached, entry.copied) {
			altered = &entry
		}
		if entry.added.After(cutoff) {
			kept = append(kept, entry)
		}
	}
	clear(d.objects[len(kept):])
	d.objects = kept
	if altered != nil {
		d.failure(fmt.Sprintf("cache %s modified: an object read from the cache was changed in place; deep-copy before modifying.\ncached: %#v\nwhen added: %#v", d.name, altered.cached, altered.copied))
	}
}
