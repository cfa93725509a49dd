package cache

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
)

var errTSSBoom = errors.New("boom")

// tssStore returns a ThreadSafeStore with a namespace index and a "tags"
// index whose function fails for pods tagged "bad".
func tssStore() ThreadSafeStore {
	return NewThreadSafeStore(Indexers{
		NamespaceIndex: MetaNamespaceIndexFunc,
		"tags": func(obj interface{}) ([]string, error) {
			if obj.(*corev1.Pod).Labels["tags"] == "bad" {
				return nil, errTSSBoom
			}
			return tagsIndexFunc(obj)
		},
	}, nil)
}

// tssState is what the tests observe of a store: its keys, the keys in
// the "tags" index under "red", the namespace index under "ns", and the
// error of the tags index queries.
type tssState struct {
	keys     []string
	red      []string
	inNS     []string
	tagsErr  bool
	indexErr bool
}

func observeTSS(t *testing.T, s ThreadSafeStore) tssState {
	t.Helper()
	var st tssState
	st.keys = sorted(s.ListKeys())
	red, err := s.IndexKeys("tags", "red")
	st.red = sorted(red)
	st.tagsErr = err != nil
	if err != nil {
		assert.ErrorIs(t, err, errTSSBoom, "the tags error wraps the index function's error")
		assert.ErrorContains(t, err, `index "tags" is incomplete`, "the tags error names the index")
	}
	byIndex, byErr := s.ByIndex("tags", "red")
	assert.Equal(t, err != nil, byErr != nil, "ByIndex and IndexKeys agree on the error")
	assert.Len(t, byIndex, len(red), "ByIndex and IndexKeys agree on the objects")
	_, indexErr := s.Index("tags", pod("ns", "probe", "red"))
	st.indexErr = indexErr != nil
	ns, err := s.IndexKeys(NamespaceIndex, "ns")
	require.NoError(t, err, "the namespace index is complete")
	st.inNS = sorted(ns)
	return st
}

func TestThreadSafeStoreIndexFuncFailures(t *testing.T) {
	tests := []struct {
		name string
		ops  func(s ThreadSafeStore)
		want tssState
	}{{
		name: "a failing object is stored and indexed elsewhere",
		ops: func(s ThreadSafeStore) {
			s.Add("ns/a", pod("ns", "a", "red"))
			s.Add("ns/b", pod("ns", "b", "bad"))
		},
		want: tssState{keys: []string{"ns/a", "ns/b"}, red: []string{"ns/a"}, inNS: []string{"ns/a", "ns/b"}, tagsErr: true, indexErr: true},
	}, {
		name: "a good update clears the failure",
		ops: func(s ThreadSafeStore) {
			s.Add("ns/b", pod("ns", "b", "bad"))
			s.Update("ns/b", pod("ns", "b", "red"))
		},
		want: tssState{keys: []string{"ns/b"}, red: []string{"ns/b"}, inNS: []string{"ns/b"}},
	}, {
		name: "a failing update leaves no stale index entry",
		ops: func(s ThreadSafeStore) {
			s.Add("ns/b", pod("ns", "b", "red"))
			s.Update("ns/b", pod("ns", "b", "bad"))
		},
		want: tssState{keys: []string{"ns/b"}, red: []string{}, inNS: []string{"ns/b"}, tagsErr: true, indexErr: true},
	}, {
		name: "deleting the failing object clears the failure",
		ops: func(s ThreadSafeStore) {
			s.Add("ns/a", pod("ns", "a", "red"))
			s.Add("ns/b", pod("ns", "b", "bad"))
			s.Delete("ns/b")
		},
		want: tssState{keys: []string{"ns/a"}, red: []string{"ns/a"}, inNS: []string{"ns/a"}},
	}, {
		name: "replace stores failing objects and records them",
		ops: func(s ThreadSafeStore) {
			s.Replace(map[string]interface{}{"ns/a": pod("ns", "a", "red"), "ns/b": pod("ns", "b", "bad")}, "1")
		},
		want: tssState{keys: []string{"ns/a", "ns/b"}, red: []string{"ns/a"}, inNS: []string{"ns/a", "ns/b"}, tagsErr: true, indexErr: true},
	}, {
		name: "a later replace forgets earlier failures",
		ops: func(s ThreadSafeStore) {
			s.Add("ns/b", pod("ns", "b", "bad"))
			s.Replace(map[string]interface{}{"ns/a": pod("ns", "a", "red")}, "2")
		},
		want: tssState{keys: []string{"ns/a"}, red: []string{"ns/a"}, inNS: []string{"ns/a"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tssStore()
			tt.ops(s)
			assert.Equal(t, tt.want, observeTSS(t, s), "store state")
		})
	}
}

func TestIndexerStaysStrictOnIndexFuncFailure(t *testing.T) {
	idx := NewIndexer(MetaNamespaceKeyFunc, Indexers{"tags": func(obj interface{}) ([]string, error) {
		if obj.(*corev1.Pod).Labels["tags"] == "bad" {
			return nil, errTSSBoom
		}
		return tagsIndexFunc(obj)
	}})
	require.NoError(t, idx.Add(pod("ns", "a", "red")))
	err := idx.Update(pod("ns", "a", "bad"))
	require.ErrorIs(t, err, errTSSBoom, "Update returns the index error")
	got, ok, err := idx.GetByKey("ns/a")
	require.NoError(t, err)
	require.True(t, ok, "ns/a still stored")
	assert.Equal(t, "red", got.(*corev1.Pod).Labels["tags"], "a failed Update keeps the old object")
	keys, err := idx.IndexKeys("tags", "red")
	require.NoError(t, err, "the index stays complete")
	assert.Equal(t, []string{"ns/a"}, keys, "index after the failed Update")
}
