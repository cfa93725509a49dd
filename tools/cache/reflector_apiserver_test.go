package cache

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// reflConvergenceCase is a fault the in-memory server injects into a
// running reflector's requests; the store must still end up equal to the
// server's list.
type reflConvergenceCase struct {
	name        string
	watchList   bool
	historySize int
	fault       apiserver.Fault
	// wantHandled, when set, must accept one of the errors the watch
	// error handler received.
	wantHandled func(error) bool
	// minLists and minWatches are the fewest list and watch calls the
	// fault must cause; maxLists, when >= 0, the most lists.
	minLists, minWatches, maxLists int
}

const reflConfigMapsPath = "/api/v1/namespaces/default/configmaps"

func reflConvergenceCases() []reflConvergenceCase {
	return []reflConvergenceCase{
		{name: "no fault, list and watch", minLists: 1, minWatches: 1, maxLists: 1},
		{name: "no fault, watch-list", watchList: true, minWatches: 1, maxLists: 0},
		{name: "watch cut mid-stream", fault: apiserver.Fault{Query: "watch=true", CloseWatchAfter: 2, CutBody: true, Times: 2},
			minLists: 1, minWatches: 2, maxLists: -1},
		{name: "watch closed cleanly re-watches without relisting", fault: apiserver.Fault{Query: "watch=true", CloseWatchAfter: 1, Times: 3},
			minLists: 1, minWatches: 2, maxLists: 1},
		{name: "watch gone relists", fault: apiserver.Fault{Query: "watch=true", WatchGone: true, Times: 1},
			wantHandled: isExpiredError, minLists: 2, minWatches: 2, maxLists: -1},
		{name: "watch-list gone falls back to list", watchList: true, fault: apiserver.Fault{Query: "watch=true", WatchGone: true, Times: 1},
			minLists: 1, minWatches: 2, maxLists: -1},
		{name: "429 on list backs off and relists", fault: apiserver.Fault{Method: http.MethodGet, PathPrefix: reflConfigMapsPath, Query: "limit=", Status: http.StatusTooManyRequests, Times: 2},
			wantHandled: apierrors.IsTooManyRequests, minLists: 3, minWatches: 1, maxLists: -1},
		{name: "500 on list backs off and relists", fault: apiserver.Fault{Method: http.MethodGet, PathPrefix: reflConfigMapsPath, Query: "limit=", Status: http.StatusInternalServerError, Times: 2},
			wantHandled: apierrors.IsInternalError, minLists: 3, minWatches: 1, maxLists: -1},
		{name: "503 on watch start relists", fault: apiserver.Fault{Query: "watch=true", Status: http.StatusServiceUnavailable, Times: 2},
			wantHandled: apierrors.IsServiceUnavailable, minLists: 2, minWatches: 3, maxLists: -1},
		{name: "429 on watch-list backs off and retries it", watchList: true, fault: apiserver.Fault{Query: "watch=true", Status: http.StatusTooManyRequests, Times: 2},
			minWatches: 3, maxLists: 0},
		{name: "short history", historySize: 3, fault: apiserver.Fault{Query: "watch=true", CloseWatchAfter: 1, Delay: 50 * time.Millisecond, Times: 2},
			minLists: 1, minWatches: 2, maxLists: -1},
	}
}

