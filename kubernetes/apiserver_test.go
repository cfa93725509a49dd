package kubernetes_test

import (
	"context"
	"testing"
	"time"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// inMemory returns a clientset on a fresh in-memory API server.
func inMemory(t *testing.T) *kubernetes.Clientset {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		t.Fatalf("apiserver.New: %v", err)
	}
	cs, err := kubernetes.NewForConfig(server.RESTConfig())
	if err != nil {
		t.Fatalf("NewForConfig: %v", err)
	}
	return cs
}

func TestInMemoryPods(t *testing.T) {
	ctx := context.Background()
	pods := inMemory(t).CoreV1().Pods("default")
	w, err := pods.Watch(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatalf("Watch: %v", err)
	}
	defer w.Stop()
	pod := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "p1", Labels: map[string]string{"app": "web"}},
		Spec: corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "nginx"}}}}
	created, err := pods.Create(ctx, pod, metav1.CreateOptions{})
	if err != nil || created.UID == "" || created.ResourceVersion == "" {
		t.Fatalf("Create = %+v, %v; want a stored pod", created, err)
	}
	if _, err := pods.Create(ctx, pod, metav1.CreateOptions{}); !apierrors.IsAlreadyExists(err) {
		t.Errorf("second Create: error = %v, want AlreadyExists", err)
	}
	created.Status.Phase = corev1.PodRunning
	if got, err := pods.UpdateStatus(ctx, created, metav1.UpdateOptions{}); err != nil || got.Status.Phase != corev1.PodRunning {
		t.Fatalf("UpdateStatus = %v, %v", got, err)
	}
	patched, err := pods.Patch(ctx, "p1", types.MergePatchType, []byte(`{"metadata":{"labels":{"tier":"1"}}}`), metav1.PatchOptions{})
	if err != nil || patched.Labels["tier"] != "1" || patched.Status.Phase != corev1.PodRunning {
		t.Fatalf("Patch = %+v, %v", patched, err)
	}
	list, err := pods.List(ctx, metav1.ListOptions{LabelSelector: "app=web"})
	if err != nil || len(list.Items) != 1 || list.ResourceVersion == "" {
		t.Fatalf("List = %+v, %v; want one pod", list, err)
	}
	if err := pods.Delete(ctx, "p1", metav1.DeleteOptions{GracePeriodSeconds: new(int64)}); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	for _, want := range []watch.EventType{watch.Added, watch.Modified, watch.Modified} {
		select {
		case ev := <-w.ResultChan():
			if p, ok := ev.Object.(*corev1.Pod); ev.Type != want || !ok || p.Name != "p1" {
				t.Errorf("watch event = %s %T, want %s *v1.Pod p1", ev.Type, ev.Object, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no %s event", want)
		}
	}
}

func TestInMemoryClusterScopedAndSubresources(t *testing.T) {
	ctx := context.Background()
	cs := inMemory(t)
	ns, err := cs.CoreV1().Namespaces().Get(ctx, "kube-system", metav1.GetOptions{})
	if err != nil || ns.Name != "kube-system" {
		t.Fatalf("Namespaces().Get = %v, %v", ns, err)
	}
	node, err := cs.CoreV1().Nodes().Create(ctx, &corev1.Node{ObjectMeta: metav1.ObjectMeta{Name: "n1"}}, metav1.CreateOptions{})
	if err != nil || node.Namespace != "" {
		t.Fatalf("Nodes().Create = %v, %v", node, err)
	}
	if _, err := cs.CoreV1().Nodes().PatchStatus(ctx, "n1", []byte(`{"status":{"phase":"Running"}}`)); err != nil {
		t.Errorf("PatchStatus: %v", err)
	}
	replicas := int32(1)
	dep := &appsv1.Deployment{ObjectMeta: metav1.ObjectMeta{Name: "d1"}, Spec: appsv1.DeploymentSpec{
		Replicas: &replicas,
		Selector: &metav1.LabelSelector{MatchLabels: map[string]string{"app": "d"}},
		Template: corev1.PodTemplateSpec{ObjectMeta: metav1.ObjectMeta{Labels: map[string]string{"app": "d"}},
			Spec: corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "i"}}}},
	}}
	deployments := cs.AppsV1().Deployments("default")
	if _, err := deployments.Create(ctx, dep, metav1.CreateOptions{}); err != nil {
		t.Fatalf("Deployments().Create: %v", err)
	}
	scale, err := deployments.GetScale(ctx, "d1", metav1.GetOptions{})
	if err != nil || scale.Spec.Replicas != 1 {
		t.Fatalf("GetScale = %+v, %v; want 1 replica", scale, err)
	}
	scale.Spec.Replicas = 3
	if _, err := deployments.UpdateScale(ctx, "d1", scale, metav1.UpdateOptions{}); err != nil {
		t.Fatalf("UpdateScale: %v", err)
	}
	if got, err := deployments.Get(ctx, "d1", metav1.GetOptions{}); err != nil || *got.Spec.Replicas != 3 {
		t.Errorf("replicas after UpdateScale = %v, %v; want 3", got.Spec.Replicas, err)
	}
	crs, err := cs.RbacV1().ClusterRoles().List(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatalf("ClusterRoles().List: %v", err)
	}
	for _, cr := range crs.Items {
		if cr.Namespace != "" {
			t.Errorf("cluster role %s has namespace %q", cr.Name, cr.Namespace)
		}
	}
}
