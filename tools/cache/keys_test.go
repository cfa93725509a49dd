package cache

import (
	"errors"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMetaNamespaceKeyFunc(t *testing.T) {
	tests := []struct {
		name    string
		obj     interface{}
		want    string
		wantErr bool
	}{
		{name: "namespaced", obj: pod("ns", "a", ""), want: "ns/a"},
		{name: "cluster scoped", obj: pod("", "node-1", ""), want: "node-1"},
		{name: "explicit key", obj: ExplicitKey("x/y"), want: "x/y"},
		{name: "no metadata", obj: 42, wantErr: true},
		{name: "tombstone is not an object", obj: DeletedFinalStateUnknown{Key: "ns/a"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := MetaNamespaceKeyFunc(tt.obj)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDeletionHandlingKeyAndName(t *testing.T) {
	tests := []struct {
		name     string
		obj      interface{}
		wantKey  string
		wantName ObjectName
	}{
		{name: "tombstone", obj: DeletedFinalStateUnknown{Key: "ns/a", Obj: pod("ns", "other", "")}, wantKey: "ns/a", wantName: ObjectName{Namespace: "ns", Name: "a"}},
		{name: "object", obj: pod("ns", "b", ""), wantKey: "ns/b", wantName: ObjectName{Namespace: "ns", Name: "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, err := DeletionHandlingMetaNamespaceKeyFunc(tt.obj)
			require.NoError(t, err)
			assert.Equal(t, tt.wantKey, key)
			name, err := DeletionHandlingObjectToName(tt.obj)
			require.NoError(t, err)
			assert.Equal(t, tt.wantName, name)
		})
	}
}

func TestSplitMetaNamespaceKey(t *testing.T) {
	tests := []struct {
		key           string
		wantNamespace string
		wantName      string
		wantErr       string
	}{
		{key: "ns/a", wantNamespace: "ns", wantName: "a"},
		{key: "a", wantName: "a"},
		{key: "", wantName: ""},
		{key: "/a", wantName: "a"},
		{key: "a/b/c", wantErr: `unexpected key format: "a/b/c"`},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			ns, name, err := SplitMetaNamespaceKey(tt.key)
			if tt.wantErr != "" {
				assert.EqualError(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantNamespace, ns)
			assert.Equal(t, tt.wantName, name)
			parsed, err := ParseObjectName(tt.key)
			require.NoError(t, err)
			assert.Equal(t, NewObjectName(ns, name), parsed)
		})
	}
}

func TestObjectName(t *testing.T) {
	n := NewObjectName("ns", "a")
	assert.Equal(t, "ns/a", n.String())
	assert.Equal(t, "a", NewObjectName("", "a").String())
	ns, name := n.Parts()
	assert.Equal(t, []string{"ns", "a"}, []string{ns, name})
	nn := n.AsNamespacedName()
	assert.Equal(t, types.NamespacedName{Namespace: "ns", Name: "a"}, nn)
	assert.Equal(t, n, NamespacedNameAsObjectName(nn))
	got, err := ObjectToName(pod("ns", "a", ""))
	require.NoError(t, err)
	assert.Equal(t, n, got)
	_, err = ObjectToName("not an object")
	assert.Error(t, err)
}

func TestKeyError(t *testing.T) {
	cause := errors.New("boom")
	err := error(KeyError{Obj: "x", Err: cause})
	assert.ErrorIs(t, err, cause)
	assert.Equal(t, "couldn't create key for object x: boom", err.Error())
}

func FuzzParseObjectName(f *testing.F) {
	for _, seed := range []string{"", "a", "ns/a", "/a", "a/", "a/b/c", "//"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseObjectName(s)
		if err != nil {
			return
		}
		again, err := ParseObjectName(n.String())
		if err != nil {
			t.Fatalf("ParseObjectName(%q) of String() of %q: %v", n.String(), s, err)
		}
		if again != n {
			t.Fatalf("round trip of %q: got %+v, want %+v", s, again, n)
		}
	})
}
