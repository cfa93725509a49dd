//go:build integration

package integration

import (
	"fmt"
	"maps"
	"sort"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/dynamic/dynamicinformer"
	"github.com/skiff-k8s/skiff/informers"
	"github.com/skiff-k8s/skiff/tools/cache"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// informerWait bounds each wait for an informer event; it guards against a
// hang and is not a timing assertion.
const informerWait = time.Minute

// eventLog is a ResourceEventHandler sending one line per notification:
// "add NAME", "update NAME", "delete NAME".
type eventLog chan string

// objectName returns the name of an object, a tombstone's object or
// "?".
func objectName(obj interface{}) string {
	if tomb, ok := obj.(cache.DeletedFinalStateUnknown); ok {
		obj = tomb.Obj
	}
	if o, ok := obj.(metav1.Object); ok {
		return o.GetName()
	}
	return fmt.Sprintf("?%T", obj)
}

func (l eventLog) OnAdd(obj interface{}, _ bool) { l <- "add " + objectName(obj) }

func (l eventLog) OnUpdate(oldObj, newObj interface{}) {
	if oldObj.(metav1.Object).GetResourceVersion() != newObj.(metav1.Object).GetResourceVersion() {
		l <- "update " + objectName(newObj)
	}
}

func (l eventLog) OnDelete(obj interface{}) { l <- "delete " + objectName(obj) }

// expect reads len(want) notifications and compares them, as a set, with
// want.
func (l eventLog) expect(t *testing.T, what string, want ...string) {
	t.Helper()
	got := map[string]bool{}
	for range want {
		select {
		case e := <-l:
			got[e] = true
		case <-time.After(informerWait):
			t.Fatalf("%s: got %v, still waiting for the rest of %v", what, sortedKeys(got), want)
		}
	}
	wantSet := map[string]bool{}
	for _, w := range want {
		wantSet[w] = true
	}
	assert.Equal(t, wantSet, got, what)
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestInformerSyncsAndSeesChanges runs a typed shared informer of the
// test namespace's ConfigMaps against kube-apiserver: the initial list
// syncs, then a create, an update and a delete reach the handler and the
// lister.
func TestInformerSyncsAndSeesChanges(t *testing.T) {
	e := newEnv(t)
	cs := newClientset(t)
	cms := cs.CoreV1().ConfigMaps(e.ns)
	for _, name := range []string{"a", "b"} {
		_, err := cms.Create(e.ctx, configMap(name, map[string]string{"v": "1"}), metav1.CreateOptions{})
		require.NoError(t, err, "creating %s", name)
	}

	factory := informers.NewSharedInformerFactoryWithOptions(cs, 0, informers.WithNamespace(e.ns))
	informer := factory.Core().V1().ConfigMaps()
	events := make(eventLog, 100)
	_, err := informer.Informer().AddEventHandler(events)
	require.NoError(t, err)
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop); factory.Shutdown() })
	factory.Start(stop)
	for typ, ok := range factory.WaitForCacheSync(stop) {
		require.True(t, ok, "%v synced", typ)
	}
	events.expect(t, "initial list", "add a", "add b")
	lister := informer.Lister().ConfigMaps(e.ns)

	_, err = cms.Create(e.ctx, configMap("c", nil), metav1.CreateOptions{})
	require.NoError(t, err)
	events.expect(t, "create", "add c")
	a, err := cms.Get(e.ctx, "a", metav1.GetOptions{})
	require.NoError(t, err)
	a.Data["v"] = "2"
	a, err = cms.Update(e.ctx, a, metav1.UpdateOptions{})
	require.NoError(t, err)
	events.expect(t, "update", "update a")
	cached, err := lister.Get("a")
	require.NoError(t, err)
	assert.Equal(t, a.ResourceVersion, cached.ResourceVersion, "cached resourceVersion after the update")
	assert.Equal(t, "2", cached.Data["v"])
	require.NoError(t, cms.Delete(e.ctx, "b", metav1.DeleteOptions{}))
	events.expect(t, "delete", "delete b")
	_, err = lister.Get("b")
	assert.True(t, apierrors.IsNotFound(err), "lister after the delete: want NotFound, got %v", err)

	assertCacheMatchesList(t, e, informer.Informer().GetStore())
}

