package cache

import (
	"context"
	"fmt"
	"maps"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	typedcorev1 "github.com/skiff-k8s/skiff/kubernetes/typed/core/v1"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// siServer starts an in-memory server holding n pods "seed-<i>" in
// "default" and returns it with a clientset.
func siServer(t *testing.T, n int) (*apiserver.Server, kubernetes.Interface) {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{BookmarkInterval: 20 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(server.Close)
	for i := range n {
		require.NoError(t, server.Add(siPod(fmt.Sprintf("seed-%d", i))))
	}
	cs, err := kubernetes.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	return server, cs
}

// siPod is a minimal valid pod in "default".
func siPod(name string) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Namespace: "default", Name: name},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "busybox"}}},
	}
}

// siInformer returns a pods informer over cs's REST client.
func siInformer(cs kubernetes.Interface, resync time.Duration) SharedIndexInformer {
	lw := NewListWatchFromClient(cs.CoreV1().RESTClient(), "pods", "default", nil)
	return NewSharedIndexInformer(lw, &corev1.Pod{}, resync, Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
}

// runInformer runs informer until the test ends (or stop is called) and
// waits for it to return.
func runInformer(t *testing.T, informer SharedInformer) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		informer.RunWithContext(ctx)
	}()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(stop)
	return stop
}

// countingHandler keeps the view a handler builds from its notifications
// (key -> resourceVersion) and counts them; resyncs are updates that keep
// the resourceVersion.
type countingHandler struct {
	mu                                 sync.Mutex
	view                               map[string]string
	adds, initialAdds, updates, resync int
	deletes                            int
	errs                               []string
}

func newCountingHandler() *countingHandler { return &countingHandler{view: map[string]string{}} }

func (h *countingHandler) OnAdd(obj interface{}, initial bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	p := obj.(*corev1.Pod)
	key := p.Namespace + "/" + p.Name
	if _, ok := h.view[key]; ok {
		h.errs = append(h.errs, "add of known "+key)
	}
	h.view[key] = p.ResourceVersion
	h.adds++
	if initial {
		h.initialAdds++
	}
}

