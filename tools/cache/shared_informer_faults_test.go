package cache

import (
	"context"
	"maps"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

const siPodsPath = "/api/v1/namespaces/default/pods"

// siCountingLW counts the lists and watches of a ListerWatcher and, with
// noWatchList, declares that it does not support watch-list so the
// reflector lists.
type siCountingLW struct {
	lw          ListerWatcher
	noWatchList bool

	mu             sync.Mutex
	lists, watches int
}

func (c *siCountingLW) List(options metav1.ListOptions) (runtime.Object, error) {
	c.mu.Lock()
	c.lists++
	c.mu.Unlock()
	return c.lw.List(options)
}

func (c *siCountingLW) Watch(options metav1.ListOptions) (watch.Interface, error) {
	c.mu.Lock()
	c.watches++
	c.mu.Unlock()
	return c.lw.Watch(options)
}

// IsWatchListSemanticsUnSupported reports noWatchList.
func (c *siCountingLW) IsWatchListSemanticsUnSupported() bool { return c.noWatchList }

func (c *siCountingLW) counts() (lists, watches int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lists, c.watches
}

// TestSharedInformerConvergesUnderFaults runs a pods informer with two
// handlers against the in-memory server with one injected fault, writes
// while it runs, and checks that the cache and every handler's view end up
// equal to the server's list and that the handlers saw each change once.
func TestSharedInformerConvergesUnderFaults(t *testing.T) {
	tests := []struct {
		name         string
		noWatchList  bool
		fault        apiserver.Fault
		minLists     int
		minWatches   int
		wantReported bool
	}{
		{name: "no fault", minWatches: 1},
		{name: "watch cut mid-stream", noWatchList: true, fault: apiserver.Fault{Query: "watch=true", CloseWatchAfter: 2, CutBody: true, Times: 2},
			minLists: 1, minWatches: 2},
		{name: "watch closed cleanly", noWatchList: true, fault: apiserver.Fault{Query: "watch=true", CloseWatchAfter: 1, Times: 3},
			minLists: 1, minWatches: 2},
		{name: "410 on watch relists", noWatchList: true, fault: apiserver.Fault{Query: "watch=true", WatchGone: true, Times: 1},
			minLists: 2, minWatches: 2, wantReported: true},
		{name: "410 on watch-list falls back to list", fault: apiserver.Fault{Query: "watch=true", WatchGone: true, Times: 1},
			minLists: 1, minWatches: 2},
		{name: "429 during list", noWatchList: true,
			fault:    apiserver.Fault{Method: http.MethodGet, PathPrefix: siPodsPath, Query: "limit=", Status: http.StatusTooManyRequests, Times: 2},
			minLists: 3, minWatches: 1, wantReported: true},
		{name: "500 during list", noWatchList: true,
			fault:    apiserver.Fault{Method: http.MethodGet, PathPrefix: siPodsPath, Query: "limit=", Status: http.StatusInternalServerError, Times: 2},
			minLists: 3, minWatches: 1, wantReported: true},
		{name: "503 on watch", noWatchList: true, fault: apiserver.Fault{Query: "watch=true", Status: http.StatusServiceUnavailable, Times: 2},
			minLists: 1, minWatches: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			server, cs := siServer(t, 3)
			lw := &siCountingLW{lw: NewListWatchFromClient(cs.CoreV1().RESTClient(), "pods", "default", nil), noWatchList: tt.noWatchList}
			informer := NewSharedInformer(lw, &corev1.Pod{}, 0)
			var mu sync.Mutex
			var reported []error
			require.NoError(t, informer.SetWatchErrorHandlerWithContext(func(_ context.Context, _ *Reflector, err error) {
				mu.Lock()
				defer mu.Unlock()
				reported = append(reported, err)
			}))
			handlers := []*countingHandler{newCountingHandler(), newCountingHandler()}
			for _, h := range handlers {
				_, err := informer.AddEventHandler(h)
				require.NoError(t, err)
			}
			if tt.fault != (apiserver.Fault{}) {
				server.InjectFault(tt.fault)
			}
			runInformer(t, informer)
			require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced), "sync")

			pods := cs.CoreV1().Pods("default")
			siWrite(t, pods)
			want := serverVersions(t, pods)
			require.Eventually(t, func() bool { return maps.Equal(storeVersions(informer.GetStore()), want) }, 20*time.Second, 5*time.Millisecond,
				"cache never converged: got %v, want %v", storeVersions(informer.GetStore()), want)
			for i, h := range handlers {
				require.Eventually(t, func() bool { v, _, _ := h.snapshot(); return maps.Equal(v, want) }, 20*time.Second, 5*time.Millisecond,
					"handler %d never converged", i)
				_, counts, errs := h.snapshot()
				assert.Empty(t, errs, "handler %d inconsistencies", i)
				assert.Equal(t, [3]int{6, 2, 1}, [3]int(counts[:3]), "handler %d adds, updates, deletes", i)
			}
			lists, watches := lw.counts()
			assert.GreaterOrEqual(t, lists, tt.minLists, "lists")
			assert.GreaterOrEqual(t, watches, tt.minWatches, "watches")
			if tt.wantReported {
				mu.Lock()
				defer mu.Unlock()
				assert.NotEmpty(t, reported, "the watch error handler saw the fault")
			}
		})
	}
}
