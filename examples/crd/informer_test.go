package crd_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	stablev1 "github.com/skiff-k8s/skiff/examples/crd/apis/stable/v1"
	"github.com/skiff-k8s/skiff/examples/crd/informers"
)

// TestCronTabInformerAndLister runs the generated CronTab informer of the
// generated factory against the in-memory server serving the CRD: the
// lister sees objects created before and after the start, the namespace
// option narrows the cache, and ForResource finds the resource.
func TestCronTabInformerAndLister(t *testing.T) {
	ctx := context.Background()
	cs := newClientset(t)
	create := func(ns, name string) {
		t.Helper()
		ct := &stablev1.CronTab{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name, Labels: map[string]string{"team": ns}},
			Spec: stablev1.CronTabSpec{CronSpec: "* * * * *", Image: "i:1"}}
		_, err := cs.StableV1().CronTabs(ns).Create(ctx, ct, metav1.CreateOptions{})
		require.NoError(t, err)
	}
	create("default", "early")
	create("kube-system", "elsewhere")

	factory := informers.NewSharedInformerFactoryWithOptions(cs, 0, informers.WithNamespace("default"))
	cronTabs := factory.Stable().V1().CronTabs()
	lister := cronTabs.Lister()
	stop := make(chan struct{})
	defer func() {
		close(stop)
		factory.Shutdown()
	}()
	factory.Start(stop)
	require.Equal(t, map[reflect.Type]bool{reflect.TypeOf(&stablev1.CronTab{}): true}, factory.WaitForCacheSync(stop))

	got, err := lister.CronTabs("default").Get("early")
	require.NoError(t, err)
	assert.Equal(t, "i:1", got.Spec.Image)
	_, err = lister.CronTabs("kube-system").Get("elsewhere")
	assert.True(t, apierrors.IsNotFound(err), "a CronTab outside the factory's namespace: got %v, want NotFound", err)

	create("default", "late")
	require.Eventually(t, func() bool {
		all, err := lister.List(labels.SelectorFromSet(labels.Set{"team": "default"}))
		return err == nil && len(all) == 2
	}, 10*time.Second, 10*time.Millisecond, "the lister never saw CronTab default/late")

	generic, err := factory.ForResource(stablev1.SchemeGroupVersion.WithResource("crontabs"))
	require.NoError(t, err)
	objs, err := generic.Lister().List(labels.Everything())
	require.NoError(t, err)
	assert.Len(t, objs, 2)
}
