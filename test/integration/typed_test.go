//go:build integration

package integration

import (
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newClientset returns the typed clientset of the admin context.
func newClientset(t *testing.T) *kubernetes.Clientset {
	t.Helper()
	cs, err := kubernetes.NewForConfig(adminConfig(t))
	require.NoError(t, err, "kubernetes.NewForConfig")
	return cs
}

// TestTypedServiceAndNamespace creates a Service (the server allocates a
// cluster IP from --service-cluster-ip-range) and a Namespace through the
// typed clientset, lists, updates and deletes them.
func TestTypedServiceAndNamespace(t *testing.T) {
	e := newEnv(t)
	cs := newClientset(t)
	svc := &corev1.Service{
		ObjectMeta: metav1.ObjectMeta{Name: "web", Labels: map[string]string{"app": "web"}},
		Spec: corev1.ServiceSpec{
			Selector: map[string]string{"app": "web"},
			Ports:    []corev1.ServicePort{{Name: "http", Port: 80, TargetPort: intstr.FromInt32(8080)}},
		},
	}
	got, err := cs.CoreV1().Services(e.ns).Create(e.ctx, svc, metav1.CreateOptions{})
	require.NoError(t, err, "create service")
	assert.Equal(t, corev1.ServiceTypeClusterIP, got.Spec.Type, "defaulted type")
	assert.Regexp(t, `^10\.96\.`, got.Spec.ClusterIP, "cluster IP from the service range")
	assert.Equal(t, intstr.FromInt32(8080), got.Spec.Ports[0].TargetPort)

	list, err := cs.CoreV1().Services(e.ns).List(e.ctx, metav1.ListOptions{LabelSelector: "app=web"})
	require.NoError(t, err, "list services")
	require.Len(t, list.Items, 1)

	got.Spec.Ports[0].Port = 81
	got, err = cs.CoreV1().Services(e.ns).Update(e.ctx, got, metav1.UpdateOptions{})
	require.NoError(t, err, "update service")
	assert.Equal(t, int32(81), got.Spec.Ports[0].Port)
	require.NoError(t, cs.CoreV1().Services(e.ns).Delete(e.ctx, "web", metav1.DeleteOptions{}), "delete service")
	_, err = cs.CoreV1().Services(e.ns).Get(e.ctx, "web", metav1.GetOptions{})
	assert.True(t, apierrors.IsNotFound(err), "get after delete: want IsNotFound, got %v", err)

	name := uniqueName("typed-ns")
	ns, err := cs.CoreV1().Namespaces().Create(e.ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: name}}, metav1.CreateOptions{})
	require.NoError(t, err, "create namespace")
	assert.Equal(t, corev1.NamespaceActive, ns.Status.Phase)
	assert.Contains(t, ns.Spec.Finalizers, corev1.FinalizerKubernetes)
	require.NoError(t, cs.CoreV1().Namespaces().Delete(e.ctx, name, metav1.DeleteOptions{}), "delete namespace")
	// Without a controller-manager the namespace stays, Terminating.
	ns, err = cs.CoreV1().Namespaces().Get(e.ctx, name, metav1.GetOptions{})
	require.NoError(t, err, "get deleted namespace")
	assert.Equal(t, corev1.NamespaceTerminating, ns.Status.Phase)
	assert.NotNil(t, ns.DeletionTimestamp)
}

// TestTypedSubresourcesAndPatch uses UpdateStatus, GetScale/UpdateScale
// and a strategic merge patch through the typed clients.
func TestTypedSubresourcesAndPatch(t *testing.T) {
	e := newEnv(t)
	cs := newClientset(t)
	pods := cs.CoreV1().Pods(e.ns)
	pod, err := pods.Create(e.ctx, &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "p"},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "nginx"}}},
	}, metav1.CreateOptions{})
	require.NoError(t, err, "create pod")
	pod.Status.Phase = corev1.PodSucceeded
	pod, err = pods.UpdateStatus(e.ctx, pod, metav1.UpdateOptions{})
	require.NoError(t, err, "UpdateStatus")
	assert.Equal(t, corev1.PodSucceeded, pod.Status.Phase)

	pod, err = pods.Patch(e.ctx, "p", types.StrategicMergePatchType,
		[]byte(`{"metadata":{"labels":{"patched":"yes"}}}`), metav1.PatchOptions{})
	require.NoError(t, err, "strategic merge patch")
	assert.Equal(t, "yes", pod.Labels["patched"])
	pod, err = pods.Patch(e.ctx, "p", types.MergePatchType,
		[]byte(`{"status":{"message":"patched status"}}`), metav1.PatchOptions{}, "status")
	require.NoError(t, err, "merge patch of status")
	assert.Equal(t, "patched status", pod.Status.Message)

	deps := cs.AppsV1().Deployments(e.ns)
	_, err = deps.Create(e.ctx, deployment("d"), metav1.CreateOptions{})
	require.NoError(t, err, "create deployment")
	scale, err := deps.GetScale(e.ctx, "d", metav1.GetOptions{})
	require.NoError(t, err, "GetScale")
	assert.Equal(t, int32(1), scale.Spec.Replicas)
	scale.Spec.Replicas = 4
	_, err = deps.UpdateScale(e.ctx, "d", scale, metav1.UpdateOptions{})
	require.NoError(t, err, "UpdateScale")
	d, err := deps.Get(e.ctx, "d", metav1.GetOptions{})
	require.NoError(t, err, "get deployment")
	assert.Equal(t, int32(4), *d.Spec.Replicas, "replicas after UpdateScale")
}

// TestTypedWatch watches Secrets through the typed client, including a
// watch-list request (sendInitialEvents) that needs etcd 3.5's progress
// notifications.
func TestTypedWatch(t *testing.T) {
	e := newEnv(t)
	secrets := newClientset(t).CoreV1().Secrets(e.ns)
	_, err := secrets.Create(e.ctx, &corev1.Secret{ObjectMeta: metav1.ObjectMeta{Name: "before"}}, metav1.CreateOptions{})
	require.NoError(t, err)

	yes := true
	w, err := secrets.Watch(e.ctx, metav1.ListOptions{
		SendInitialEvents: &yes, AllowWatchBookmarks: true,
		ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan,
	})
	require.NoError(t, err, "watch-list")
	defer w.Stop()
	_, err = secrets.Create(e.ctx, &corev1.Secret{ObjectMeta: metav1.ObjectMeta{Name: "after"}}, metav1.CreateOptions{})
	require.NoError(t, err)

	var seen []string
	sawInitialEnd := false
	deadline := time.After(30 * time.Second)
	for len(seen) < 2 {
		select {
		case ev, ok := <-w.ResultChan():
			require.True(t, ok, "watch closed early after %v", seen)
			switch ev.Type {
			case watch.Bookmark:
				m, err := meta.Accessor(ev.Object)
				require.NoError(t, err)
				if m.GetAnnotations()[metav1.InitialEventsAnnotationKey] == "true" {
					sawInitialEnd = true
				}
			case watch.Added:
				s, ok := ev.Object.(*corev1.Secret)
				require.True(t, ok, "object is %T", ev.Object)
				seen = append(seen, s.Name)
			default:
				t.Fatalf("unexpected event %s", ev.Type)
			}
		case <-deadline:
			t.Fatalf("saw only %v within 30s", seen)
		}
	}
	assert.Equal(t, []string{"before", "after"}, seen, "initial event then the new object")
	assert.True(t, sawInitialEnd, "the initial-events-end bookmark came before the new object")
}