func (h *countingHandler) OnUpdate(oldObj, newObj interface{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	o, n := oldObj.(*corev1.Pod), newObj.(*corev1.Pod)
	key := n.Namespace + "/" + n.Name
	if h.view[key] != o.ResourceVersion {
		h.errs = append(h.errs, fmt.Sprintf("update of %s from %s, handler saw %s", key, o.ResourceVersion, h.view[key]))
	}
	h.view[key] = n.ResourceVersion
	if o.ResourceVersion == n.ResourceVersion {
		h.resync++
	} else {
		h.updates++
	}
}

func (h *countingHandler) OnDelete(obj interface{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	key, err := DeletionHandlingMetaNamespaceKeyFunc(obj)
	if err != nil {
		h.errs = append(h.errs, err.Error())
		return
	}
	if _, ok := h.view[key]; !ok {
		h.errs = append(h.errs, "delete of unknown "+key)
	}
	delete(h.view, key)
	h.deletes++
}

// snapshot returns a copy of the view and the counts.
func (h *countingHandler) snapshot() (view map[string]string, counts [4]int, errs []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return maps.Clone(h.view), [4]int{h.adds, h.updates, h.deletes, h.resync}, append([]string(nil), h.errs...)
}

// storeVersions returns key -> resourceVersion of the pods in store.
func storeVersions(store Store) map[string]string {
	out := map[string]string{}
	for _, o := range store.List() {
		p := o.(*corev1.Pod)
		out[p.Namespace+"/"+p.Name] = p.ResourceVersion
	}
	return out
}

// serverVersions returns key -> resourceVersion of the server's pods.
func serverVersions(t *testing.T, pods typedcorev1.PodInterface) map[string]string {
	t.Helper()
	list, err := pods.List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	out := map[string]string{}
	for _, p := range list.Items {
		out[p.Namespace+"/"+p.Name] = p.ResourceVersion
	}
	return out
}

// siWrite creates "new-0".."new-2", updates seed-0 and seed-1 and deletes
// seed-2: 3 adds, 2 updates and 1 delete.
func siWrite(t *testing.T, pods typedcorev1.PodInterface) {
	t.Helper()
	ctx := context.Background()
	for i := range 3 {
		_, err := pods.Create(ctx, siPod(fmt.Sprintf("new-%d", i)), metav1.CreateOptions{})
		require.NoError(t, err)
	}
	for i := range 2 {
		p, err := pods.Get(ctx, fmt.Sprintf("seed-%d", i), metav1.GetOptions{})
		require.NoError(t, err)
		p.Labels = map[string]string{"updated": "yes"}
		_, err = pods.Update(ctx, p, metav1.UpdateOptions{})
		require.NoError(t, err)
	}
	require.NoError(t, pods.Delete(ctx, "seed-2", metav1.DeleteOptions{GracePeriodSeconds: new(int64)}))
}

func TestSharedInformerFanOut(t *testing.T) {
	_, cs := siServer(t, 3)
	informer := siInformer(cs, 0)
	handlers := []*countingHandler{newCountingHandler(), newCountingHandler(), newCountingHandler()}
	var regs []ResourceEventHandlerRegistration
	for _, h := range handlers {
		reg, err := informer.AddEventHandler(h)
		require.NoError(t, err)
		regs = append(regs, reg)
	}
	assert.False(t, informer.HasSynced(), "HasSynced before Run")
	assert.Empty(t, informer.LastSyncResourceVersion(), "LastSyncResourceVersion before Run")
	runInformer(t, informer)
	require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced, regs[0].HasSynced, regs[1].HasSynced, regs[2].HasSynced), "sync")
	assert.NotEmpty(t, informer.LastSyncResourceVersion(), "LastSyncResourceVersion after sync")
	assert.True(t, informer.GetController().HasSynced(), "controller view HasSynced")

	pods := cs.CoreV1().Pods("default")
	siWrite(t, pods)
	want := serverVersions(t, pods)
	for i, h := range handlers {
		require.Eventually(t, func() bool {
			view, _, _ := h.snapshot()
			return maps.Equal(view, want)
		}, 10*time.Second, 5*time.Millisecond, "handler %d never converged", i)
		_, counts, errs := h.snapshot()
		assert.Empty(t, errs, "handler %d inconsistencies", i)
		assert.Equal(t, [4]int{6, 2, 1, 0}, counts, "handler %d adds, updates, deletes, resyncs", i)
		assert.Equal(t, 3, h.initialAdds, "handler %d initial-list adds", i)
	}
	assert.Equal(t, want, storeVersions(informer.GetStore()), "store")
	byNS, err := informer.GetIndexer().ByIndex(NamespaceIndex, "default")
	require.NoError(t, err)
	assert.Len(t, byNS, len(want), "namespace index")
}

func TestSharedInformerLateHandler(t *testing.T) {
	_, cs := siServer(t, 3)
	informer := siInformer(cs, 0)
	runInformer(t, informer)
	require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced), "sync")
	late := newCountingHandler()
	reg, err := informer.AddEventHandler(late)
	require.NoError(t, err)
	require.True(t, WaitForCacheSync(t.Context().Done(), reg.HasSynced), "late registration sync")
	view, counts, _ := late.snapshot()
	assert.Equal(t, storeVersions(informer.GetStore()), view, "late handler view")
	assert.Equal(t, 3, late.initialAdds, "replayed adds are initial-list adds")
	assert.Equal(t, [4]int{3, 0, 0, 0}, counts, "counts")

	pods := cs.CoreV1().Pods("default")
	siWrite(t, pods)
	want := serverVersions(t, pods)
	require.Eventually(t, func() bool { v, _, _ := late.snapshot(); return maps.Equal(v, want) }, 10*time.Second, 5*time.Millisecond, "late handler converges")
}