// TestDynamicInformerCRD runs a dynamic informer of a custom resource.
func TestDynamicInformerCRD(t *testing.T) {
	e := newEnv(t)
	dc, err := dynamic.NewForConfig(adminConfig(t))
	require.NoError(t, err)
	ensureWidgetCRD(t, e.ctx, dc)
	widgets := dc.Resource(widgetGVR).Namespace(e.ns)
	_, err = widgets.Create(e.ctx, widget("w1", 1), metav1.CreateOptions{})
	require.NoError(t, err)

	factory := dynamicinformer.NewFilteredDynamicSharedInformerFactory(dc, 0, e.ns, nil)
	informer := factory.ForResource(widgetGVR)
	events := make(eventLog, 100)
	_, err = informer.Informer().AddEventHandler(events)
	require.NoError(t, err)
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop); factory.Shutdown() })
	factory.Start(stop)
	require.True(t, factory.WaitForCacheSync(stop)[widgetGVR], "synced")
	events.expect(t, "initial list", "add w1")

	_, err = widgets.Create(e.ctx, widget("w2", 2), metav1.CreateOptions{})
	require.NoError(t, err)
	events.expect(t, "create", "add w2")
	w1, err := widgets.Get(e.ctx, "w1", metav1.GetOptions{})
	require.NoError(t, err)
	require.NoError(t, unstructured.SetNestedField(w1.Object, "green", "spec", "color"))
	_, err = widgets.Update(e.ctx, w1, metav1.UpdateOptions{})
	require.NoError(t, err)
	events.expect(t, "update", "update w1")
	cached, err := informer.Lister().ByNamespace(e.ns).Get("w1")
	require.NoError(t, err)
	color, _, _ := unstructured.NestedString(cached.(*unstructured.Unstructured).Object, "spec", "color")
	assert.Equal(t, "green", color, "cached spec.color")
	require.NoError(t, widgets.Delete(e.ctx, "w2", metav1.DeleteOptions{}))
	events.expect(t, "delete", "delete w2")
	all, err := informer.Lister().List(labels.Everything())
	require.NoError(t, err)
	assert.Len(t, all, 1, "cached widgets at the end")
}

// TestInformerSurvivesAPIServerRestart kills kube-apiserver under a
// running informer, writes while it comes back, and checks the cache
// converges to a fresh List: the watch ends with the connection (and may
// be answered 410 when resumed), and the reflector relists or resumes.
func TestInformerSurvivesAPIServerRestart(t *testing.T) {
	ctl := newAPIServerControl(t)
	e := newEnv(t)
	cs := newClientset(t)
	cms := cs.CoreV1().ConfigMaps(e.ns)
	for i := range 5 {
		_, err := cms.Create(e.ctx, configMap(fmt.Sprintf("before-%d", i), nil), metav1.CreateOptions{})
		require.NoError(t, err)
	}
	factory := informers.NewSharedInformerFactoryWithOptions(cs, 0, informers.WithNamespace(e.ns))
	informer := factory.Core().V1().ConfigMaps().Informer()
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop); factory.Shutdown() })
	factory.Start(stop)
	for typ, ok := range factory.WaitForCacheSync(stop) {
		require.True(t, ok, "%v synced", typ)
	}
	assertCacheMatchesList(t, e, informer.GetStore())

	ctl.kill(t)
	ctl.start(t)
	waitReady(t, e.ctx, e.core)
	// Writes right after the restart race the informer's reconnection:
	// some arrive as watch events, some only through a relist.
	for i := range 5 {
		require.NoError(t, createWithRetry(e.ctx, e.core, e.ns, configMap(fmt.Sprintf("after-%d", i), nil)))
	}
	require.NoError(t, cms.Delete(e.ctx, "before-0", metav1.DeleteOptions{}))
	before1, err := cms.Get(e.ctx, "before-1", metav1.GetOptions{})
	require.NoError(t, err)
	before1.Data = map[string]string{"changed": "after the restart"}
	_, err = cms.Update(e.ctx, before1, metav1.UpdateOptions{})
	require.NoError(t, err)

	assertCacheMatchesList(t, e, informer.GetStore())
	assert.False(t, informer.IsStopped(), "informer still running")
}

// assertCacheMatchesList waits until store holds exactly what a fresh
// List of the namespace's ConfigMaps returns, name by resourceVersion.
func assertCacheMatchesList(t *testing.T, e *env, store cache.Store) {
	t.Helper()
	var want, got map[string]string
	deadline := time.Now().Add(informerWait)
	for {
		list := &corev1.ConfigMapList{}
		require.NoError(t, e.core.Get().Namespace(e.ns).Resource("configmaps").Do(e.ctx).Into(list), "fresh list")
		want = map[string]string{}
		for _, cm := range list.Items {
			want[cm.Name] = cm.ResourceVersion
		}
		got = map[string]string{}
		for _, obj := range store.List() {
			cm := obj.(*corev1.ConfigMap)
			got[cm.Name] = cm.ResourceVersion
		}
		if maps.Equal(want, got) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	assert.Equal(t, want, got, "cache (name: resourceVersion) against a fresh List")
}
