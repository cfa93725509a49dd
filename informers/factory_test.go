package informers_test

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/informers"
	informerscorev1 "github.com/skiff-k8s/skiff/informers/core/v1"
	"github.com/skiff-k8s/skiff/internal/leakcheck"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
)

func TestMain(m *testing.M) { leakcheck.Main(m) }

var podType = reflect.TypeOf(&corev1.Pod{})

// newClient returns a clientset over an in-memory server holding pods
// a/web (app=web), a/db (app=db) and b/web (app=web).
func newClient(t *testing.T) kubernetes.Interface {
	t.Helper()
	server := apiserver.NewForTest(t, apiserver.Options{})
	for _, ns := range []string{"a", "b", "c"} {
		require.NoError(t, server.Add(&corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}))
	}
	client, err := kubernetes.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	for _, p := range []struct{ ns, name, app string }{{"a", "web", "web"}, {"a", "db", "db"}, {"b", "web", "web"}} {
		createPod(t, client, p.ns, p.name, p.app)
	}
	return client
}

func createPod(t *testing.T, client kubernetes.Interface, ns, name, app string) {
	t.Helper()
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name, Labels: map[string]string{"app": app}},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "busybox"}}},
	}
	_, err := client.CoreV1().Pods(ns).Create(context.Background(), pod, metav1.CreateOptions{})
	require.NoError(t, err)
}

// startPods starts f's pod informer, waits for its cache and stops it at
// the end of the test.
func startPods(t *testing.T, f informers.SharedInformerFactory) informerscorev1.PodInformer {
	t.Helper()
	pods := f.Core().V1().Pods()
	pods.Informer()
	stop := make(chan struct{})
	t.Cleanup(func() {
		close(stop)
		f.Shutdown()
	})
	f.Start(stop)
	require.Equal(t, map[reflect.Type]bool{podType: true}, f.WaitForCacheSync(stop))
	return pods
}

func podKeys(t *testing.T, pods []*corev1.Pod) []string {
	t.Helper()
	var out []string
	for _, p := range pods {
		out = append(out, p.Namespace+"/"+p.Name)
	}
	return out
}

func TestFactoryOptions(t *testing.T) {
	cases := []struct {
		name    string
		options []informers.SharedInformerOption
		want    []string
	}{
		{"no options", nil, []string{"a/db", "a/web", "b/web"}},
		{"WithNamespace", []informers.SharedInformerOption{informers.WithNamespace("a")}, []string{"a/db", "a/web"}},
		{"WithTweakListOptions", []informers.SharedInformerOption{informers.WithTweakListOptions(func(o *metav1.ListOptions) {
			o.LabelSelector = "app=web"
		})}, []string{"a/web", "b/web"}},
		{"both", []informers.SharedInformerOption{informers.WithNamespace("b"), informers.WithTweakListOptions(func(o *metav1.ListOptions) {
			o.LabelSelector = "app=web"
		})}, []string{"b/web"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := informers.NewSharedInformerFactoryWithOptions(newClient(t), 0, tc.options...)
			got, err := startPods(t, f).Lister().List(labels.Everything())
			require.NoError(t, err)
			assert.ElementsMatch(t, tc.want, podKeys(t, got))
		})
	}
}

func TestFilteredFactory(t *testing.T) {
	f := informers.NewFilteredSharedInformerFactory(newClient(t), 0, "a", func(o *metav1.ListOptions) { o.LabelSelector = "app=db" })
	got, err := startPods(t, f).Lister().List(labels.Everything())
	require.NoError(t, err)
	assert.Equal(t, []string{"a/db"}, podKeys(t, got))
}

func TestListerSeesServerChanges(t *testing.T) {
	client := newClient(t)
	lister := startPods(t, informers.NewSharedInformerFactory(client, 0)).Lister()
	got, err := lister.Pods("a").Get("web")
	require.NoError(t, err)
	assert.Equal(t, "web", got.Labels["app"])

	createPod(t, client, "c", "late", "late")
	require.Eventually(t, func() bool {
		_, err := lister.Pods("c").Get("late")
		return err == nil
	}, 10*time.Second, 10*time.Millisecond, "the lister never saw pod c/late")

	require.NoError(t, client.CoreV1().Pods("a").Delete(context.Background(), "db", metav1.DeleteOptions{GracePeriodSeconds: new(int64)}))
	require.Eventually(t, func() bool {
		_, err := lister.Pods("a").Get("db")
		return err != nil
	}, 10*time.Second, 10*time.Millisecond, "the lister still holds deleted pod a/db")
}

