package api_test

import (
	"reflect"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/internal/apiinstall"
)

// allKinds returns every kind registered by the generated packages,
// sorted, skipping the meta/v1 kinds every group version also serves.
func allKinds(t *testing.T) (*runtime.Scheme, []schema.GroupVersionKind) {
	t.Helper()
	s := runtime.NewScheme()
	require.NoError(t, apiinstall.AddToScheme(s))
	var kinds []schema.GroupVersionKind
	for gvk, typ := range s.AllKnownTypes() {
		if typ.PkgPath() == reflect.TypeOf(metav1.Status{}).PkgPath() {
			continue
		}
		kinds = append(kinds, gvk)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i].String() < kinds[j].String() })
	return s, kinds
}
