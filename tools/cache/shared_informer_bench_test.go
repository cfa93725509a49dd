package cache

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// countAdds is a handler counting its adds.
type countAdds struct{ n atomic.Int64 }

func (c *countAdds) OnAdd(interface{}, bool)             { c.n.Add(1) }
func (c *countAdds) OnUpdate(oldObj, newObj interface{}) {}
func (c *countAdds) OnDelete(interface{})                {}

// BenchmarkSharedInformerFanOut measures applying 5,000 add deltas to the
// cache and delivering them to three handlers.
func BenchmarkSharedInformerFanOut(b *testing.B) {
	pods := make([]*corev1.Pod, 5000)
	for i := range pods {
		pods[i] = rvPod(fmt.Sprintf("pod-%d", i), "", "1")
	}
	b.ReportAllocs()
	for range b.N {
		s := unitInformer(0)
		handlers := []*countAdds{{}, {}, {}}
		for _, h := range handlers {
			if _, err := s.AddEventHandler(h); err != nil {
				b.Fatal(err)
			}
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { s.processor.run(ctx); close(done) }()
		for _, p := range pods {
			if err := s.handleDeltas(Deltas{{Type: Replaced, Object: p}}, true); err != nil {
				b.Fatal(err)
			}
		}
		for _, h := range handlers {
			for h.n.Load() != int64(len(pods)) {
				runtime.Gosched() // until the listener has drained its buffer
			}
		}
		cancel()
		<-done
	}
}

// BenchmarkSharedInformerSync5000Pods measures a shared informer with two
// handlers syncing the 5,000-pod fixture from the in-memory server over
// the typed client (JSON).
func BenchmarkSharedInformerSync5000Pods(b *testing.B) {
	raw, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	var list corev1.PodList
	if err := json.Unmarshal(raw, &list); err != nil {
		b.Fatal(err)
	}
	// A short bookmark interval: the watch-list's initial-events-end
	// bookmark comes with the server's next bookmark tick.
	server, err := apiserver.New(apiserver.Options{BookmarkInterval: 10 * time.Millisecond})
	if err != nil {
		b.Fatal(err)
	}
	defer server.Close()
	for i := range list.Items {
		p := &list.Items[i]
		p.ResourceVersion = ""
		if err := server.Add(p); err != nil {
			b.Fatal(err)
		}
	}
	cs, err := kubernetes.NewForConfig(server.RESTConfig())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		informer := NewSharedIndexInformer(NewListWatchFromClient(cs.CoreV1().RESTClient(), "pods", "", nil), &corev1.Pod{}, 0,
			Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
		h1, h2 := &countAdds{}, &countAdds{}
		r1, _ := informer.AddEventHandler(h1)
		r2, _ := informer.AddEventHandler(h2)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { informer.RunWithContext(ctx); close(done) }()
		if !WaitForCacheSync(ctx.Done(), informer.HasSynced, r1.HasSynced, r2.HasSynced) {
			b.Fatal("no sync")
		}
		if got := len(informer.GetStore().ListKeys()); got != len(list.Items) {
			b.Fatalf("cached %d pods, want %d", got, len(list.Items))
		}
		cancel()
		<-done
	}
}
