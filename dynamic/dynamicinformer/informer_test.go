package dynamicinformer_test

import (
	"context"
	"fmt"
	"testing"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic/dynamicinformer"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestForResourceSharesInformers(t *testing.T) {
	client, _ := newClient(t)
	f := dynamicinformer.NewDynamicSharedInformerFactory(client, 0)
	first := f.ForResource(configMaps)
	assert.Same(t, first, f.ForResource(configMaps), "a second ForResource of the same resource")
	assert.Same(t, first.Informer(), f.ForResource(configMaps).Informer(), "the informer of the same resource")
	assert.NotSame(t, first, f.ForResource(crontabs), "ForResource of another resource")
}

func TestInformerSeesChanges(t *testing.T) {
	tests := []struct {
		gvr    schema.GroupVersionResource
		object func(name string) *unstructured.Unstructured
		edit   func(u *unstructured.Unstructured)
	}{
		{
			gvr: configMaps,
			object: func(name string) *unstructured.Unstructured {
				return configMap("ns", name, nil, map[string]string{"k": "1"})
			},
			edit: func(u *unstructured.Unstructured) { u.Object["data"] = map[string]interface{}{"k": "2"} },
		},
		{
			gvr:    crontabs,
			object: func(name string) *unstructured.Unstructured { return crontab("ns", name, "@daily") },
			edit:   func(u *unstructured.Unstructured) { u.Object["spec"] = map[string]interface{}{"cronSpec": "@hourly"} },
		},
	}
	for _, tc := range tests {
		t.Run(tc.gvr.Resource, func(t *testing.T) {
			client, _ := newClient(t)
			ctx := context.Background()
			resource := client.Resource(tc.gvr).Namespace("ns")
			create(t, client, tc.gvr, tc.object("before"))

			f := dynamicinformer.NewDynamicSharedInformerFactory(client, 0)
			stop := stopOnCleanup(t, f.Shutdown)
			informer := f.ForResource(tc.gvr)
			rec := newRecorder()
			_, err := informer.Informer().AddEventHandler(rec)
			require.NoError(t, err, "AddEventHandler")
			f.Start(stop)
			assert.Equal(t, map[schema.GroupVersionResource]bool{tc.gvr: true}, f.WaitForCacheSync(stop), "WaitForCacheSync")
			assert.Equal(t, "add ns/before", rec.next(t), "the initial list")
			lister := informer.Lister().ByNamespace("ns")

			created := create(t, client, tc.gvr, tc.object("after"))
			assert.Equal(t, "add ns/after", rec.next(t), "after a create")
			got, err := lister.Get("after")
			require.NoError(t, err, "lister Get after the add")
			assert.Equal(t, created.GetUID(), got.(*unstructured.Unstructured).GetUID(), "cached uid")

			tc.edit(created)
			updated, err := resource.Update(ctx, created, metav1.UpdateOptions{})
			require.NoError(t, err, "update")
			want := fmt.Sprintf("update ns/after rv %s->%s", created.GetResourceVersion(), updated.GetResourceVersion())
			assert.Equal(t, want, rec.next(t), "after an update")
			got, err = lister.Get("after")
			require.NoError(t, err, "lister Get after the update")
			assert.Equal(t, updated.Object, got.(*unstructured.Unstructured).Object, "cached object after the update")

			require.NoError(t, resource.Delete(ctx, "after", metav1.DeleteOptions{}), "delete")
			assert.Equal(t, "delete ns/after", rec.next(t), "after a delete")
			_, err = lister.Get("after")
			assert.True(t, apierrors.IsNotFound(err), "lister Get after the delete: want NotFound, got %v", err)
			all, err := informer.Lister().List(labels.Everything())
			require.NoError(t, err)
			assert.Len(t, all, 1, "objects cached at the end")
		})
	}
}

func TestFilteredFactory(t *testing.T) {
	client, _ := newClient(t)
	for _, cm := range []*unstructured.Unstructured{
		configMap("a", "web", map[string]string{"app": "web"}, nil),
		configMap("a", "db", map[string]string{"app": "db"}, nil),
		configMap("b", "web", map[string]string{"app": "web"}, nil),
	} {
		create(t, client, configMaps, cm)
	}
	tweaks := &counter{}
	tweak := func(o *metav1.ListOptions) {
		tweaks.inc()
		o.LabelSelector = "app=web"
	}
	f := dynamicinformer.NewFilteredDynamicSharedInformerFactory(client, 0, "a", tweak)
	stop := stopOnCleanup(t, f.Shutdown)
	informer := f.ForResource(configMaps)
	f.Start(stop)
	require.True(t, f.WaitForCacheSync(stop)[configMaps], "WaitForCacheSync")

	objs, err := informer.Lister().List(labels.Everything())
	require.NoError(t, err)
	var got []string
	for _, o := range objs {
		u := o.(*unstructured.Unstructured)
		got = append(got, u.GetNamespace()+"/"+u.GetName())
	}
	assert.Equal(t, []string{"a/web"}, got, "objects cached by a factory of namespace a with app=web")
	assert.Positive(t, tweaks.get(), "tweakListOptions calls")

	indexed, err := informer.Informer().GetIndexer().ByIndex(cache.NamespaceIndex, "a")
	require.NoError(t, err, "the factory's informers have the namespace index")
	assert.Len(t, indexed, 1)
}