func TestSharedInformerRemoveEventHandler(t *testing.T) {
	_, cs := siServer(t, 3)
	informer := siInformer(cs, 0)
	kept, removed := newCountingHandler(), newCountingHandler()
	_, err := informer.AddEventHandler(kept)
	require.NoError(t, err)
	reg, err := informer.AddEventHandler(removed)
	require.NoError(t, err)
	runInformer(t, informer)
	require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced, reg.HasSynced), "sync")
	require.NoError(t, informer.RemoveEventHandler(reg))
	require.NoError(t, informer.RemoveEventHandler(reg), "removing twice")
	assert.Error(t, informer.RemoveEventHandler(fakeRegistration{}), "foreign handle")

	pods := cs.CoreV1().Pods("default")
	siWrite(t, pods)
	want := serverVersions(t, pods)
	require.Eventually(t, func() bool { v, _, _ := kept.snapshot(); return maps.Equal(v, want) }, 10*time.Second, 5*time.Millisecond, "kept handler converges")
	_, counts, _ := removed.snapshot()
	assert.Equal(t, [4]int{3, 0, 0, 0}, counts, "removed handler saw only the initial list")
}

func TestSharedInformerResyncPerHandler(t *testing.T) {
	_, cs := siServer(t, 2)
	informer := siInformer(cs, time.Second)
	byDefault, none := newCountingHandler(), newCountingHandler()
	_, err := informer.AddEventHandler(byDefault)
	require.NoError(t, err)
	_, err = informer.AddEventHandlerWithResyncPeriod(none, 0)
	require.NoError(t, err)
	runInformer(t, informer)
	require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced), "sync")
	require.Eventually(t, func() bool { _, c, _ := byDefault.snapshot(); return c[3] >= 2 }, 10*time.Second, 10*time.Millisecond,
		"the handler with a 1s period never resynced")
	_, counts, errs := none.snapshot()
	assert.Empty(t, errs, "inconsistencies")
	assert.Equal(t, [4]int{2, 0, 0, 0}, counts, "the handler without resync got no resync")
}

