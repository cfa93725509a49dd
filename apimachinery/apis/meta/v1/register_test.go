package v1

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func TestAddToGroupVersion(t *testing.T) {
	scheme := runtime.NewScheme()
	gv := schema.GroupVersion{Group: "apps", Version: "v1"}
	builder := runtime.NewSchemeBuilder(func(s *runtime.Scheme) error {
		AddToGroupVersion(s, gv)
		return AddMetaToScheme(s)
	})
	require.NoError(t, builder.AddToScheme(scheme))

	tests := []struct {
		name string
		obj  runtime.Object
		want schema.GroupVersionKind
	}{
		{"watch event in the group", &WatchEvent{}, gv.WithKind("WatchEvent")},
		{"list options in the group", &ListOptions{}, gv.WithKind("ListOptions")},
		{"delete options in the group", &DeleteOptions{}, gv.WithKind("DeleteOptions")},
		{"internal event", &InternalEvent{}, schema.GroupVersion{Group: "apps", Version: runtime.APIVersionInternal}.WithKind("WatchEvent")},
		{"status unversioned", &Status{}, Unversioned.WithKind("Status")},
		{"api group list unversioned", &APIGroupList{}, Unversioned.WithKind("APIGroupList")},
		{"table in meta group", &Table{}, SchemeGroupVersion.WithKind("Table")},
		{"partial metadata in meta group", &PartialObjectMetadataList{}, SchemeGroupVersion.WithKind("PartialObjectMetadataList")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kinds, _, err := scheme.ObjectKinds(tt.obj)
			require.NoError(t, err)
			assert.Contains(t, kinds, tt.want)
		})
	}
	unversioned, ok := scheme.IsUnversioned(&Status{})
	assert.True(t, ok)
	assert.True(t, unversioned)
}

func TestRegisterNilScheme(t *testing.T) {
	require.Error(t, AddMetaToScheme(nil))
	require.Error(t, RegisterConversions(nil))
	require.Error(t, RegisterDefaults(nil))
	AddToGroupVersion(nil, SchemeGroupVersion) // must not panic
}

func TestKind(t *testing.T) {
	assert.Equal(t, schema.GroupKind{Group: "meta.k8s.io", Kind: "Table"}, Kind("Table"))
}
