package informer_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/gentype/informer"
	"github.com/skiff-k8s/skiff/internal/leakcheck"
	"github.com/skiff-k8s/skiff/tools/cache"
)

func TestMain(m *testing.M) { leakcheck.Main(m) }

// fakeClient records the options of its calls and fails them when err is
// set.
type fakeClient struct {
	opts []metav1.ListOptions
	err  error
}

func (c *fakeClient) List(_ context.Context, opts metav1.ListOptions) (*corev1.PodList, error) {
	c.opts = append(c.opts, opts)
	if c.err != nil {
		return nil, c.err
	}
	return &corev1.PodList{}, nil
}

func (c *fakeClient) Watch(_ context.Context, opts metav1.ListOptions) (watch.Interface, error) {
	c.opts = append(c.opts, opts)
	if c.err != nil {
		return nil, c.err
	}
	return watch.NewEmptyWatch(), nil
}

func TestNewListWatch(t *testing.T) {
	tweak := func(o *metav1.ListOptions) { o.LabelSelector = "app=web" }
	cases := []struct {
		name  string
		tweak func(*metav1.ListOptions)
		want  string
	}{
		{"tweak applied", tweak, "app=web"},
		{"nil tweak", nil, "tier=front"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &fakeClient{}
			lw := informer.NewListWatch[*corev1.PodList](c, tc.tweak)
			_, err := lw.ListWithContext(context.Background(), metav1.ListOptions{LabelSelector: "tier=front"})
			require.NoError(t, err)
			w, err := lw.WatchWithContext(context.Background(), metav1.ListOptions{LabelSelector: "tier=front"})
			require.NoError(t, err)
			w.Stop()
			require.Len(t, c.opts, 2)
			for _, o := range c.opts {
				assert.Equal(t, tc.want, o.LabelSelector)
			}
		})
	}
}

func TestNewListWatchErrorGivesNilObject(t *testing.T) {
	boom := errors.New("boom")
	lw := informer.NewListWatch[*corev1.PodList](&fakeClient{err: boom}, nil)
	obj, err := lw.ListWithContext(context.Background(), metav1.ListOptions{})
	assert.ErrorIs(t, err, boom)
	assert.True(t, obj == nil, "a failed List must return a nil Object, got %#v", obj)
}

func TestForResource(t *testing.T) {
	pods := schema.GroupVersionResource{Version: "v1", Resource: "pods"}
	inf := cache.NewSharedIndexInformer(informer.NewListWatch[*corev1.PodList](&fakeClient{}, nil), &corev1.Pod{}, 0, cache.Indexers{})
	table := map[schema.GroupVersionResource]func(string) cache.SharedIndexInformer{
		pods: func(string) cache.SharedIndexInformer { return inf },
	}
	cases := []struct {
		name    string
		gvr     schema.GroupVersionResource
		wantErr bool
	}{
		{"known", pods, false},
		{"unknown", schema.GroupVersionResource{Group: "x", Version: "v1", Resource: "ys"}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g, err := informer.ForResource("factory", table, tc.gvr)
			if tc.wantErr {
				assert.ErrorContains(t, err, "no informer found for")
				assert.Nil(t, g)
				return
			}
			require.NoError(t, err)
			assert.Same(t, inf, g.Informer())
			assert.NotNil(t, g.Lister())
		})
	}
}

func TestApplyOptions(t *testing.T) {
	type opt func(string) string
	got := informer.ApplyOptions("a", []opt{
		func(s string) string { return s + "b" },
		func(s string) string { return s + "c" },
	})
	assert.Equal(t, "abc", got)
	assert.Equal(t, "a", informer.ApplyOptions[string, opt]("a", nil))
}
