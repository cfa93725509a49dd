package cache

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// BenchmarkReflectorList5000Pods measures one list of the 5,000-pod
// fixture (already decoded) into a namespace-indexed store: item
// extraction, Replace and the bookkeeping around them.
func BenchmarkReflectorList5000Pods(b *testing.B) {
	raw, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	list := &corev1.PodList{}
	if err := json.Unmarshal(raw, list); err != nil {
		b.Fatal(err)
	}
	lw := &reflScriptLW{lists: []reflListAnswer{{obj: list}}}
	indexer := NewIndexer(MetaNamespaceKeyFunc, Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
	r := NewNamedReflector("bench", lw, &corev1.Pod{}, indexer, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := r.list(context.Background(), "0"); err != nil {
			b.Fatal(err)
		}
	}
	if n := len(indexer.ListKeys()); n != len(list.Items) {
		b.Fatalf("store holds %d pods, want %d", n, len(list.Items))
	}
}

// BenchmarkReflectorWatchEvents measures applying watch events to a store;
// one op is one MODIFIED event.
func BenchmarkReflectorWatchEvents(b *testing.B) {
	pods := make([]*corev1.Pod, 100)
	for i := range pods {
		pods[i] = reflRvPod("p"+strconv.Itoa(i), strconv.Itoa(i+10))
	}
	ch := make(chan watch.Event, b.N)
	for i := range b.N {
		ch <- watch.Event{Type: watch.Modified, Object: pods[i%len(pods)]}
	}
	close(ch)
	store := NewStore(MetaNamespaceKeyFunc)
	r := NewNamedReflector("bench", &ListWatch{}, &corev1.Pod{}, store, 0)
	r.logger = slog.New(slog.DiscardHandler)
	b.ReportAllocs()
	b.ResetTimer()
	err := r.handleWatch(context.Background(), watch.NewProxyWatcher(ch), "5", nil)
	b.StopTimer()
	if err != nil && b.N > 0 {
		var short *VeryShortWatchError
		if !errors.As(err, &short) {
			b.Fatal(err)
		}
	}
}
