package cache

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStoreOperations(t *testing.T) {
	type op struct {
		do  string // add, update, delete, replace
		obj interface{}
		all []interface{}
	}
	tests := []struct {
		name     string
		ops      []op
		wantKeys []string
	}{
		{name: "add", ops: []op{{do: "add", obj: pod("ns", "a", "")}}, wantKeys: []string{"ns/a"}},
		{name: "add is an upsert", ops: []op{{do: "add", obj: pod("ns", "a", "")}, {do: "add", obj: pod("ns", "a", "x")}}, wantKeys: []string{"ns/a"}},
		{name: "update of a missing key inserts", ops: []op{{do: "update", obj: pod("ns", "a", "")}}, wantKeys: []string{"ns/a"}},
		{name: "delete", ops: []op{{do: "add", obj: pod("ns", "a", "")}, {do: "delete", obj: pod("ns", "a", "")}}, wantKeys: []string{}},
		{name: "delete of a missing key is a no-op", ops: []op{{do: "add", obj: pod("ns", "a", "")}, {do: "delete", obj: pod("ns", "b", "")}}, wantKeys: []string{"ns/a"}},
		{name: "delete by explicit key", ops: []op{{do: "add", obj: pod("ns", "a", "")}, {do: "delete", obj: ExplicitKey("ns/a")}}, wantKeys: []string{}},
		{name: "replace swaps everything", ops: []op{
			{do: "add", obj: pod("ns", "a", "")},
			{do: "replace", all: []interface{}{pod("ns", "b", ""), pod("", "c", "")}},
		}, wantKeys: []string{"c", "ns/b"}},
		{name: "replace with nothing empties", ops: []op{{do: "add", obj: pod("ns", "a", "")}, {do: "replace"}}, wantKeys: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStore(MetaNamespaceKeyFunc)
			for _, o := range tt.ops {
				var err error
				switch o.do {
				case "add":
					err = s.Add(o.obj)
				case "update":
					err = s.Update(o.obj)
				case "delete":
					err = s.Delete(o.obj)
				case "replace":
					err = s.Replace(o.all, "1")
				}
				require.NoError(t, err, o.do)
			}
			assert.Equal(t, tt.wantKeys, sorted(s.ListKeys()), "ListKeys")
			assert.Len(t, s.List(), len(tt.wantKeys), "List")
		})
	}
}

func TestStoreGet(t *testing.T) {
	s := NewStore(MetaNamespaceKeyFunc)
	stored := pod("ns", "a", "v2")
	require.NoError(t, s.Add(stored))

	item, exists, err := s.Get(pod("ns", "a", "v1")) // keyed first, so any version finds it
	require.NoError(t, err)
	assert.True(t, exists)
	assert.Same(t, stored, item)

	item, exists, err = s.GetByKey("ns/a")
	require.NoError(t, err)
	assert.True(t, exists)
	assert.Same(t, stored, item)

	_, exists, err = s.GetByKey("ns/missing")
	require.NoError(t, err)
	assert.False(t, exists)
}

func TestStoreKeyErrors(t *testing.T) {
	s := NewStore(MetaNamespaceKeyFunc)
	require.NoError(t, s.Add(pod("ns", "a", "")))
	tests := []struct {
		name string
		call func() error
	}{
		{name: "add", call: func() error { return s.Add(1) }},
		{name: "update", call: func() error { return s.Update(1) }},
		{name: "delete", call: func() error { return s.Delete(1) }},
		{name: "get", call: func() error { _, _, err := s.Get(1); return err }},
		{name: "replace", call: func() error { return s.Replace([]interface{}{pod("ns", "b", ""), 1}, "2") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			var keyErr KeyError
			require.True(t, errors.As(err, &keyErr), "error %v is not a KeyError", err)
			assert.Equal(t, 1, keyErr.Obj)
			assert.Equal(t, []string{"ns/a"}, s.ListKeys(), "store unchanged")
		})
	}
}

func TestStoreResyncIsNoop(t *testing.T) {
	s := NewStore(MetaNamespaceKeyFunc)
	require.NoError(t, s.Add(pod("ns", "a", "")))
	require.NoError(t, s.Resync())
	assert.Equal(t, []string{"ns/a"}, s.ListKeys())
}

func TestStoreWithTransformer(t *testing.T) {
	called := false
	transform := func(obj interface{}) (interface{}, error) { called = true; return obj, nil }
	s := NewStore(MetaNamespaceKeyFunc, WithTransformer(transform))
	ts, ok := s.(interface{ Transformer() TransformFunc })
	require.True(t, ok, "store from NewStore exposes Transformer")
	require.NotNil(t, ts.Transformer())
	_, _ = ts.Transformer()(nil)
	assert.True(t, called, "Transformer returns the given function")

	plain := NewStore(MetaNamespaceKeyFunc).(interface{ Transformer() TransformFunc })
	assert.Nil(t, plain.Transformer())
}

func TestStoreConcurrentUse(t *testing.T) {
	idx := NewIndexer(MetaNamespaceKeyFunc, Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := range 200 {
				p := pod([]string{"a", "b"}[i%2], string(rune('a'+w))+string(rune('a'+i%26)), "")
				_ = idx.Add(p)
				if i%3 == 0 {
					_ = idx.Delete(p)
				}
			}
		}()
		go func() {
			defer wg.Done()
			for range 200 {
				_, _ = idx.ByIndex(NamespaceIndex, "a")
				_ = idx.List()
				_ = idx.ListIndexFuncValues(NamespaceIndex)
			}
		}()
	}
	wg.Wait()
	byNs, err := idx.ByIndex(NamespaceIndex, "a")
	require.NoError(t, err)
	byNsB, err := idx.ByIndex(NamespaceIndex, "b")
	require.NoError(t, err)
	assert.Equal(t, len(idx.ListKeys()), len(byNs)+len(byNsB), "every stored object is indexed exactly once")
}
