package pager_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/pager"
)

// TestExpiredContinueAgainstAPIServer compacts the in-memory server after
// the first page, so the continue token expires (410), and checks that
// List falls back to one full list while EachListItem reports the error.
func TestExpiredContinueAgainstAPIServer(t *testing.T) {
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	defer server.Close()
	client, err := dynamic.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	ctx := context.Background()
	cms := client.Resource(schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}).Namespace("default")
	for i := 0; i < 5; i++ {
		cm := &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "ConfigMap"}}
		cm.SetName(fmt.Sprintf("cm-%d", i))
		_, err := cms.Create(ctx, cm, metav1.CreateOptions{})
		require.NoError(t, err)
	}
	var calls []metav1.ListOptions
	runs := 0
	pageFn := func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		calls = append(calls, opts)
		list, err := cms.List(ctx, opts)
		if err == nil && len(calls) == 1 {
			runs++
			// Another write, then a compaction: the token now points before
			// the oldest kept revision.
			cm := &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "ConfigMap"}}
			cm.SetName(fmt.Sprintf("late-%d", runs))
			if _, err := cms.Create(ctx, cm, metav1.CreateOptions{}); err != nil {
				return nil, err
			}
			server.Compact()
		}
		return list, err
	}
	p := pager.New(pageFn)
	p.PageSize = 2
	got, paginated, err := p.List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	assert.True(t, paginated)
	assert.Equal(t, 6, meta.LenList(got), "the full list holds every config map")
	require.Len(t, calls, 3)
	assert.NotEmpty(t, calls[1].Continue)
	assert.Equal(t, metav1.ListOptions{}, calls[2], "the fallback is an un-paginated list")

	calls = nil
	err = p.EachListItem(ctx, metav1.ListOptions{}, func(runtime.Object) error { return nil })
	assert.True(t, apierrors.IsResourceExpired(err) || apierrors.IsGone(err), "EachListItem: got %v, want 410", err)
}
