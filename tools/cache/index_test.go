package cache

import (
	"errors"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newTestIndexer returns an indexer by namespace and by tags holding pods.
func newTestIndexer(t *testing.T, pods ...*corev1.Pod) Indexer {
	t.Helper()
	idx := NewIndexer(MetaNamespaceKeyFunc, Indexers{NamespaceIndex: MetaNamespaceIndexFunc, "tags": tagsIndexFunc})
	for _, p := range pods {
		require.NoError(t, idx.Add(p))
	}
	return idx
}

func TestIndexerByIndexAndIndexKeys(t *testing.T) {
	idx := newTestIndexer(t,
		pod("ns1", "a", "red,blue"),
		pod("ns1", "b", "blue"),
		pod("ns2", "c", "green"),
		pod("ns2", "d", ""),
	)
	tests := []struct {
		index, value string
		want         []string
	}{
		{index: NamespaceIndex, value: "ns1", want: []string{"ns1/a", "ns1/b"}},
		{index: NamespaceIndex, value: "ns2", want: []string{"ns2/c", "ns2/d"}},
		{index: NamespaceIndex, value: "absent", want: []string{}},
		{index: "tags", value: "blue", want: []string{"ns1/a", "ns1/b"}},
		{index: "tags", value: "red", want: []string{"ns1/a"}},
		{index: "tags", value: "green", want: []string{"ns2/c"}},
	}
	for _, tt := range tests {
		t.Run(tt.index+"="+tt.value, func(t *testing.T) {
			objs, err := idx.ByIndex(tt.index, tt.value)
			require.NoError(t, err)
			assert.Equal(t, tt.want, names(objs), "ByIndex")
			keys, err := idx.IndexKeys(tt.index, tt.value)
			require.NoError(t, err)
			assert.Equal(t, tt.want, sorted(keys), "IndexKeys")
		})
	}
	assert.Equal(t, []string{"blue", "green", "red"}, sorted(idx.ListIndexFuncValues("tags")))
	assert.Equal(t, []string{"ns1", "ns2"}, sorted(idx.ListIndexFuncValues(NamespaceIndex)))
	assert.Empty(t, idx.ListIndexFuncValues("absent"))
}

func TestIndexerIndexOfObject(t *testing.T) {
	idx := newTestIndexer(t, pod("ns1", "a", "red,blue"), pod("ns1", "b", "blue"), pod("ns2", "c", "green,red"))
	tests := []struct {
		name string
		obj  *corev1.Pod
		want []string
	}{
		{name: "one value", obj: pod("x", "y", "green"), want: []string{"ns2/c"}},
		{name: "union of values without duplicates", obj: pod("x", "y", "red,blue"), want: []string{"ns1/a", "ns1/b", "ns2/c"}},
		{name: "no values", obj: pod("x", "y", ""), want: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			objs, err := idx.Index("tags", tt.obj)
			require.NoError(t, err)
			assert.Equal(t, tt.want, names(objs))
		})
	}
}

func TestIndexerUnknownIndex(t *testing.T) {
	idx := newTestIndexer(t, pod("ns", "a", ""))
	const want = "Index with name nope does not exist"
	_, err := idx.ByIndex("nope", "x")
	assert.EqualError(t, err, want, "ByIndex")
	_, err = idx.IndexKeys("nope", "x")
	assert.EqualError(t, err, want, "IndexKeys")
	_, err = idx.Index("nope", pod("ns", "a", ""))
	assert.EqualError(t, err, want, "Index")
}

