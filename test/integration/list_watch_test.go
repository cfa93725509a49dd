//go:build integration

package integration

import (
	"fmt"
	"sort"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListPagination lists seven ConfigMaps three at a time with limit
// and continue, and checks every item comes back exactly once with the
// remaining count the server reports.
func TestListPagination(t *testing.T) {
	e := newEnv(t)
	var want []string
	for i := 0; i < 7; i++ {
		cm := configMap(fmt.Sprintf("page-%d", i), nil)
		cm.Labels = map[string]string{"set": "paged"}
		require.NoError(t, e.core.Post().Namespace(e.ns).Resource("configmaps").Body(cm).Do(e.ctx).Error())
		want = append(want, cm.Name)
	}
	var got []string
	var pages int
	opts := metav1.ListOptions{Limit: 3}
	for {
		list := &corev1.ConfigMapList{}
		require.NoError(t, e.core.Get().Namespace(e.ns).Resource("configmaps").
			VersionedParams(&opts, e.ts.params).Do(e.ctx).Into(list), "list page %d", pages)
		pages++
		assert.LessOrEqual(t, len(list.Items), 3, "page %d size", pages)
		for _, it := range list.Items {
			got = append(got, it.Name)
		}
		if list.Continue == "" {
			assert.Nil(t, list.RemainingItemCount, "last page has no remainingItemCount")
			break
		}
		require.NotNil(t, list.RemainingItemCount, "page %d: remainingItemCount", pages)
		assert.Equal(t, int64(len(want)-len(got)), *list.RemainingItemCount, "page %d: remainingItemCount", pages)
		opts.Continue = list.Continue
		require.Less(t, pages, 10, "pagination does not end")
	}
	sort.Strings(got)
	assert.Equal(t, want, got, "items over all pages")
	assert.Equal(t, 3, pages, "pages for 7 items at limit 3")

	// With a selector the server cannot count what remains.
	require.NoError(t, e.core.Post().Namespace(e.ns).Resource("configmaps").Body(configMap("other", nil)).Do(e.ctx).Error())
	list := &corev1.ConfigMapList{}
	sel := metav1.ListOptions{LabelSelector: "set=paged", Limit: 5}
	require.NoError(t, e.core.Get().Namespace(e.ns).Resource("configmaps").
		VersionedParams(&sel, e.ts.params).Do(e.ctx).Into(list), "list with selector")
	assert.Len(t, list.Items, 5)
	assert.NotEmpty(t, list.Continue, "continue with a selector")
	assert.Nil(t, list.RemainingItemCount, "no remainingItemCount with a selector")
}

// TestWatchEvents watches ConfigMaps from a list's resourceVersion and
// sees ADDED, MODIFIED and DELETED in order, each carrying the object.
func TestWatchEvents(t *testing.T) {
	e := newEnv(t)
	list := &corev1.ConfigMapList{}
	require.NoError(t, e.core.Get().Namespace(e.ns).Resource("configmaps").Do(e.ctx).Into(list), "list")
	opts := metav1.ListOptions{Watch: true, ResourceVersion: list.ResourceVersion}
	w, err := e.core.Get().Namespace(e.ns).Resource("configmaps").VersionedParams(&opts, e.ts.params).Watch(e.ctx)
	require.NoError(t, err, "watch")
	defer w.Stop()

	cm := configMap("watched", map[string]string{"v": "1"})
	require.NoError(t, e.core.Post().Namespace(e.ns).Resource("configmaps").Body(cm).Do(e.ctx).Into(cm), "create")
	cm.Data["v"] = "2"
	require.NoError(t, e.core.Put().Namespace(e.ns).Resource("configmaps").Name(cm.Name).Body(cm).Do(e.ctx).Into(cm), "update")
	require.NoError(t, e.core.Delete().Namespace(e.ns).Resource("configmaps").Name(cm.Name).Do(e.ctx).Error(), "delete")

	want := []struct {
		typ watch.EventType
		v   string
	}{{watch.Added, "1"}, {watch.Modified, "2"}, {watch.Deleted, "2"}}
	for i, w2 := range want {
		select {
		case ev, ok := <-w.ResultChan():
			require.True(t, ok, "event %d: channel closed early", i)
			require.Equal(t, w2.typ, ev.Type, "event %d type", i)
			got, ok := ev.Object.(*corev1.ConfigMap)
			require.True(t, ok, "event %d object is %T, want *ConfigMap", i, ev.Object)
			assert.Equal(t, "watched", got.Name, "event %d name", i)
			assert.Equal(t, w2.v, got.Data["v"], "event %d data", i)
		case <-time.After(30 * time.Second):
			t.Fatalf("event %d (%s): none within 30s", i, w2.typ)
		}
	}
	w.Stop()
	for range w.ResultChan() {
	}
}