func TestSharedInformerLifecycle(t *testing.T) {
	_, cs := siServer(t, 2)
	informer := siInformer(cs, 0)
	byName := func(obj interface{}) ([]string, error) { return []string{obj.(*corev1.Pod).Name}, nil }
	require.NoError(t, informer.AddIndexers(Indexers{"name": byName}), "AddIndexers before start")
	assert.Error(t, informer.AddIndexers(Indexers{"name": byName}), "duplicate index name")
	require.NoError(t, informer.SetTransform(TransformStripManagedFields), "SetTransform before start")
	require.NoError(t, informer.SetWatchErrorHandler(func(*Reflector, error) {}), "SetWatchErrorHandler before start")
	assert.False(t, informer.IsStopped(), "IsStopped before Run")
	stop := runInformer(t, informer)
	require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced), "sync")

	tests := []struct {
		name string
		call func() error
	}{
		{"SetTransform", func() error { return informer.SetTransform(nil) }},
		{"SetWatchErrorHandler", func() error { return informer.SetWatchErrorHandler(nil) }},
		{"SetWatchErrorHandlerWithContext", func() error {
			return informer.SetWatchErrorHandlerWithContext(func(context.Context, *Reflector, error) {})
		}},
		{"AddIndexers", func() error { return informer.AddIndexers(Indexers{"other": MetaNamespaceIndexFunc}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name+" after start", func(t *testing.T) {
			err := tt.call()
			assert.ErrorContains(t, err, "informer has already started")
		})
	}
	t.Run("indexers added before start index the synced objects", func(t *testing.T) {
		got, err := informer.GetIndexer().ByIndex("name", "seed-1")
		require.NoError(t, err)
		assert.Len(t, got, 1, "objects under name=seed-1")
	})
	t.Run("second Run is a no-op", func(t *testing.T) {
		done := make(chan struct{})
		go func() { informer.Run(make(chan struct{})); close(done) }()
		<-done
	})

	stop()
	assert.True(t, informer.IsStopped(), "IsStopped after stop")
	_, err := informer.AddEventHandler(newCountingHandler())
	assert.ErrorContains(t, err, "stopped already", "AddEventHandler after stop")
	assert.Error(t, informer.AddIndexers(Indexers{"x": MetaNamespaceIndexFunc}), "AddIndexers after stop")
}

func TestSharedInformerTransform(t *testing.T) {
	server, cs := siServer(t, 0)
	p := siPod("managed")
	p.ManagedFields = []metav1.ManagedFieldsEntry{{Manager: "test", Operation: metav1.ManagedFieldsOperationUpdate, APIVersion: "v1"}}
	require.NoError(t, server.Add(p))
	stored, err := cs.CoreV1().Pods("default").Get(context.Background(), "managed", metav1.GetOptions{})
	require.NoError(t, err)
	require.NotEmpty(t, stored.ManagedFields, "the server keeps managedFields (test precondition)")

	for _, transform := range []struct {
		name string
		fn   TransformFunc
		want bool
	}{{"none", nil, true}, {"strip managed fields", TransformStripManagedFields, false}} {
		t.Run(transform.name, func(t *testing.T) {
			informer := siInformer(cs, 0)
			require.NoError(t, informer.SetTransform(transform.fn))
			h := ResourceEventHandlerFuncs{}
			_, err := informer.AddEventHandler(h)
			require.NoError(t, err)
			runInformer(t, informer)
			require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced), "sync")
			obj, ok, err := informer.GetStore().GetByKey("default/managed")
			require.NoError(t, err)
			require.True(t, ok, "cached")
			assert.Equal(t, transform.want, obj.(*corev1.Pod).ManagedFields != nil, "managedFields cached")
		})
	}
}

// panicOnAdd panics on every add of the pod named name.
type panicOnAdd struct {
	*countingHandler
	name string
}

func (h panicOnAdd) OnAdd(obj interface{}, initial bool) {
	if obj.(*corev1.Pod).Name == h.name {
		panic("handler bug")
	}
	h.countingHandler.OnAdd(obj, initial)
}

func TestSharedInformerSlowAndPanickingHandlers(t *testing.T) {
	_, cs := siServer(t, 3)
	informer := siInformer(cs, 0)
	release := make(chan struct{})
	slow := &blockingHandler{release: release}
	panicky := panicOnAdd{countingHandler: newCountingHandler(), name: "new-0"}
	healthy := newCountingHandler()
	for _, h := range []ResourceEventHandler{slow, panicky, healthy} {
		_, err := informer.AddEventHandler(h)
		require.NoError(t, err)
	}
	runInformer(t, informer)
	require.True(t, WaitForCacheSync(t.Context().Done(), informer.HasSynced), "sync while a handler is blocked")

	pods := cs.CoreV1().Pods("default")
	siWrite(t, pods)
	want := serverVersions(t, pods)
	require.Eventually(t, func() bool { v, _, _ := healthy.snapshot(); return maps.Equal(v, want) }, 10*time.Second, 5*time.Millisecond,
		"the healthy handler converges while another is blocked and another panics")
	assert.Empty(t, slow.got(), "the blocked handler got nothing yet")
	// The panicking handler missed only the add it panicked on.
	wantPanicky := maps.Clone(want)
	delete(wantPanicky, "default/new-0")
	require.Eventually(t, func() bool { v, _, _ := panicky.snapshot(); return maps.Equal(v, wantPanicky) }, 10*time.Second, 5*time.Millisecond,
		"the panicking handler goes on after the panic")
	close(release)
	require.Eventually(t, func() bool { return len(slow.got()) == 9 }, 10*time.Second, 5*time.Millisecond, "the slow handler catches up: 6 adds, 2 updates, 1 delete")
}
