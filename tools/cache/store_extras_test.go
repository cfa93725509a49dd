package cache

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The stores implement the narrower interfaces.
var (
	_ KeyListerGetter   = NewStore(MetaNamespaceKeyFunc)
	_ ReflectorStore    = NewIndexer(MetaNamespaceKeyFunc, nil)
	_ TransformingStore = NewStore(MetaNamespaceKeyFunc).(*cache)
	_ Store             = &FakeCustomStore{}
	_ Store             = &UndeltaStore{}
	_ Store             = &ExpirationCache{}
)

func TestUndeltaStorePushesFullState(t *testing.T) {
	var pushes [][]string
	u := NewUndeltaStore(func(all []interface{}) { pushes = append(pushes, names(all)) }, MetaNamespaceKeyFunc)
	require.NoError(t, u.Add(pod("ns", "a", "")))
	require.NoError(t, u.Update(pod("ns", "b", "")))
	require.NoError(t, u.Delete(pod("ns", "a", "")))
	require.NoError(t, u.Replace([]interface{}{pod("ns", "c", ""), pod("ns", "d", "")}, "1"))
	assert.Error(t, u.Add(1), "a key error is returned")
	assert.Equal(t, [][]string{{"ns/a"}, {"ns/a", "ns/b"}, {"ns/b"}, {"ns/c", "ns/d"}}, pushes, "one push per successful write")
}

func TestFakeCustomStore(t *testing.T) {
	boom := errors.New("boom")
	var calls []string
	f := &FakeCustomStore{
		AddFunc:      func(interface{}) error { calls = append(calls, "add"); return boom },
		UpdateFunc:   func(interface{}) error { calls = append(calls, "update"); return nil },
		DeleteFunc:   func(interface{}) error { calls = append(calls, "delete"); return nil },
		ListFunc:     func() []interface{} { calls = append(calls, "list"); return []interface{}{1} },
		ListKeysFunc: func() []string { calls = append(calls, "listkeys"); return []string{"k"} },
		GetFunc: func(interface{}) (interface{}, bool, error) {
			calls = append(calls, "get")
			return 1, true, nil
		},
		GetByKeyFunc: func(string) (interface{}, bool, error) {
			calls = append(calls, "getbykey")
			return 2, true, nil
		},
		ReplaceFunc: func([]interface{}, string) error { calls = append(calls, "replace"); return nil },
		ResyncFunc:  func() error { calls = append(calls, "resync"); return nil },
	}
	assert.ErrorIs(t, f.Add(nil), boom)
	_ = f.Update(nil)
	_ = f.Delete(nil)
	assert.Equal(t, []interface{}{1}, f.List())
	assert.Equal(t, []string{"k"}, f.ListKeys())
	_, _, _ = f.Get(nil)
	item, _, _ := f.GetByKey("k")
	assert.Equal(t, 2, item)
	_ = f.Replace(nil, "")
	_ = f.Resync()
	assert.Equal(t, []string{"add", "update", "delete", "list", "listkeys", "get", "getbykey", "replace", "resync"}, calls)

	var empty FakeCustomStore
	assert.NoError(t, empty.Add(nil), "nil funcs return zero values")
	_, exists, err := empty.GetByKey("k")
	assert.False(t, exists)
	assert.NoError(t, err)
}
