package cache

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// ctrlEvents records the notifications a controller's Process produced.
type ctrlEvents struct {
	mu     sync.Mutex
	events []string
}

func (e *ctrlEvents) add(s string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.events = append(e.events, s)
}

func (e *ctrlEvents) list() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.events)
}

func (e *ctrlEvents) OnAdd(obj interface{}, isInInitialList bool) {
	e.add(fmt.Sprintf("add %s initial=%v", obj.(*corev1.ConfigMap).Name, isInInitialList))
}

func (e *ctrlEvents) OnUpdate(_, newObj interface{}) {
	e.add("update " + newObj.(*corev1.ConfigMap).Name)
}

func (e *ctrlEvents) OnDelete(obj interface{}) {
	switch o := obj.(type) {
	case *corev1.ConfigMap:
		e.add("delete " + o.Name)
	case DeletedFinalStateUnknown:
		e.add("delete tombstone " + o.Key)
	}
}

// ctrlServer starts an in-memory server holding n configmaps in
// "default" and returns it with a clientset for it.
func ctrlServer(t *testing.T, n int) (*apiserver.Server, kubernetes.Interface) {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{BookmarkInterval: 20 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(server.Close)
	for i := range n {
		require.NoError(t, server.Add(&corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Namespace: "default", Name: fmt.Sprintf("seed-%d", i)}}))
	}
	cs, err := kubernetes.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	return server, cs
}

// runController runs ctrl until the test ends and waits for it to return.
func runController(t *testing.T, ctrl Controller) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		ctrl.RunWithContext(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
}

// storeNames returns the sorted names of the configmaps in store.
func storeNames(store Store) []string {
	var out []string
	for _, o := range store.List() {
		out = append(out, o.(*corev1.ConfigMap).Name)
	}
	slices.Sort(out)
	return out
}

func TestControllerAgainstServer(t *testing.T) {
	queues := []struct {
		name     string
		newQueue func(known KeyListerGetter) Queue
	}{
		{name: "DeltaFIFO", newQueue: func(known KeyListerGetter) Queue {
			return NewDeltaFIFOWithOptions(DeltaFIFOOptions{KnownObjects: known, EmitDeltaTypeReplaced: true})
		}},
		{name: "RealFIFO", newQueue: func(known KeyListerGetter) Queue {
			return NewRealFIFO(MetaNamespaceKeyFunc, known, nil)
		}},
	}
	for _, q := range queues {
		t.Run(q.name, func(t *testing.T) {
			_, cs := ctrlServer(t, 3)
			store := NewIndexer(DeletionHandlingMetaNamespaceKeyFunc, Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
			events := &ctrlEvents{}
			ctrl := New(&Config{
				Queue:         q.newQueue(store),
				ListerWatcher: NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "default", nil),
				ObjectType:    &corev1.ConfigMap{},
				Process: func(obj interface{}, isInInitialList bool) error {
					return processDeltas(events, store, obj.(Deltas), isInInitialList)
				},
			})
			assert.False(t, ctrl.HasSynced(), "HasSynced before Run")
			assert.Empty(t, ctrl.LastSyncResourceVersion(), "LastSyncResourceVersion before Run")
			runController(t, ctrl)

			require.Eventually(t, ctrl.HasSynced, 10*time.Second, 5*time.Millisecond, "controller never synced")
			assert.Equal(t, []string{"seed-0", "seed-1", "seed-2"}, storeNames(store), "store after the initial list")
			assert.ElementsMatch(t, []string{"add seed-0 initial=true", "add seed-1 initial=true", "add seed-2 initial=true"},
				events.list(), "initial notifications")
			assert.NotEmpty(t, ctrl.LastSyncResourceVersion(), "LastSyncResourceVersion after sync")

			ctx := context.Background()
			cms := cs.CoreV1().ConfigMaps("default")
			_, err := cms.Create(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "new"}}, metav1.CreateOptions{})
			require.NoError(t, err)
			_, err = cms.Update(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "seed-0"}, Data: map[string]string{"k": "v"}}, metav1.UpdateOptions{})
			require.NoError(t, err)
			require.NoError(t, cms.Delete(ctx, "seed-1", metav1.DeleteOptions{}))

			want := []string{"new", "seed-0", "seed-2"}
			require.Eventually(t, func() bool { return slices.Equal(storeNames(store), want) }, 10*time.Second, 5*time.Millisecond,
				"store never reached %v", want)
			require.Eventually(t, func() bool { return len(events.list()) == 6 }, 10*time.Second, 5*time.Millisecond, "notifications")
			assert.Equal(t, []string{"add new initial=false", "update seed-0", "delete seed-1"}, events.list()[3:], "watch notifications")
			got, ok, err := store.GetByKey("default/seed-0")
			require.NoError(t, err)
			require.True(t, ok, "seed-0 stored")
			assert.Equal(t, map[string]string{"k": "v"}, got.(*corev1.ConfigMap).Data, "updated object stored")
		})
	}
}

