package fake

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	fakeappsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1/fake"
	fakecorev1 "github.com/skiff-k8s/skiff/kubernetes/typed/core/v1/fake"
	clienttesting "github.com/skiff-k8s/skiff/testing"
)

func TestGroupClientsAreTheTypedFakes(t *testing.T) {
	cs := NewSimpleClientset()
	core, ok := cs.CoreV1().(*fakecorev1.FakeCoreV1)
	require.True(t, ok, "got %T, want *fakecorev1.FakeCoreV1", cs.CoreV1())
	assert.Same(t, &cs.Fake, core.Fake, "the group client records on the clientset's Fake")
	_, ok = cs.AppsV1().(*fakeappsv1.FakeAppsV1)
	assert.True(t, ok, "got %T, want *fakeappsv1.FakeAppsV1", cs.AppsV1())

	core.PrependReactor("get", "secrets", func(clienttesting.Action) (bool, runtime.Object, error) {
		return true, nil, apierrors.NewServiceUnavailable("down")
	})
	_, err := cs.CoreV1().Secrets("default").Get(context.Background(), "s", metav1.GetOptions{})
	assert.True(t, apierrors.IsServiceUnavailable(err), "got %v", err)
}

func TestStandaloneTypedFake(t *testing.T) {
	f := &fakecorev1.FakeCoreV1{Fake: &clienttesting.Fake{}}
	ctx := context.Background()
	_, err := f.ConfigMaps("default").Create(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "c"}}, metav1.CreateOptions{})
	require.NoError(t, err)
	got, err := f.ConfigMaps("default").Get(ctx, "c", metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, "c", got.Name)
	assert.Len(t, f.Actions(), 2)
	assert.NotNil(t, f.RESTClient())
}
