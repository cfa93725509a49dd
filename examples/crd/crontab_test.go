package crd_test

import (
	"context"
	"testing"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	stablev1 "github.com/skiff-k8s/skiff/examples/crd/apis/stable/v1"
	"github.com/skiff-k8s/skiff/examples/crd/client"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// newClientset returns the generated clientset on an in-memory server
// serving the CronTab CRD.
func newClientset(t *testing.T) *client.Clientset {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		t.Fatalf("apiserver.New: %v", err)
	}
	if err := server.AddCRD(cronTabCRD); err != nil {
		t.Fatalf("AddCRD: %v", err)
	}
	cs, err := client.NewForConfig(server.RESTConfig())
	if err != nil {
		t.Fatalf("NewForConfig: %v", err)
	}
	return cs
}

func TestCronTabLifecycle(t *testing.T) {
	ctx := context.Background()
	crontabs := newClientset(t).StableV1().CronTabs("default")
	w, err := crontabs.Watch(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatalf("Watch: %v", err)
	}
	defer w.Stop()

	ct, err := crontabs.Create(ctx, &stablev1.CronTab{ObjectMeta: metav1.ObjectMeta{Name: "a"}, Spec: stablev1.CronTabSpec{CronSpec: "* * * * *", Image: "i:1"}}, metav1.CreateOptions{})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	ct.Spec.Image = "i:2"
	if ct, err = crontabs.Update(ctx, ct, metav1.UpdateOptions{}); err != nil || ct.Spec.Image != "i:2" {
		t.Fatalf("Update = %v, %v; want image i:2", ct, err)
	}
	patched, err := crontabs.Patch(ctx, "a", types.MergePatchType, []byte(`{"spec":{"replicas":2}}`), metav1.PatchOptions{})
	if err != nil || patched.Spec.Replicas == nil || *patched.Spec.Replicas != 2 {
		t.Fatalf("Patch = %v, %v; want replicas 2", patched, err)
	}
	got, err := crontabs.Get(ctx, "a", metav1.GetOptions{})
	if err != nil || got.Spec.Image != "i:2" || *got.Spec.Replicas != 2 {
		t.Fatalf("Get = %+v, %v", got, err)
	}
	if err := crontabs.Delete(ctx, "a", metav1.DeleteOptions{}); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := crontabs.Get(ctx, "a", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
		t.Errorf("Get after Delete: error = %v, want NotFound", err)
	}
	for _, want := range []watch.EventType{watch.Added, watch.Modified, watch.Modified, watch.Deleted} {
		select {
		case ev := <-w.ResultChan():
			obj, ok := ev.Object.(*stablev1.CronTab)
			if ev.Type != want || !ok || obj.Name != "a" {
				t.Errorf("watch event = %s %T, want %s *CronTab a", ev.Type, ev.Object, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no %s watch event", want)
		}
	}
}

func TestCronTabDeleteCollection(t *testing.T) {
	ctx := context.Background()
	crontabs := newClientset(t).StableV1().CronTabs("default")
	for _, name := range []string{"a", "b"} {
		ct := &stablev1.CronTab{ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{"x": name}}}
		if _, err := crontabs.Create(ctx, ct, metav1.CreateOptions{}); err != nil {
			t.Fatalf("Create %s: %v", name, err)
		}
	}
	if err := crontabs.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{LabelSelector: "x=a"}); err != nil {
		t.Fatalf("DeleteCollection: %v", err)
	}
	list, err := crontabs.List(ctx, metav1.ListOptions{})
	if err != nil || len(list.Items) != 1 || list.Items[0].Name != "b" {
		t.Fatalf("List after DeleteCollection = %+v, %v; want only b", list, err)
	}
}
