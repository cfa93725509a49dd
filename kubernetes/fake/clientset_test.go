package fake

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	clienttesting "github.com/skiff-k8s/skiff/testing"
)

// pod returns a pod in ns with labels and a phase.
func pod(ns, name, app string, phase corev1.PodPhase) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name, Labels: map[string]string{"app": app}},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "busybox"}}},
		Status:     corev1.PodStatus{Phase: phase},
	}
}

// verbs returns "verb resource" of every recorded action.
func verbs(actions []clienttesting.Action) []string {
	var out []string
	for _, a := range actions {
		out = append(out, a.GetVerb()+" "+a.GetResource().Resource)
	}
	return out
}

func TestSeededObjectsAndSelectors(t *testing.T) {
	cs := NewSimpleClientset(
		pod("team-a", "web-1", "web", corev1.PodRunning),
		pod("team-a", "web-2", "web", corev1.PodPending),
		pod("team-a", "db-1", "db", corev1.PodRunning),
	)
	ctx := context.Background()
	tests := []struct {
		name string
		opts metav1.ListOptions
		want []string
	}{
		{"all", metav1.ListOptions{}, []string{"db-1", "web-1", "web-2"}},
		{"label", metav1.ListOptions{LabelSelector: "app=web"}, []string{"web-1", "web-2"}},
		{"field", metav1.ListOptions{FieldSelector: "status.phase=Running"}, []string{"db-1", "web-1"}},
		{"both", metav1.ListOptions{LabelSelector: "app=web", FieldSelector: "status.phase=Running"}, []string{"web-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := cs.CoreV1().Pods("team-a").List(ctx, tt.opts)
			require.NoError(t, err)
			var got []string
			for _, p := range list.Items {
				got = append(got, p.Name)
			}
			assert.ElementsMatch(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
	ns, err := cs.CoreV1().Namespaces().Get(ctx, "team-a", metav1.GetOptions{})
	require.NoError(t, err, "seeding creates the namespace")
	assert.Equal(t, "team-a", ns.Name)
}

func TestActionsAreRecordedInOrder(t *testing.T) {
	cs := NewSimpleClientset()
	ctx := context.Background()
	pods := cs.CoreV1().Pods("default")
	_, err := pods.Create(ctx, pod("", "p", "web", ""), metav1.CreateOptions{})
	require.NoError(t, err)
	_, err = pods.Get(ctx, "p", metav1.GetOptions{})
	require.NoError(t, err)
	_, err = pods.List(ctx, metav1.ListOptions{LabelSelector: "app=web"})
	require.NoError(t, err)
	_, err = pods.Patch(ctx, "p", types.MergePatchType, []byte(`{"metadata":{"labels":{"x":"y"}}}`), metav1.PatchOptions{})
	require.NoError(t, err)
	require.NoError(t, pods.Delete(ctx, "p", metav1.DeleteOptions{}))

	actions := cs.Actions()
	want := []string{"create pods", "get pods", "list pods", "patch pods", "delete pods"}
	require.Equal(t, want, verbs(actions))

	create, ok := actions[0].(clienttesting.CreateAction)
	require.True(t, ok, "got %T, want a CreateAction", actions[0])
	got, ok := create.GetObject().(*corev1.Pod)
	require.True(t, ok, "got %T, want *corev1.Pod", create.GetObject())
	assert.Equal(t, "p", got.Name)
	assert.Equal(t, "default", create.GetNamespace())
	assert.Equal(t, schema.GroupVersionResource{Version: "v1", Resource: "pods"}, create.GetResource())

	list := actions[2].(clienttesting.ListAction)
	assert.Equal(t, "app=web", list.GetListRestrictions().Labels.String())
	patch := actions[3].(clienttesting.PatchAction)
	assert.Equal(t, types.MergePatchType, patch.GetPatchType())
	assert.Equal(t, "p", patch.GetName())
	assert.Equal(t, "p", actions[4].(clienttesting.DeleteAction).GetName())

	cs.ClearActions()
	assert.Empty(t, cs.Actions())
}

func TestReactorShortCircuitsTheServer(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		wantIs  func(error) bool
		wantMsg string
	}{
		{"api error", apierrors.NewForbidden(schema.GroupResource{Resource: "pods"}, "p", errors.New("nope")), apierrors.IsForbidden, ""},
		{"plain error", errors.New("injected"), apierrors.IsInternalError, "injected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := NewSimpleClientset()
			cs.PrependReactor("create", "pods", func(clienttesting.Action) (bool, runtime.Object, error) {
				return true, nil, tt.err
			})
			ctx := context.Background()
			_, err := cs.CoreV1().Pods("default").Create(ctx, pod("", "p", "web", ""), metav1.CreateOptions{})
			require.Error(t, err)
			assert.True(t, tt.wantIs(err), "got %v", err)
			if tt.wantMsg != "" {
				assert.Equal(t, tt.wantMsg, err.Error())
			}
			_, err = cs.CoreV1().Pods("default").Get(ctx, "p", metav1.GetOptions{})
			assert.True(t, apierrors.IsNotFound(err), "the server never saw the create: got %v", err)
		})
	}
}

func TestReactorReturnsObject(t *testing.T) {
	cs := NewSimpleClientset()
	cs.PrependReactor("get", "pods", func(a clienttesting.Action) (bool, runtime.Object, error) {
		return true, pod("default", a.(clienttesting.GetAction).GetName(), "faked", ""), nil
	})
	got, err := cs.CoreV1().Pods("default").Get(context.Background(), "ghost", metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, "ghost", got.Name)
	assert.Equal(t, "faked", got.Labels["app"])
}

func TestAddReactorAfterServerNeverRuns(t *testing.T) {
	cs := NewSimpleClientset()
	ran := false
	cs.AddReactor("get", "pods", func(clienttesting.Action) (bool, runtime.Object, error) {
		ran = true
		return true, nil, nil
	})
	_, err := cs.CoreV1().Pods("default").Get(context.Background(), "p", metav1.GetOptions{})
	assert.True(t, apierrors.IsNotFound(err), "got %v", err)
	assert.False(t, ran, "a reactor appended after the server's must not run")
}

func TestWatchSeesEvents(t *testing.T) {
	cs := NewSimpleClientset()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w, err := cs.CoreV1().Pods("default").Watch(ctx, metav1.ListOptions{LabelSelector: "app=web"})
	require.NoError(t, err)
	defer w.Stop()
	_, err = cs.CoreV1().Pods("default").Create(ctx, pod("", "other", "db", ""), metav1.CreateOptions{})
	require.NoError(t, err)
	_, err = cs.CoreV1().Pods("default").Create(ctx, pod("", "web", "web", ""), metav1.CreateOptions{})
	require.NoError(t, err)
	e, ok := <-w.ResultChan()
	require.True(t, ok, "watch closed early")
	assert.Equal(t, watch.Added, e.Type)
	got, ok := e.Object.(*corev1.Pod)
	require.True(t, ok, "got %T, want *corev1.Pod", e.Object)
	assert.Equal(t, "web", got.Name, "the selector filters out the db pod")
	assert.Equal(t, "watch pods", verbs(cs.Actions())[0])
}

func TestWatchReactor(t *testing.T) {
	cs := NewSimpleClientset()
	fw := watch.NewFake()
	cs.PrependWatchReactor("pods", clienttesting.DefaultWatchReactor(fw, nil))
	w, err := cs.CoreV1().Pods("default").Watch(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	defer w.Stop()
	go fw.Add(pod("default", "from-reactor", "web", ""))
	e := <-w.ResultChan()
	require.Equal(t, watch.Added, e.Type)
	assert.Equal(t, "from-reactor", e.Object.(*corev1.Pod).Name)
}

func TestTrackerSharesTheServer(t *testing.T) {
	cs := NewSimpleClientset(pod("default", "seeded", "web", ""))
	gvr := schema.GroupVersionResource{Version: "v1", Resource: "pods"}
	obj, err := cs.Tracker().Get(gvr, "default", "seeded")
	require.NoError(t, err)
	assert.Equal(t, "seeded", obj.(*corev1.Pod).Name)
	require.NoError(t, cs.Tracker().Add(pod("default", "added", "db", "")))
	got, err := cs.CoreV1().Pods("default").Get(context.Background(), "added", metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, "db", got.Labels["app"])
	require.NoError(t, cs.Tracker().Add(pod("default", "added", "changed", "")), "Add replaces")
	got, err = cs.CoreV1().Pods("default").Get(context.Background(), "added", metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, "changed", got.Labels["app"])
}

func TestDiscovery(t *testing.T) {
	cs := NewSimpleClientset()
	v, err := cs.Discovery().ServerVersion()
	require.NoError(t, err)
	assert.NotEmpty(t, v.GitVersion)
	assert.Empty(t, cs.Actions(), "discovery is not recorded")
}

func TestUnhandledReactorChangesReachTheServer(t *testing.T) {
	cs := NewSimpleClientset()
	cs.PrependReactor("create", "pods", func(a clienttesting.Action) (bool, runtime.Object, error) {
		p := a.(clienttesting.CreateAction).GetObject().(*corev1.Pod)
		p.Labels["mutated"] = "yes"
		return false, nil, nil
	})
	ctx := context.Background()
	_, err := cs.CoreV1().Pods("default").Create(ctx, pod("", "p", "web", ""), metav1.CreateOptions{})
	require.NoError(t, err)
	got, err := cs.CoreV1().Pods("default").Get(ctx, "p", metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, "yes", got.Labels["mutated"], "the server stores what the reactor changed")
	recorded := cs.Actions()[0].(clienttesting.CreateAction).GetObject().(*corev1.Pod)
	assert.Empty(t, recorded.Labels["mutated"], "the recorded action is what the client sent")
}

func TestSeedWithListAndBadObject(t *testing.T) {
	cs := NewSimpleClientset(&corev1.PodList{Items: []corev1.Pod{*pod("a", "p1", "web", ""), *pod("b", "p2", "web", "")}})
	list, err := cs.CoreV1().Pods("").List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	assert.Len(t, list.Items, 2, "a list seeds its items")

	bad := NewSimpleClientset(&metav1.Status{})
	_, err = bad.CoreV1().Pods("").List(context.Background(), metav1.ListOptions{})
	require.Error(t, err, "a clientset that could not be seeded fails its requests")
	assert.Contains(t, err.Error(), "fake clientset")
}

func TestInvokesDirectlyReachesTheServer(t *testing.T) {
	cs := NewSimpleClientset(pod("default", "p", "web", ""))
	gvr := schema.GroupVersionResource{Version: "v1", Resource: "pods"}
	obj, err := cs.Invokes(clienttesting.NewGetAction(gvr, "default", "p"), nil)
	require.NoError(t, err)
	assert.Equal(t, "p", obj.(*corev1.Pod).Name)
	_, err = cs.Invokes(clienttesting.NewGetAction(gvr, "default", "missing"), nil)
	assert.True(t, apierrors.IsNotFound(err), "got %v", err)
	w, err := cs.InvokesWatch(clienttesting.NewWatchAction(gvr, "default", metav1.ListOptions{ResourceVersion: "0"}))
	require.NoError(t, err)
	defer w.Stop()
	e := <-w.ResultChan()
	assert.Equal(t, watch.Added, e.Type)
}