// TestReflectorConvergesUnderFaults runs a reflector against the in-memory
// server with one fault each, writes while it runs, and checks that the
// store ends up holding exactly the server's objects at their versions.
func TestReflectorConvergesUnderFaults(t *testing.T) {
	for _, tt := range reflConvergenceCases() {
		t.Run(tt.name, func(t *testing.T) {
			server, err := apiserver.New(apiserver.Options{HistorySize: tt.historySize, BookmarkInterval: 20 * time.Millisecond})
			require.NoError(t, err)
			t.Cleanup(server.Close)
			cs, err := kubernetes.NewForConfig(server.RESTConfig())
			require.NoError(t, err)
			dyn, err := dynamic.NewForConfig(server.RESTConfig())
			require.NoError(t, err)
			cms := dyn.Resource(corev1.SchemeGroupVersion.WithResource("configmaps")).Namespace("default")
			for i := range 3 {
				require.NoError(t, server.Add(&corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Namespace: "default", Name: fmt.Sprintf("seed-%d", i)}}))
			}
			if tt.fault != (apiserver.Fault{}) {
				server.InjectFault(tt.fault)
			}

			store := NewStore(MetaNamespaceKeyFunc)
			counter := &reflCountingLW{lw: NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "default", nil)}
			r := NewReflectorWithOptions(counter, &corev1.ConfigMap{}, store, ReflectorOptions{Name: tt.name})
			r.useWatchList = tt.watchList
			r.logger = slog.New(slog.DiscardHandler)
			r.backoff.initial, r.backoff.limit = time.Millisecond, 10*time.Millisecond
			var mu sync.Mutex
			var handled []error
			r.watchErrorHandler = func(_ context.Context, _ *Reflector, err error) {
				mu.Lock()
				defer mu.Unlock()
				handled = append(handled, err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() {
				defer close(done)
				r.RunWithContext(ctx)
			}()
			defer func() {
				cancel()
				<-done
			}()

			require.Eventually(t, func() bool { return r.LastSyncResourceVersion() != "" }, 20*time.Second, 5*time.Millisecond, "initial sync")
			reflWrite(ctx, t, cms)
			want := reflServerVersions(ctx, t, cms)
			require.Eventually(t, func() bool { return maps.Equal(reflStoreVersions(store), want) }, 20*time.Second, 5*time.Millisecond,
				"store never converged: got %v, want %v", reflStoreVersions(store), want)
			lists, watches := counter.counts()
			assert.GreaterOrEqual(t, lists, tt.minLists, "lists")
			assert.GreaterOrEqual(t, watches, tt.minWatches, "watches")
			if tt.maxLists >= 0 {
				assert.LessOrEqual(t, lists, tt.maxLists, "lists")
			}
			if tt.wantHandled != nil {
				mu.Lock()
				defer mu.Unlock()
				found := false
				for _, err := range handled {
					found = found || tt.wantHandled(err)
				}
				assert.True(t, found, "the handler got %v", handled)
			}
		})
	}
}

// reflWrite creates, updates and deletes config maps.
func reflWrite(ctx context.Context, t *testing.T, cms dynamic.ResourceInterface) {
	t.Helper()
	for i := range 6 {
		u := &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "ConfigMap"}}
		u.SetName(fmt.Sprintf("new-%d", i))
		_, err := cms.Create(ctx, u, metav1.CreateOptions{})
		require.NoError(t, err)
	}
	got, err := cms.Get(ctx, "seed-0", metav1.GetOptions{})
	require.NoError(t, err)
	require.NoError(t, unstructured.SetNestedField(got.Object, "v", "data", "k"))
	_, err = cms.Update(ctx, got, metav1.UpdateOptions{})
	require.NoError(t, err)
	require.NoError(t, cms.Delete(ctx, "seed-1", metav1.DeleteOptions{}))
	require.NoError(t, cms.Delete(ctx, "new-0", metav1.DeleteOptions{}))
}

// reflServerVersions returns key -> resourceVersion of the server's
// config maps in default.
func reflServerVersions(ctx context.Context, t *testing.T, cms dynamic.ResourceInterface) map[string]string {
	t.Helper()
	list, err := cms.List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	out := map[string]string{}
	for _, item := range list.Items {
		out[item.GetNamespace()+"/"+item.GetName()] = item.GetResourceVersion()
	}
	return out
}

// reflStoreVersions returns key -> resourceVersion of the store's config
// maps.
func reflStoreVersions(store Store) map[string]string {
	out := map[string]string{}
	for _, obj := range store.List() {
		cm := obj.(*corev1.ConfigMap)
		out[cm.Namespace+"/"+cm.Name] = cm.ResourceVersion
	}
	return out
}

// reflCountingLW counts the lists and watches it passes on.
type reflCountingLW struct {
	lw             ListerWatcherWithContext
	mu             sync.Mutex
	lists, watches int
}

func (c *reflCountingLW) List(opts metav1.ListOptions) (runtime.Object, error) {
	return c.ListWithContext(context.Background(), opts)
}

func (c *reflCountingLW) Watch(opts metav1.ListOptions) (watch.Interface, error) {
	return c.WatchWithContext(context.Background(), opts)
}

func (c *reflCountingLW) ListWithContext(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
	c.mu.Lock()
	c.lists++
	c.mu.Unlock()
	return c.lw.ListWithContext(ctx, opts)
}

func (c *reflCountingLW) WatchWithContext(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error) {
	c.mu.Lock()
	c.watches++
	c.mu.Unlock()
	return c.lw.WatchWithContext(ctx, opts)
}

func (c *reflCountingLW) counts() (lists, watches int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lists, c.watches
}
