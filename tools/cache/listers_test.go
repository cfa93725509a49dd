package cache

import (
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// objNames returns the sorted keys of runtime objects (pods).
func objNames(objs []runtime.Object) []string {
	items := make([]interface{}, len(objs))
	for i, o := range objs {
		items[i] = o
	}
	return names(items)
}

func TestListAllAndByNamespace(t *testing.T) {
	pods := []*corev1.Pod{pod("ns1", "a", "red"), pod("ns1", "b", "blue"), pod("ns2", "c", "red"), pod("", "d", "red")}
	withIndex := newTestIndexer(t, pods...)
	withoutIndex := NewIndexer(MetaNamespaceKeyFunc, Indexers{})
	for _, p := range pods {
		require.NoError(t, withoutIndex.Add(p))
	}
	red := labels.SelectorFromSet(labels.Set{"tags": "red"})
	tests := []struct {
		name      string
		namespace string
		selector  labels.Selector
		want      []string
	}{
		{name: "all namespaces, everything", namespace: "", selector: labels.Everything(), want: []string{"d", "ns1/a", "ns1/b", "ns2/c"}},
		{name: "all namespaces, nil selector", namespace: "", selector: nil, want: []string{"d", "ns1/a", "ns1/b", "ns2/c"}},
		{name: "all namespaces, by label", namespace: "", selector: red, want: []string{"d", "ns1/a", "ns2/c"}},
		{name: "one namespace", namespace: "ns1", selector: labels.Everything(), want: []string{"ns1/a", "ns1/b"}},
		{name: "one namespace by label", namespace: "ns1", selector: red, want: []string{"ns1/a"}},
		{name: "empty namespace", namespace: "absent", selector: labels.Everything(), want: []string{}},
	}
	for _, tt := range tests {
		for idxName, idx := range map[string]Indexer{"indexed": withIndex, "scanned": withoutIndex} {
			t.Run(tt.name+"/"+idxName, func(t *testing.T) {
				var got []interface{}
				err := ListAllByNamespace(idx, tt.namespace, tt.selector, func(o interface{}) { got = append(got, o) })
				require.NoError(t, err)
				assert.Equal(t, tt.want, names(got))
			})
		}
	}
}

func TestListAllRejectsObjectsWithoutMetadata(t *testing.T) {
	s := NewStore(func(obj interface{}) (string, error) { return "k", nil })
	require.NoError(t, s.Add(7))
	err := ListAll(s, labels.SelectorFromSet(labels.Set{"a": "b"}), func(interface{}) {})
	assert.Error(t, err)
	var n int
	require.NoError(t, ListAll(s, labels.Everything(), func(interface{}) { n++ }), "everything needs no metadata")
	assert.Equal(t, 1, n)
}

func TestGenericLister(t *testing.T) {
	idx := newTestIndexer(t, pod("ns1", "a", "red"), pod("ns2", "b", "red"), pod("", "node", ""))
	gr := schema.GroupResource{Resource: "pods"}
	l := NewGenericLister(idx, gr)

	all, err := l.List(labels.Everything())
	require.NoError(t, err)
	assert.Equal(t, []string{"node", "ns1/a", "ns2/b"}, objNames(all))

	got, err := l.Get("node")
	require.NoError(t, err)
	assert.Equal(t, "node", got.(*corev1.Pod).Name)

	_, err = l.Get("missing")
	assert.True(t, apierrors.IsNotFound(err), "Get of a missing name: got %v, want NotFound", err)

	nsl := l.ByNamespace("ns1")
	inNs, err := nsl.List(labels.SelectorFromSet(labels.Set{"tags": "red"}))
	require.NoError(t, err)
	assert.Equal(t, []string{"ns1/a"}, objNames(inNs))
	got, err = nsl.Get("a")
	require.NoError(t, err)
	assert.Equal(t, "a", got.(*corev1.Pod).Name)
	_, err = nsl.Get("b") // b is in ns2
	assert.True(t, apierrors.IsNotFound(err), "Get across namespaces: got %v, want NotFound", err)
}
