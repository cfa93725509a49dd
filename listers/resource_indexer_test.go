package listers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/internal/leakcheck"
	"github.com/skiff-k8s/skiff/listers"
	"github.com/skiff-k8s/skiff/tools/cache"
)

func TestMain(m *testing.M) { leakcheck.Main(m) }

var podResource = schema.GroupResource{Resource: "pod"}

func pod(ns, name string, lbls map[string]string) *corev1.Pod {
	return &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name, Labels: lbls}}
}

// newIndexer returns an indexer holding objs, with a namespace index when
// indexed is true.
func newIndexer(t testing.TB, indexed bool, objs ...interface{}) cache.Indexer {
	t.Helper()
	indexers := cache.Indexers{}
	if indexed {
		indexers[cache.NamespaceIndex] = cache.MetaNamespaceIndexFunc
	}
	idx := cache.NewIndexer(cache.MetaNamespaceKeyFunc, indexers)
	for _, o := range objs {
		require.NoError(t, idx.Add(o))
	}
	return idx
}

func names(pods []*corev1.Pod) []string {
	var out []string
	for _, p := range pods {
		out = append(out, p.Namespace+"/"+p.Name)
	}
	return out
}

func TestResourceIndexerList(t *testing.T) {
	objs := []interface{}{
		pod("a", "web", map[string]string{"app": "web"}),
		pod("a", "db", map[string]string{"app": "db"}),
		pod("b", "web", map[string]string{"app": "web"}),
	}
	cases := []struct {
		name      string
		namespace string
		selector  labels.Selector
		want      []string
	}{
		{"all namespaces, everything", "", labels.Everything(), []string{"a/db", "a/web", "b/web"}},
		{"all namespaces, nil selector", "", nil, []string{"a/db", "a/web", "b/web"}},
		{"all namespaces, app=web", "", labels.SelectorFromSet(labels.Set{"app": "web"}), []string{"a/web", "b/web"}},
		{"namespace a", "a", labels.Everything(), []string{"a/db", "a/web"}},
		{"namespace a, app=web", "a", labels.SelectorFromSet(labels.Set{"app": "web"}), []string{"a/web"}},
		{"empty namespace", "c", labels.Everything(), nil},
	}
	for _, indexed := range []bool{true, false} {
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				l := listers.New[*corev1.Pod](newIndexer(t, indexed, objs...), podResource)
				if tc.namespace != "" {
					l = listers.NewNamespaced(l, tc.namespace)
				}
				got, err := l.List(tc.selector)
				require.NoError(t, err)
				assert.ElementsMatch(t, tc.want, names(got), "indexed=%v", indexed)
			})
		}
	}
}

func TestResourceIndexerGet(t *testing.T) {
	l := listers.New[*corev1.Pod](newIndexer(t, true, pod("a", "web", nil), pod("", "cluster", nil)), podResource)
	cases := []struct {
		name, namespace, get string
		wantNotFound         bool
	}{
		{"namespaced hit", "a", "web", false},
		{"namespaced miss", "b", "web", true},
		{"cluster hit", "", "cluster", false},
		{"cluster miss", "", "web", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := listers.NewNamespaced(l, tc.namespace).Get(tc.get)
			if tc.wantNotFound {
				require.Error(t, err)
				assert.True(t, apierrors.IsNotFound(err), "got %v, want NotFound", err)
				assert.Equal(t, `pod "`+tc.get+`" not found`, err.Error())
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.get, got.Name)
		})
	}
}

func TestResourceIndexerWrongType(t *testing.T) {
	idx := newIndexer(t, true, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Namespace: "a", Name: "cm"}})
	l := listers.New[*corev1.Pod](idx, podResource)
	_, err := l.List(labels.Everything())
	assert.ErrorContains(t, err, "*v1.ConfigMap")
	_, err = listers.NewNamespaced(l, "a").Get("cm")
	assert.ErrorContains(t, err, "*v1.ConfigMap")
}
