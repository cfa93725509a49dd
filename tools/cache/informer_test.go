package cache

import (
	"context"
	"maps"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

func TestNewInformerVariants(t *testing.T) {
	byName := Indexers{"name": func(obj interface{}) ([]string, error) { return []string{obj.(*corev1.Pod).Name}, nil }}
	tests := []struct {
		name         string
		build        func(lw ListerWatcher, h ResourceEventHandler) (Store, Controller)
		wantIndexer  bool
		wantStripped bool
	}{
		{"NewInformer", func(lw ListerWatcher, h ResourceEventHandler) (Store, Controller) {
			return NewInformer(lw, &corev1.Pod{}, 0, h)
		}, false, false},
		{"NewIndexerInformer", func(lw ListerWatcher, h ResourceEventHandler) (Store, Controller) {
			return NewIndexerInformer(lw, &corev1.Pod{}, 0, h, byName)
		}, true, false},
		{"NewTransformingInformer", func(lw ListerWatcher, h ResourceEventHandler) (Store, Controller) {
			return NewTransformingInformer(lw, &corev1.Pod{}, 0, h, TransformStripManagedFields)
		}, false, true},
		{"NewTransformingIndexerInformer", func(lw ListerWatcher, h ResourceEventHandler) (Store, Controller) {
			return NewTransformingIndexerInformer(lw, &corev1.Pod{}, 0, h, byName, TransformStripManagedFields)
		}, true, true},
		{"NewInformerWithOptions", func(lw ListerWatcher, h ResourceEventHandler) (Store, Controller) {
			return NewInformerWithOptions(InformerOptions{ListerWatcher: lw, ObjectType: &corev1.Pod{}, Handler: h, Indexers: byName, Transform: TransformStripManagedFields})
		}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, cs := siServer(t, 3)
			h := newCountingHandler()
			lw := NewListWatchFromClient(cs.CoreV1().RESTClient(), "pods", "default", nil)
			store, ctrl := tt.build(lw, h)
			runController(t, ctrl)
			require.True(t, WaitForCacheSync(t.Context().Done(), ctrl.HasSynced), "sync")

			pods := cs.CoreV1().Pods("default")
			siWrite(t, pods)
			want := serverVersions(t, pods)
			require.Eventually(t, func() bool { return maps.Equal(storeVersions(store), want) }, 10*time.Second, 5*time.Millisecond, "store converges")
			require.Eventually(t, func() bool { v, _, _ := h.snapshot(); return maps.Equal(v, want) }, 10*time.Second, 5*time.Millisecond, "handler converges")
			_, counts, errs := h.snapshot()
			assert.Empty(t, errs, "inconsistencies")
			assert.Equal(t, [4]int{6, 2, 1, 0}, counts, "adds, updates, deletes, resyncs")

			indexer, ok := store.(Indexer)
			require.True(t, ok, "every store of this package is an Indexer")
			assert.Equal(t, tt.wantIndexer, len(indexer.GetIndexers()) > 0, "store has the indexers")
			if tt.wantIndexer {
				got, err := indexer.ByIndex("name", "new-1")
				require.NoError(t, err)
				assert.Len(t, got, 1, "indexed by name")
			}
			obj, ok, err := store.GetByKey("default/new-0")
			require.NoError(t, err)
			require.True(t, ok, "new-0 cached")
			stored, err := pods.Get(context.Background(), "new-0", metav1.GetOptions{})
			require.NoError(t, err)
			if tt.wantStripped && len(stored.ManagedFields) > 0 {
				assert.Nil(t, obj.(*corev1.Pod).ManagedFields, "managedFields stripped")
			}
		})
	}
}

func TestNewInformerResync(t *testing.T) {
	_, cs := siServer(t, 2)
	h := newCountingHandler()
	lw := NewListWatchFromClient(cs.CoreV1().RESTClient(), "pods", "default", nil)
	_, ctrl := NewInformer(lw, &corev1.Pod{}, 50*time.Millisecond, h)
	runController(t, ctrl)
	require.Eventually(t, func() bool { _, c, _ := h.snapshot(); return c[3] >= 4 }, 10*time.Second, 5*time.Millisecond, "resyncs delivered as updates")
}
