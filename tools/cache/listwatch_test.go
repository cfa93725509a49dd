package cache

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

type reflCtxKey struct{}

// TestListWatchDispatch checks which function each ListWatch method calls.
func TestListWatchDispatch(t *testing.T) {
	ctx := context.WithValue(context.Background(), reflCtxKey{}, "mine")
	withCtxList := func(ctx context.Context, _ metav1.ListOptions) (runtime.Object, error) {
		return &corev1.PodList{ListMeta: metav1.ListMeta{ResourceVersion: "ctx:" + reflStr(ctx.Value(reflCtxKey{}))}}, nil
	}
	plainList := func(metav1.ListOptions) (runtime.Object, error) {
		return &corev1.PodList{ListMeta: metav1.ListMeta{ResourceVersion: "plain"}}, nil
	}
	tests := []struct {
		name    string
		lw      *ListWatch
		want    string
		wantErr error
	}{
		{name: "context func preferred", lw: &ListWatch{ListFunc: plainList, ListWithContextFunc: withCtxList}, want: "ctx:mine"},
		{name: "plain func fallback", lw: &ListWatch{ListFunc: plainList}, want: "plain"},
		{name: "neither", lw: &ListWatch{}, wantErr: errNoListFunc},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.lw.ListWithContext(ctx, metav1.ListOptions{})
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				_, werr := tt.lw.WatchWithContext(ctx, metav1.ListOptions{})
				require.ErrorIs(t, werr, errNoWatchFunc)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.(*corev1.PodList).ResourceVersion, "got list RV")
			plain, err := tt.lw.List(metav1.ListOptions{})
			require.NoError(t, err)
			assert.NotEqual(t, "ctx:mine", plain.(*corev1.PodList).ResourceVersion, "List must not see the caller's context")
		})
	}
}

func reflStr(v any) string {
	s, _ := v.(string)
	return s
}

// reflPlainLW is a ListerWatcher without the context methods.
type reflPlainLW struct{ calls []string }

func (p *reflPlainLW) List(metav1.ListOptions) (runtime.Object, error) {
	p.calls = append(p.calls, "list")
	return &corev1.PodList{}, nil
}

func (p *reflPlainLW) Watch(metav1.ListOptions) (watch.Interface, error) {
	p.calls = append(p.calls, "watch")
	return watch.NewEmptyWatch(), nil
}

// TestToWithContextAdapters checks that the adapters pass through types
// that already have the context methods and wrap those that do not.
func TestToWithContextAdapters(t *testing.T) {
	lw := &ListWatch{}
	assert.Same(t, lw, ToListerWatcherWithContext(lw).(*ListWatch), "a ListWatch is returned as is")
	assert.Same(t, lw, ToListerWithContext(lw).(*ListWatch))
	assert.Same(t, lw, ToWatcherWithContext(lw).(*ListWatch))

	p := &reflPlainLW{}
	ctx := context.Background()
	_, err := ToListerWatcherWithContext(p).ListWithContext(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	w, err := ToListerWatcherWithContext(p).WatchWithContext(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	w.Stop()
	_, err = ToListerWithContext(p).ListWithContext(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	w, err = ToWatcherWithContext(p).WatchWithContext(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	w.Stop()
	assert.Equal(t, []string{"list", "watch", "list", "watch"}, p.calls)
}

// TestListWatchFromClient lists and watches config maps of one namespace
// through the in-memory server with a field selector.
func TestListWatchFromClient(t *testing.T) {
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	t.Cleanup(server.Close)
	cs, err := kubernetes.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	ctx := context.Background()
	cm := func(ns, name string) *corev1.ConfigMap {
		return &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name}}
	}
	require.NoError(t, server.Add(cm("a", "x"), cm("a", "y"), cm("b", "x")))
	lw := NewListWatchFromClient(cs.CoreV1().RESTClient(), "configmaps", "a", fields.OneTermNotEqualSelector("metadata.name", "y"))
	obj, err := lw.ListWithContext(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	list, ok := obj.(*corev1.ConfigMapList)
	require.True(t, ok, "got %T, want *v1.ConfigMapList", obj)
	require.Len(t, list.Items, 1)
	assert.Equal(t, "a/x", list.Items[0].Namespace+"/"+list.Items[0].Name)

	w, err := lw.WatchWithContext(ctx, metav1.ListOptions{ResourceVersion: list.ResourceVersion})
	require.NoError(t, err)
	defer w.Stop()
	gvr := corev1.SchemeGroupVersion.WithResource("configmaps")
	for _, c := range []*corev1.ConfigMap{cm("b", "z"), cm("a", "y2")} {
		_, err := server.Create(gvr, c.Namespace, c)
		require.NoError(t, err)
	}
	e := <-w.ResultChan()
	require.Equal(t, watch.Added, e.Type)
	got := e.Object.(*corev1.ConfigMap)
	assert.Equal(t, "a/y2", got.Namespace+"/"+got.Name, "only selected objects of the namespace are seen")
}

// TestFilteredListWatchNilModifier checks a nil modifier is allowed.
func TestFilteredListWatchNilModifier(t *testing.T) {
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	t.Cleanup(server.Close)
	cs, err := kubernetes.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	lw := NewFilteredListWatchFromClient(cs.CoreV1().RESTClient(), "pods", metav1.NamespaceAll, nil)
	obj, err := lw.List(metav1.ListOptions{})
	require.NoError(t, err)
	_, ok := obj.(*corev1.PodList)
	assert.True(t, ok, "got %T, want *v1.PodList", obj)
	_, err = lw.ListWithContext(context.Background(), metav1.ListOptions{LabelSelector: "=bad"})
	assert.True(t, err != nil && !errors.Is(err, errNoListFunc), "a bad selector is the server's error, got %v", err)
}
