package dynamiclister_test

import (
	"errors"
	"slices"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic/dynamiclister"
	"github.com/skiff-k8s/skiff/internal/leakcheck"
	"github.com/skiff-k8s/skiff/tools/cache"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain fails the run when goroutines the tests started are still
// running after they end.
func TestMain(m *testing.M) { leakcheck.Main(m) }

var widgets = schema.GroupVersionResource{Group: "example.com", Version: "v1", Resource: "widgets"}

// object returns a Widget in namespace ns (cluster-scoped when empty)
// called name with labels.
func object(ns, name string, lbls map[string]string) *unstructured.Unstructured {
	u := &unstructured.Unstructured{}
	u.SetAPIVersion("example.com/v1")
	u.SetKind("Widget")
	u.SetNamespace(ns)
	u.SetName(name)
	u.SetLabels(lbls)
	return u
}

// newIndexer returns an indexer with the namespace index (unless plain)
// holding objs.
func newIndexer(t *testing.T, plain bool, objs ...interface{}) cache.Indexer {
	t.Helper()
	indexers := cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc}
	if plain {
		indexers = cache.Indexers{}
	}
	indexer := cache.NewIndexer(cache.MetaNamespaceKeyFunc, indexers)
	for _, obj := range objs {
		require.NoError(t, indexer.Add(obj), "adding %v", obj)
	}
	return indexer
}

// names returns the namespace/name keys of objs, sorted.
func names(objs []*unstructured.Unstructured) []string {
	var ret []string
	for _, o := range objs {
		ret = append(ret, cache.NewObjectName(o.GetNamespace(), o.GetName()).String())
	}
	slices.Sort(ret)
	return ret
}

func fixture() []interface{} {
	return []interface{}{
		object("ns-a", "one", map[string]string{"app": "web"}),
		object("ns-a", "two", map[string]string{"app": "db"}),
		object("ns-b", "three", map[string]string{"app": "web"}),
		object("", "global", map[string]string{"app": "web", "tier": "top"}),
	}
}

func TestListerList(t *testing.T) {
	tests := []struct {
		name     string
		selector labels.Selector
		want     []string
	}{
		{"everything", labels.Everything(), []string{"global", "ns-a/one", "ns-a/two", "ns-b/three"}},
		{"nil selector", nil, []string{"global", "ns-a/one", "ns-a/two", "ns-b/three"}},
		{"app=web", labels.SelectorFromSet(labels.Set{"app": "web"}), []string{"global", "ns-a/one", "ns-b/three"}},
		{"tier exists", mustParse(t, "tier"), []string{"global"}},
		{"no match", labels.SelectorFromSet(labels.Set{"app": "cache"}), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := dynamiclister.New(newIndexer(t, false, fixture()...), widgets).List(tc.selector)
			require.NoError(t, err)
			assert.Equal(t, tc.want, names(got), "List(%v)", tc.selector)
		})
	}
}

func TestNamespaceListerList(t *testing.T) {
	tests := []struct {
		name      string
		plain     bool
		namespace string
		selector  labels.Selector
		want      []string
	}{
		{"namespace a", false, "ns-a", labels.Everything(), []string{"ns-a/one", "ns-a/two"}},
		{"namespace a app=web", false, "ns-a", labels.SelectorFromSet(labels.Set{"app": "web"}), []string{"ns-a/one"}},
		{"empty namespace", false, "ns-c", labels.Everything(), nil},
		{"all namespaces", false, "", labels.Everything(), []string{"global", "ns-a/one", "ns-a/two", "ns-b/three"}},
		{"without namespace index", true, "ns-b", labels.Everything(), []string{"ns-b/three"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := dynamiclister.New(newIndexer(t, tc.plain, fixture()...), widgets)
			got, err := l.Namespace(tc.namespace).List(tc.selector)
			require.NoError(t, err)
			assert.Equal(t, tc.want, names(got), "Namespace(%q).List(%v)", tc.namespace, tc.selector)
		})
	}
}

func TestGet(t *testing.T) {
	l := dynamiclister.New(newIndexer(t, false, fixture()...), widgets)
	tests := []struct {
		name     string
		get      func() (*unstructured.Unstructured, error)
		want     string
		notFound string
	}{
		{"cluster-scoped", func() (*unstructured.Unstructured, error) { return l.Get("global") }, "global", ""},
		{"namespaced", func() (*unstructured.Unstructured, error) { return l.Namespace("ns-b").Get("three") }, "ns-b/three", ""},
		{"wrong namespace", func() (*unstructured.Unstructured, error) { return l.Namespace("ns-a").Get("three") }, "", "three"},
		{"missing cluster-scoped", func() (*unstructured.Unstructured, error) { return l.Get("one") }, "", "one"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.get()
			if tc.notFound != "" {
				require.Error(t, err)
				assert.Nil(t, got)
				assert.True(t, apierrors.IsNotFound(err), "IsNotFound(%v)", err)
				var status *apierrors.StatusError
				require.True(t, errors.As(err, &status), "error %T is not a StatusError", err)
				details := status.ErrStatus.Details
				require.NotNil(t, details)
				assert.Equal(t, "example.com", details.Group)
				assert.Equal(t, "widgets", details.Kind)
				assert.Equal(t, tc.notFound, details.Name)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []string{tc.want}, names([]*unstructured.Unstructured{got}))
		})
	}
}

func TestWrongStoredType(t *testing.T) {
	indexer := newIndexer(t, false, object("ns-a", "one", nil))
	require.NoError(t, indexer.Add(&corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Namespace: "ns-a", Name: "odd"}}))
	l := dynamiclister.New(indexer, widgets)

	_, err := l.Namespace("ns-a").Get("odd")
	require.Error(t, err)
	assert.False(t, apierrors.IsNotFound(err), "a stored non-Unstructured must not read as NotFound: %v", err)
	assert.Contains(t, err.Error(), "not an *unstructured.Unstructured")

	got, err := l.Namespace("ns-a").List(labels.Everything())
	require.NoError(t, err)
	assert.Equal(t, []string{"ns-a/one"}, names(got), "List skips values of other types")
}

func mustParse(t *testing.T, s string) labels.Selector {
	t.Helper()
	sel, err := labels.Parse(s)
	require.NoError(t, err, "labels.Parse(%q)", s)
	return sel
}