func TestIndexerUpdatesIndicesOnWrites(t *testing.T) {
	tests := []struct {
		name       string
		write      func(t *testing.T, idx Indexer)
		wantValues []string
		wantByTag  map[string][]string
	}{
		{
			name:       "update moves the object and drops emptied values",
			write:      func(t *testing.T, idx Indexer) { require.NoError(t, idx.Update(pod("ns", "a", "blue,green"))) },
			wantValues: []string{"blue", "green"},
			wantByTag:  map[string][]string{"red": {}, "blue": {"ns/a", "ns/b"}, "green": {"ns/a"}},
		},
		{
			name:       "delete removes the object everywhere",
			write:      func(t *testing.T, idx Indexer) { require.NoError(t, idx.Delete(pod("ns", "a", ""))) },
			wantValues: []string{"blue"},
			wantByTag:  map[string][]string{"red": {}, "blue": {"ns/b"}},
		},
		{
			name: "replace rebuilds",
			write: func(t *testing.T, idx Indexer) {
				require.NoError(t, idx.Replace([]interface{}{pod("ns", "c", "white")}, "9"))
			},
			wantValues: []string{"white"},
			wantByTag:  map[string][]string{"red": {}, "blue": {}, "white": {"ns/c"}},
		},
		{
			name:       "re-add with the same values keeps them",
			write:      func(t *testing.T, idx Indexer) { require.NoError(t, idx.Add(pod("ns", "a", "red,blue"))) },
			wantValues: []string{"blue", "red"},
			wantByTag:  map[string][]string{"red": {"ns/a"}, "blue": {"ns/a", "ns/b"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := newTestIndexer(t, pod("ns", "a", "red,blue"), pod("ns", "b", "blue"))
			tt.write(t, idx)
			assert.Equal(t, tt.wantValues, sorted(idx.ListIndexFuncValues("tags")), "ListIndexFuncValues")
			for tag, want := range tt.wantByTag {
				objs, err := idx.ByIndex("tags", tag)
				require.NoError(t, err)
				assert.Equal(t, want, names(objs), "ByIndex(tags, %s)", tag)
			}
		})
	}
}

func TestIndexerAddIndexers(t *testing.T) {
	idx := NewIndexer(MetaNamespaceKeyFunc, Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
	require.NoError(t, idx.Add(pod("ns", "a", "red")))

	err := idx.AddIndexers(Indexers{NamespaceIndex: MetaNamespaceIndexFunc, "tags": tagsIndexFunc})
	assert.EqualError(t, err, "indexer conflict: [namespace]")
	assert.Len(t, idx.GetIndexers(), 1, "a conflict adds nothing")

	require.NoError(t, idx.AddIndexers(Indexers{"tags": tagsIndexFunc}))
	assert.Len(t, idx.GetIndexers(), 2)
	objs, err := idx.ByIndex("tags", "red")
	require.NoError(t, err)
	assert.Equal(t, []string{"ns/a"}, names(objs), "existing items are indexed")

	require.NoError(t, idx.Add(pod("ns", "b", "red")))
	objs, err = idx.ByIndex("tags", "red")
	require.NoError(t, err)
	assert.Equal(t, []string{"ns/a", "ns/b"}, names(objs), "new items are indexed")
}

func TestIndexerIndexFuncErrors(t *testing.T) {
	boom := errors.New("boom")
	failing := func(obj interface{}) ([]string, error) {
		if obj.(*corev1.Pod).Name == "bad" {
			return nil, boom
		}
		return []string{"ok"}, nil
	}
	idx := NewIndexer(MetaNamespaceKeyFunc, Indexers{"f": failing})
	require.NoError(t, idx.Add(pod("ns", "good", "")))

	err := idx.Add(pod("ns", "bad", ""))
	assert.ErrorIs(t, err, boom, "Add")
	assert.Equal(t, []string{"ns/good"}, idx.ListKeys(), "a failed Add stores nothing")

	err = idx.Replace([]interface{}{pod("ns", "bad", ""), pod("ns", "other", "")}, "2")
	assert.ErrorIs(t, err, boom, "Replace")
	assert.Equal(t, []string{"ns/other"}, idx.ListKeys(), "Replace leaves the failing object out")

	err = idx.AddIndexers(Indexers{"g": func(interface{}) ([]string, error) { return nil, boom }})
	assert.ErrorIs(t, err, boom, "AddIndexers")
	assert.Len(t, idx.GetIndexers(), 1, "a failed AddIndexers adds nothing")
}

func TestIndexFuncToKeyFuncAdapter(t *testing.T) {
	tests := []struct {
		name    string
		values  []string
		want    string
		wantErr bool
	}{
		{name: "one", values: []string{"k"}, want: "k"},
		{name: "none", values: nil, wantErr: true},
		{name: "two", values: []string{"a", "b"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kf := IndexFuncToKeyFuncAdapter(func(interface{}) ([]string, error) { return tt.values, nil })
			got, err := kf(nil)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMetaNamespaceIndexFunc(t *testing.T) {
	got, err := MetaNamespaceIndexFunc(pod("ns", "a", ""))
	require.NoError(t, err)
	assert.Equal(t, []string{"ns"}, got)
	_, err = MetaNamespaceIndexFunc(3)
	assert.Error(t, err)
}

func TestThreadSafeStore(t *testing.T) {
	s := NewThreadSafeStore(Indexers{"tags": tagsIndexFunc}, Indices{})
	s.Add("k1", pod("ns", "a", "red"))
	s.Update("k1", pod("ns", "a", "blue"))
	s.Add("k2", pod("ns", "b", "blue"))
	keys, err := s.IndexKeys("tags", "blue")
	require.NoError(t, err)
	assert.Equal(t, []string{"k1", "k2"}, sorted(keys))
	assert.Equal(t, []string{"blue"}, s.ListIndexFuncValues("tags"))

	s.Delete("k1")
	_, exists := s.Get("k1")
	assert.False(t, exists)

	s.Replace(map[string]interface{}{"k3": pod("ns", "c", "red")}, "5")
	assert.Equal(t, []string{"k3"}, s.ListKeys())
	objs, err := s.ByIndex("tags", "red")
	require.NoError(t, err)
	assert.Equal(t, []string{"ns/c"}, names(objs))
	assert.Len(t, s.List(), 1)
	assert.NoError(t, s.Resync())
}
