package bench

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	refcorev1 "k8s.io/api/core/v1"
	refmetav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	refruntime "k8s.io/apimachinery/pkg/runtime"
	refwatch "k8s.io/apimachinery/pkg/watch"
	refkubernetes "k8s.io/client-go/kubernetes"
	refcache "k8s.io/client-go/tools/cache"
)

// TestMain turns the watch-list (streaming initial list) client feature
// off for both libraries before anything reads it, so both informers sync
// with a LIST followed by a WATCH: the reference v0.34 has it off by
// default, skiff (following a later reference) on, and the benchmark server
// answers a LIST with the fixture bytes rather than streaming 5,000 watch
// events.
func TestMain(m *testing.M) {
	if err := os.Setenv("KUBE_FEATURE_WatchListClient", "false"); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// informerHandle is one freshly built, not yet started shared informer.
type informerHandle struct {
	run       func(stop <-chan struct{})
	hasSynced func() bool
	count     func() int
}

// runInformer times, per op, building a pods informer with newInformer,
// running it and waiting until HasSynced (ns/op, B/op and allocs/op cover
// only that), then reports as "retained-B" the live heap the synced
// informer adds: HeapAlloc after GC with the informer alive minus HeapAlloc
// after GC before it was built. Each informer is stopped before the next
// op. One untimed sync first checks the count and warms the codecs.
func runInformer(b *testing.B, newInformer func() informerHandle) {
	if _, err := syncInformer(newInformer, nil); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var retained int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		before := liveHeap()
		b.StartTimer()
		after, err := syncInformer(newInformer, b.StopTimer)
		if err != nil {
			b.Fatal(err)
		}
		retained += int64(after) - int64(before)
		b.StartTimer()
	}
	b.ReportMetric(float64(retained)/float64(b.N), "retained-B")
}

// syncInformer builds and runs an informer, waits until it has synced,
// calls synced (when not nil), checks that it holds every pod and returns
// the live heap while it still runs; the informer is stopped on return.
func syncInformer(newInformer func() informerHandle, synced func()) (uint64, error) {
	h := newInformer()
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		h.run(stop)
	}()
	defer func() {
		close(stop)
		<-done
	}()
	for !h.hasSynced() {
		time.Sleep(time.Millisecond)
	}
	if synced != nil {
		synced()
	}
	if n := h.count(); n != podCount {
		return 0, fmt.Errorf("synced informer holds %d pods, want %d", n, podCount)
	}
	live := liveHeap()
	runtime.KeepAlive(h)
	return live, nil
}

// liveHeap returns HeapAlloc after two full collections: the second one
// also frees what sync.Pools kept through the first (their victim caches),
// which no informer retains.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkInformer syncs a shared pods informer (all namespaces, the
// namespace index, no resync: what informers.NewSharedInformerFactory
// builds) over the 5,000-pod fixture: skiff with the default content type
// and with a managedFields-stripping transform, the reference over JSON and
// over protobuf.
func BenchmarkInformer(b *testing.B) {
	srv := newServer(b)
	for _, tc := range skiffInformerCases {
		b.Run(tc.name, func(b *testing.B) {
			runInformer(b, tc.build(b, srv.URL))
		})
	}
	for _, tc := range []struct{ name, contentType string }{
		{"reference-json", "application/json"},
		{"reference-protobuf", protobufMediaType},
	} {
		b.Run(tc.name, func(b *testing.B) {
			cs := newRefClientset(b, srv.URL, tc.contentType)
			runInformer(b, func() informerHandle { return newRefPodInformer(cs) })
		})
	}
}

// skiffInformerCase names one way to build skiff's pods informer.
type skiffInformerCase struct {
	name  string
	build func(tb testing.TB, host string) func() informerHandle
}

// newRefPodInformer builds the reference's pods informer over the typed
// client, as its informer factory does.
func newRefPodInformer(cs *refkubernetes.Clientset) informerHandle {
	pods := cs.CoreV1().Pods("")
	lw := &refcache.ListWatch{
		ListWithContextFunc: func(ctx context.Context, opts refmetav1.ListOptions) (refruntime.Object, error) {
			return pods.List(ctx, opts)
		},
		WatchFuncWithContext: func(ctx context.Context, opts refmetav1.ListOptions) (refwatch.Interface, error) {
			return pods.Watch(ctx, opts)
		},
	}
	inf := refcache.NewSharedIndexInformer(lw, &refcorev1.Pod{}, 0,
		refcache.Indexers{refcache.NamespaceIndex: refcache.MetaNamespaceIndexFunc})
	return informerHandle{
		run:       inf.Run,
		hasSynced: inf.HasSynced,
		count:     func() int { return len(inf.GetStore().ListKeys()) },
	}
}