func TestControllerWatchErrorHandlers(t *testing.T) {
	tests := []struct {
		name   string
		config func(report func(error)) Config
	}{
		{name: "WatchErrorHandler", config: func(report func(error)) Config {
			return Config{WatchErrorHandler: func(_ *Reflector, err error) { report(err) }}
		}},
		{name: "WatchErrorHandlerWithContext wins", config: func(report func(error)) Config {
			return Config{
				WatchErrorHandler:            func(*Reflector, error) { panic("the context handler must win") },
				WatchErrorHandlerWithContext: func(_ context.Context, _ *Reflector, err error) { report(err) },
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			server, cs := ctrlServer(t, 1)
			// Twice: a watch-list (tried first) falls back to a list
			// without reporting; the plain watch after it reports.
			server.InjectFault(apiserver.Fault{Query: "watch=true", WatchGone: true, Times: 2})
			var mu sync.Mutex
			var reported []error
			cfg := tt.config(func(err error) {
				mu.Lock()
				defer mu.Unlock()
				reported = append(reported, err)
			})
			store := NewStore(DeletionHandlingMetaNamespaceKeyFunc)
			cfg.Queue = NewDeltaFIFOWithOptions(DeltaFIFOOptions{KnownObjects: store})
			cfg.ListerWatcher = NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "default", nil)
			cfg.ObjectType = &corev1.ConfigMap{}
			runController(t, New(&cfg))
			require.Eventually(t, func() bool {
				mu.Lock()
				defer mu.Unlock()
				return len(reported) > 0
			}, 10*time.Second, 5*time.Millisecond, "the handler never saw the watch error")
			mu.Lock()
			defer mu.Unlock()
			assert.True(t, isExpiredError(reported[0]), "reported error %v is the 410", reported[0])
		})
	}
}

func TestControllerProcessErrorDoesNotStopTheLoop(t *testing.T) {
	_, cs := ctrlServer(t, 3)
	var mu sync.Mutex
	var seen []string
	ctrl := New(&Config{
		Queue:         NewRealFIFO(MetaNamespaceKeyFunc, nil, nil),
		ListerWatcher: NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "default", nil),
		Process: func(obj interface{}, _ bool) error {
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, obj.(Deltas).Newest().Object.(*corev1.ConfigMap).Name)
			return errors.New("processing fails")
		},
	})
	runController(t, ctrl)
	require.Eventually(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(seen) == 3
	}, 10*time.Second, 5*time.Millisecond, "every item reaches Process despite its errors")
	assert.True(t, ctrl.HasSynced(), "HasSynced after the failing items were popped")
}

func TestControllerIncompleteConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  *Config
	}{
		{name: "nil config", cfg: nil},
		{name: "no queue", cfg: &Config{ListerWatcher: &ListWatch{}}},
		{name: "no lister-watcher", cfg: &Config{Queue: NewFIFO(MetaNamespaceKeyFunc)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctrl := New(tt.cfg)
			stop := make(chan struct{})
			defer close(stop)
			ctrl.Run(stop) // returns at once
			assert.False(t, ctrl.HasSynced(), "HasSynced")
			assert.Empty(t, ctrl.LastSyncResourceVersion(), "LastSyncResourceVersion")
		})
	}
}

func TestControllerRunStopsOnStopChannel(t *testing.T) {
	_, cs := ctrlServer(t, 1)
	queue := NewDeltaFIFO(MetaNamespaceKeyFunc, nil)
	ctrl := New(&Config{Queue: queue, ListerWatcher: NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "default", nil)})
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		ctrl.Run(stop)
	}()
	require.Eventually(t, ctrl.HasSynced, 10*time.Second, 5*time.Millisecond, "controller never synced")
	close(stop)
	<-done
	assert.True(t, queue.IsClosed(), "the queue is closed when the controller stops")
}

// ctrlMirror rebuilds the store's content from the notifications alone.
type ctrlMirror struct {
	mu   sync.Mutex
	objs map[string]string // key -> resourceVersion
}

func (m *ctrlMirror) set(obj interface{}) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cm := obj.(*corev1.ConfigMap)
	m.objs[cm.Namespace+"/"+cm.Name] = cm.ResourceVersion
}

func (m *ctrlMirror) OnAdd(obj interface{}, _ bool) { m.set(obj) }
func (m *ctrlMirror) OnUpdate(_, obj interface{})   { m.set(obj) }
func (m *ctrlMirror) OnDelete(obj interface{}) {
	m.mu.Lock()
	defer m.mu.Unlock()
	key, _ := DeletionHandlingMetaNamespaceKeyFunc(obj)
	delete(m.objs, key)
}

func (m *ctrlMirror) snapshot() map[string]string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return maps.Clone(m.objs)
}

// ctrlVersions returns key -> resourceVersion of the configmaps in objs.
func ctrlVersions(objs []interface{}) map[string]string {
	out := map[string]string{}
	for _, o := range objs {
		cm := o.(*corev1.ConfigMap)
		out[cm.Namespace+"/"+cm.Name] = cm.ResourceVersion
	}
	return out
}