func TestWithTransform(t *testing.T) {
	mark := func(obj interface{}) (interface{}, error) {
		if pod, ok := obj.(*corev1.Pod); ok {
			pod.Annotations = map[string]string{"transformed": "yes"}
		}
		return obj, nil
	}
	f := informers.NewSharedInformerFactoryWithOptions(newClient(t), 0, informers.WithTransform(mark))
	got, err := startPods(t, f).Lister().List(labels.Everything())
	require.NoError(t, err)
	require.Len(t, got, 3)
	for _, p := range got {
		assert.Equal(t, "yes", p.Annotations["transformed"], "pod %s/%s", p.Namespace, p.Name)
	}
}

func TestInformerForDedupsByType(t *testing.T) {
	client := newClient(t)
	f := informers.NewSharedInformerFactoryWithOptions(client, time.Minute,
		informers.WithCustomResyncConfig(map[metav1.Object]time.Duration{&appsv1.Deployment{}: time.Hour}))
	var resyncs []time.Duration
	newFunc := func(c kubernetes.Interface, resync time.Duration) cache.SharedIndexInformer {
		resyncs = append(resyncs, resync)
		return informerscorev1.NewPodInformer(c, "", resync, cache.Indexers{})
	}
	first := f.InformerFor(&corev1.Pod{}, newFunc)
	assert.Same(t, first, f.InformerFor(&corev1.Pod{}, newFunc), "second InformerFor of the same type")
	assert.Same(t, first, f.Core().V1().Pods().Informer(), "the typed accessor")
	f.InformerFor(&appsv1.Deployment{}, newFunc)
	assert.Equal(t, []time.Duration{time.Minute, time.Hour}, resyncs, "resync periods given to newFunc")
}

func TestStartAfterShutdown(t *testing.T) {
	f := informers.NewSharedInformerFactory(newClient(t), 0)
	f.Core().V1().Pods().Informer()
	stop := make(chan struct{})
	f.Start(stop)
	require.Equal(t, map[reflect.Type]bool{podType: true}, f.WaitForCacheSync(stop))
	close(stop)
	f.Shutdown()

	f.Apps().V1().Deployments().Informer()
	f.Start(make(chan struct{}))
	assert.Equal(t, map[reflect.Type]bool{podType: true}, f.WaitForCacheSync(stop), "a Start after Shutdown starts nothing")
}

func TestForResource(t *testing.T) {
	f := informers.NewSharedInformerFactory(newClient(t), 0)
	generic, err := f.ForResource(corev1.SchemeGroupVersion.WithResource("pods"))
	require.NoError(t, err)
	assert.Same(t, f.Core().V1().Pods().Informer(), generic.Informer())
	startPods(t, f)
	objs, err := generic.Lister().ByNamespace("a").List(labels.Everything())
	require.NoError(t, err)
	assert.Len(t, objs, 2)

	for _, gvr := range []schema.GroupVersionResource{
		appsv1.SchemeGroupVersion.WithResource("deployments"),
		{Group: "rbac.authorization.k8s.io", Version: "v1", Resource: "clusterroles"},
		{Group: "flowcontrol.apiserver.k8s.io", Version: "v1", Resource: "prioritylevelconfigurations"},
	} {
		t.Run(gvr.String(), func(t *testing.T) {
			g, err := f.ForResource(gvr)
			require.NoError(t, err)
			assert.NotNil(t, g.Informer())
		})
	}
	_, err = f.ForResource(schema.GroupVersionResource{Group: "example.com", Version: "v1", Resource: "widgets"})
	assert.ErrorContains(t, err, "no informer found for")
}

// TestForResourceCoversServedResources asks ForResource for every built-in
// resource the in-memory server (modelled on kube-apiserver v1.34) serves
// with list and watch, and checks the informer holds the resource's type.
func TestForResourceCoversServedResources(t *testing.T) {
	server := apiserver.NewForTest(t, apiserver.Options{})
	client, err := kubernetes.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	f := informers.NewSharedInformerFactory(client, 0)
	checked := 0
	for _, r := range server.Resources() {
		if r.Type == nil || !slices.Contains(r.Verbs, "list") || !slices.Contains(r.Verbs, "watch") {
			continue
		}
		checked++
		t.Run(r.GVR.String(), func(t *testing.T) {
			g, err := f.ForResource(r.GVR)
			require.NoError(t, err)
			require.NotNil(t, g.Informer())
		})
	}
	assert.Greater(t, checked, 50, "resources checked")
}