func TestWaitForCacheSyncOnlyStarted(t *testing.T) {
	client, _ := newClient(t)
	f := dynamicinformer.NewDynamicSharedInformerFactory(client, 0)
	stop := stopOnCleanup(t, f.Shutdown)
	assert.Empty(t, f.WaitForCacheSync(stop), "nothing requested")
	f.ForResource(configMaps)
	assert.Empty(t, f.WaitForCacheSync(stop), "requested but not started")
	f.Start(stop)
	f.ForResource(crontabs)
	assert.Equal(t, map[schema.GroupVersionResource]bool{configMaps: true}, f.WaitForCacheSync(stop),
		"one started, one requested after Start")
	f.Start(stop)
	assert.Equal(t, map[schema.GroupVersionResource]bool{configMaps: true, crontabs: true}, f.WaitForCacheSync(stop),
		"both started")
}

func TestWaitForCacheSyncStopped(t *testing.T) {
	client, server := newClient(t)
	// Every list fails, so the cache never syncs.
	server.InjectFault(apiserverFault())
	f := dynamicinformer.NewDynamicSharedInformerFactory(client, 0)
	stop := make(chan struct{})
	f.ForResource(configMaps)
	f.Start(stop)
	close(stop)
	assert.Equal(t, map[schema.GroupVersionResource]bool{configMaps: false}, f.WaitForCacheSync(stop),
		"WaitForCacheSync with a closed stop channel and an unsynced informer")
	f.Shutdown()
}

func TestShutdown(t *testing.T) {
	client, _ := newClient(t)
	f := dynamicinformer.NewDynamicSharedInformerFactory(client, 0)
	stop := make(chan struct{})
	informer := f.ForResource(configMaps)
	f.Start(stop)
	require.True(t, f.WaitForCacheSync(stop)[configMaps])
	close(stop)
	f.Shutdown() // returns once the informer has stopped
	assert.True(t, informer.Informer().IsStopped(), "informer stopped after Shutdown")

	f.ForResource(crontabs)
	stop2 := make(chan struct{})
	defer close(stop2)
	f.Start(stop2)
	assert.Equal(t, map[schema.GroupVersionResource]bool{configMaps: true}, f.WaitForCacheSync(stop2),
		"Start after Shutdown starts nothing")
}

func TestNewFilteredDynamicInformer(t *testing.T) {
	client, _ := newClient(t)
	create(t, client, crontabs, crontab("x", "daily", "@daily"))
	create(t, client, crontabs, crontab("y", "daily", "@daily"))
	create(t, client, crontabs, crontab("x", "hourly", "@hourly"))
	bySpec := func(obj interface{}) ([]string, error) {
		spec, _, err := unstructured.NestedString(obj.(*unstructured.Unstructured).Object, "spec", "cronSpec")
		return []string{spec}, err
	}
	informer := dynamicinformer.NewFilteredDynamicInformer(client, crontabs, "x", 0, cache.Indexers{"spec": bySpec}, nil)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		informer.Informer().Run(stop)
	}()
	t.Cleanup(func() { close(stop); <-done })
	require.True(t, cache.WaitForCacheSync(stop, informer.Informer().HasSynced), "synced")

	daily, err := informer.Informer().GetIndexer().ByIndex("spec", "@daily")
	require.NoError(t, err, "ByIndex")
	require.Len(t, daily, 1, "@daily CronTabs in namespace x")
	assert.Equal(t, "x", daily[0].(*unstructured.Unstructured).GetNamespace())

	_, err = informer.Lister().Get("weekly")
	assert.EqualError(t, err, `crontabs.stable.example.com "weekly" not found`)
}

// apiserverFault fails every configmap list with 403 Forbidden, which is
// not retried.
func apiserverFault() apiserver.Fault {
	return apiserver.Fault{Method: "GET", PathPrefix: "/api/v1/configmaps", Status: 403}
}

func TestInformerRecoversFromWatchGone(t *testing.T) {
	client, server := newClient(t)
	// The first two watches end with 410 Gone — the initial watch-list,
	// then the watch after the fallback list: the informer must list again
	// and keep watching.
	server.InjectFault(apiserver.Fault{PathPrefix: "/apis/stable.example.com/v1/crontabs", Query: "watch=true", WatchGone: true, Times: 2})
	f := dynamicinformer.NewDynamicSharedInformerFactory(client, 0)
	stop := stopOnCleanup(t, f.Shutdown)
	informer := f.ForResource(crontabs)
	rec := newRecorder()
	_, err := informer.Informer().AddEventHandler(rec)
	require.NoError(t, err)
	f.Start(stop)
	require.True(t, f.WaitForCacheSync(stop)[crontabs])

	create(t, client, crontabs, crontab("ns", "late", "@daily"))
	assert.Equal(t, "add ns/late", rec.next(t), "a create after the watch was gone")
	got, err := informer.Lister().ByNamespace("ns").Get("late")
	require.NoError(t, err)
	assert.Equal(t, "late", got.(*unstructured.Unstructured).GetName())
}
