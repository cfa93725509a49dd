package cache

import (
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rvPod is pod with a resourceVersion.
func rvPod(name, tags, rv string) *corev1.Pod {
	p := pod("ns", name, tags)
	p.ResourceVersion = rv
	return p
}

// rvOf returns the resourceVersion of a pod, or "" for a missing object.
func rvOf(obj interface{}) string {
	if obj == nil {
		return ""
	}
	return obj.(*corev1.Pod).ResourceVersion
}

func TestMutationCacheGetByKey(t *testing.T) {
	tests := []struct {
		name        string
		backing     []*corev1.Pod
		mutations   []*corev1.Pod
		includeAdds bool
		advance     time.Duration
		key         string
		wantExists  bool
		wantRV      string
	}{
		{"backing only", []*corev1.Pod{rvPod("a", "", "5")}, nil, false, 0, "ns/a", true, "5"},
		{"newer mutation wins", []*corev1.Pod{rvPod("a", "", "5")}, []*corev1.Pod{rvPod("a", "", "7")}, false, 0, "ns/a", true, "7"},
		{"older mutation loses", []*corev1.Pod{rvPod("a", "", "9")}, []*corev1.Pod{rvPod("a", "", "7")}, false, 0, "ns/a", true, "9"},
		{"expired mutation is ignored", []*corev1.Pod{rvPod("a", "", "5")}, []*corev1.Pod{rvPod("a", "", "7")}, false, 2 * time.Minute, "ns/a", true, "5"},
		{"unparsable version keeps backing", []*corev1.Pod{rvPod("a", "", "5")}, []*corev1.Pod{rvPod("a", "", "x")}, false, 0, "ns/a", true, "5"},
		{"add hidden without includeAdds", nil, []*corev1.Pod{rvPod("a", "", "7")}, false, 0, "ns/a", false, ""},
		{"add shown with includeAdds", nil, []*corev1.Pod{rvPod("a", "", "7")}, true, 0, "ns/a", true, "7"},
		{"missing everywhere", nil, nil, true, 0, "ns/a", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			backing := NewIndexer(MetaNamespaceKeyFunc, Indexers{})
			for _, p := range tt.backing {
				require.NoError(t, backing.Add(p))
			}
			mc := NewIntegerResourceVersionMutationCache(nil, backing, backing, time.Minute, tt.includeAdds).(*mutationCache)
			now := time.Now()
			mc.now = func() time.Time { return now }
			for _, p := range tt.mutations {
				mc.Mutation(p)
			}
			now = now.Add(tt.advance)
			got, exists, err := mc.GetByKey(tt.key)
			require.NoError(t, err)
			assert.Equal(t, tt.wantExists, exists, "exists")
			assert.Equal(t, tt.wantRV, rvOf(got), "resourceVersion")
		})
	}
}

func TestMutationCacheByIndex(t *testing.T) {
	backing := NewIndexer(MetaNamespaceKeyFunc, Indexers{"tags": tagsIndexFunc})
	require.NoError(t, backing.Add(rvPod("a", "red", "5")))
	require.NoError(t, backing.Add(rvPod("b", "red", "6")))
	tests := []struct {
		name        string
		includeAdds bool
		want        map[string]string
	}{
		{"mutations replace listed objects", false, map[string]string{"a": "8", "b": "6"}},
		{"includeAdds adds matching new objects", true, map[string]string{"a": "8", "b": "6", "c": "9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mc := NewIntegerResourceVersionMutationCache(nil, backing, backing, time.Minute, tt.includeAdds)
			mc.Mutation(rvPod("a", "red", "8"))
			mc.Mutation(rvPod("c", "red", "9"))
			mc.Mutation(rvPod("d", "blue", "10"))
			mc.Mutation("not an object")
			objs, err := mc.ByIndex("tags", "red")
			require.NoError(t, err)
			got := map[string]string{}
			for _, o := range objs {
				got[o.(*corev1.Pod).Name] = rvOf(o)
			}
			assert.Equal(t, tt.want, got, "objects by name")
		})
	}
	t.Run("unknown index", func(t *testing.T) {
		_, err := NewIntegerResourceVersionMutationCache(nil, backing, backing, time.Minute, false).ByIndex("nope", "x")
		assert.ErrorContains(t, err, "nope")
	})
	t.Run("no indexer", func(t *testing.T) {
		_, err := NewIntegerResourceVersionMutationCache(nil, backing, nil, time.Minute, false).ByIndex("tags", "red")
		assert.ErrorContains(t, err, "needs an indexer")
	})
}

func TestMutationCacheBounded(t *testing.T) {
	backing := NewStore(MetaNamespaceKeyFunc)
	mc := NewIntegerResourceVersionMutationCache(nil, backing, nil, time.Hour, true).(*mutationCache)
	for i := 0; i < 3*mutationCacheSize; i++ {
		mc.Mutation(rvPod(string(rune('a'+i%26))+string(rune('a'+i/26)), "", "1"))
	}
	assert.LessOrEqual(t, len(mc.mutations), mutationCacheSize, "mutations kept")
}