// TestControllerConvergesUnderFaults runs a controller through injected
// faults while the server changes: the store and what the notifications
// told must both end up equal to the server's list.
func TestControllerConvergesUnderFaults(t *testing.T) {
	faults := []struct {
		name  string
		fault apiserver.Fault
	}{
		{name: "watch cut mid-stream", fault: apiserver.Fault{Query: "watch=true", CloseWatchAfter: 2, CutBody: true, Times: 2}},
		{name: "watch gone", fault: apiserver.Fault{Query: "watch=true", WatchGone: true, Times: 2}},
		{name: "watch closed cleanly", fault: apiserver.Fault{Query: "watch=true", CloseWatchAfter: 1, Times: 3}},
	}
	queues := []struct {
		name     string
		newQueue func(known KeyListerGetter) Queue
	}{
		{name: "DeltaFIFO", newQueue: func(known KeyListerGetter) Queue {
			return NewDeltaFIFOWithOptions(DeltaFIFOOptions{KnownObjects: known, EmitDeltaTypeReplaced: true})
		}},
		{name: "RealFIFO", newQueue: func(known KeyListerGetter) Queue { return NewRealFIFO(MetaNamespaceKeyFunc, known, nil) }},
	}
	for _, f := range faults {
		for _, q := range queues {
			t.Run(f.name+"/"+q.name, func(t *testing.T) {
				server, cs := ctrlServer(t, 3)
				server.InjectFault(f.fault)
				store := NewIndexer(DeletionHandlingMetaNamespaceKeyFunc, Indexers{})
				mirror := &ctrlMirror{objs: map[string]string{}}
				ctrl := New(&Config{
					Queue:         q.newQueue(store),
					ListerWatcher: NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "default", nil),
					ObjectType:    &corev1.ConfigMap{},
					Process: func(obj interface{}, isInInitialList bool) error {
						return processDeltas(mirror, store, obj.(Deltas), isInInitialList)
					},
					WatchErrorHandler: func(*Reflector, error) {},
				})
				runController(t, ctrl)
				require.Eventually(t, ctrl.HasSynced, 20*time.Second, 5*time.Millisecond, "controller never synced")

				ctx := context.Background()
				cms := cs.CoreV1().ConfigMaps("default")
				for i := range 5 {
					_, err := cms.Create(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: fmt.Sprintf("new-%d", i)}}, metav1.CreateOptions{})
					require.NoError(t, err)
				}
				_, err := cms.Update(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "seed-0"}, Data: map[string]string{"k": "v"}}, metav1.UpdateOptions{})
				require.NoError(t, err)
				require.NoError(t, cms.Delete(ctx, "seed-1", metav1.DeleteOptions{}))
				require.NoError(t, cms.Delete(ctx, "new-0", metav1.DeleteOptions{}))

				list, err := cms.List(ctx, metav1.ListOptions{})
				require.NoError(t, err)
				want := map[string]string{}
				for _, item := range list.Items {
					want[item.Namespace+"/"+item.Name] = item.ResourceVersion
				}
				require.Eventually(t, func() bool {
					return maps.Equal(ctrlVersions(store.List()), want) && maps.Equal(mirror.snapshot(), want)
				}, 20*time.Second, 5*time.Millisecond, "never converged: store %v, notifications %v, want %v",
					ctrlVersions(store.List()), mirror.snapshot(), want)
			})
		}
	}
}

// TestControllerResync checks that FullResyncPeriod resyncs the queue
// from its known objects only when ShouldResync allows it.
func TestControllerResync(t *testing.T) {
	for _, allow := range []bool{true, false} {
		t.Run(fmt.Sprintf("ShouldResync=%v", allow), func(t *testing.T) {
			_, cs := ctrlServer(t, 2)
			store := NewIndexer(DeletionHandlingMetaNamespaceKeyFunc, Indexers{})
			var mu sync.Mutex
			asked, syncs := 0, 0
			ctrl := New(&Config{
				Queue:            NewDeltaFIFOWithOptions(DeltaFIFOOptions{KnownObjects: store, EmitDeltaTypeReplaced: true}),
				ListerWatcher:    NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "default", nil),
				ObjectType:       &corev1.ConfigMap{},
				FullResyncPeriod: 10 * time.Millisecond,
				ShouldResync: func() bool {
					mu.Lock()
					defer mu.Unlock()
					asked++
					return allow
				},
				Process: func(obj interface{}, isInInitialList bool) error {
					mu.Lock()
					for _, d := range obj.(Deltas) {
						if d.Type == Sync {
							syncs++
						}
					}
					mu.Unlock()
					return processDeltas(&ctrlMirror{objs: map[string]string{}}, store, obj.(Deltas), isInInitialList)
				},
			})
			runController(t, ctrl)
			require.Eventually(t, func() bool {
				mu.Lock()
				defer mu.Unlock()
				if allow {
					return syncs >= 4
				}
				return asked >= 3
			}, 20*time.Second, 5*time.Millisecond, "resync ticks")
			mu.Lock()
			defer mu.Unlock()
			if !allow {
				assert.Zero(t, syncs, "Sync deltas with ShouldResync false (asked %d times)", asked)
			}
		})
	}
}
