package v1

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// loadPods reads the 20 pods copied from ../shared/fixtures/podlist-5000.json.gz.
func loadPods(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "pods.json"))
	require.NoError(t, err)
	return raw
}

// TestPodListJSONRoundTrip decodes real pods with encoding/json and
// requires the re-encoded JSON to be semantically equal to the input.
func TestPodListJSONRoundTrip(t *testing.T) {
	raw := loadPods(t)
	var list PodList
	require.NoError(t, json.Unmarshal(raw, &list))
	require.Len(t, list.Items, 20)
	var wantItems []json.RawMessage
	var envelope struct {
		Items []json.RawMessage `json:"items"`
	}
	require.NoError(t, json.Unmarshal(raw, &envelope))
	wantItems = envelope.Items
	for i := range list.Items {
		pod := &list.Items[i]
		t.Run(pod.Name, func(t *testing.T) {
			got, err := json.Marshal(pod)
			require.NoError(t, err)
			var gotV, wantV any
			require.NoError(t, json.Unmarshal(got, &gotV))
			require.NoError(t, json.Unmarshal(wantItems[i], &wantV))
			assert.Equal(t, wantV, gotV)
		})
	}
}

// TestPodDecodedFields spot-checks typed values of the first pod.
func TestPodDecodedFields(t *testing.T) {
	var list PodList
	require.NoError(t, json.Unmarshal(loadPods(t), &list))
	pod := list.Items[0]
	assert.Equal(t, "web-0-00000", pod.Name)
	assert.Equal(t, "bench", pod.Namespace)
	require.NotEmpty(t, pod.Spec.Containers)
	assert.NotEmpty(t, pod.Spec.Containers[0].Image)
	assert.NotEmpty(t, pod.Status.Phase)
}

// TestPodDeepCopy checks that a deep copy is equal and shares no memory.
func TestPodDeepCopy(t *testing.T) {
	var list PodList
	require.NoError(t, json.Unmarshal(loadPods(t), &list))
	cp := list.DeepCopy()
	require.Equal(t, &list, cp)
	cp.Items[0].Labels["app"] = "changed"
	cp.Items[0].Spec.Containers[0].Name = "changed"
	assert.NotEqual(t, "changed", list.Items[0].Labels["app"])
	assert.NotEqual(t, "changed", list.Items[0].Spec.Containers[0].Name)
	var obj runtime.Object = &list.Items[1]
	assert.Equal(t, &list.Items[1], obj.DeepCopyObject())
	assert.Nil(t, (*Pod)(nil).DeepCopy())
}

// TestAddToScheme registers core/v1 and checks a kind and a list.
func TestAddToScheme(t *testing.T) {
	s := runtime.NewScheme()
	require.NoError(t, AddToScheme(s))
	for _, kind := range []string{"Pod", "PodList", "ConfigMap", "Namespace"} {
		t.Run(kind, func(t *testing.T) {
			assert.True(t, s.Recognizes(SchemeGroupVersion.WithKind(kind)), "kind %s", kind)
		})
	}
	gvks, _, err := s.ObjectKinds(&Pod{})
	require.NoError(t, err)
	assert.Equal(t, []schema.GroupVersionKind{{Version: "v1", Kind: "Pod"}}, gvks)
	assert.Equal(t, schema.GroupResource{Resource: "pods"}, Resource("pods"))
}

func TestResourceListHelpers(t *testing.T) {
	rl := ResourceList{
		ResourceCPU:              resource.MustParse("250m"),
		ResourceMemory:           resource.MustParse("64Mi"),
		ResourceStorage:          resource.MustParse("1Gi"),
		ResourcePods:             resource.MustParse("110"),
		ResourceEphemeralStorage: resource.MustParse("2Gi"),
	}
	tests := []struct {
		name string
		got  *resource.Quantity
		want string
	}{
		{"cpu", rl.Cpu(), "250m"},
		{"memory", rl.Memory(), "64Mi"},
		{"storage", rl.Storage(), "1Gi"},
		{"pods", rl.Pods(), "110"},
		{"ephemeral", rl.StorageEphemeral(), "2Gi"},
		{"named", rl.Name(ResourceCPU, resource.BinarySI), "250m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got.String())
		})
	}
	empty := ResourceList{}
	assert.Equal(t, resource.DecimalSI, empty.Cpu().Format, "missing cpu defaults to DecimalSI")
	assert.Equal(t, resource.BinarySI, empty.Memory().Format, "missing memory defaults to BinarySI")
	assert.True(t, empty.Storage().IsZero())
	// The returned quantity is a copy: changing it leaves the list alone.
	rl.Cpu().Add(resource.MustParse("1"))
	assert.Equal(t, "250m", rl.Cpu().String())
	assert.Equal(t, "cpu", ResourceCPU.String())
}

func TestTaintsAndTolerations(t *testing.T) {
	taint := Taint{Key: "k", Value: "v", Effect: TaintEffectNoSchedule}
	tests := []struct {
		name string
		tol  Toleration
		want bool
	}{
		{"equal match", Toleration{Key: "k", Operator: TolerationOpEqual, Value: "v", Effect: TaintEffectNoSchedule}, true},
		{"empty operator is equal", Toleration{Key: "k", Value: "v"}, true},
		{"value differs", Toleration{Key: "k", Value: "x"}, false},
		{"exists any value", Toleration{Key: "k", Operator: TolerationOpExists}, true},
		{"exists all keys", Toleration{Operator: TolerationOpExists}, true},
		{"effect differs", Toleration{Key: "k", Operator: TolerationOpExists, Effect: TaintEffectNoExecute}, false},
		{"key differs", Toleration{Key: "other", Operator: TolerationOpExists}, false},
		{"unknown operator", Toleration{Key: "k", Operator: "Lt", Value: "v"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.tol.ToleratesTaint(&taint))
		})
	}
	strs := []struct {
		taint Taint
		want  string
	}{
		{Taint{Key: "k", Value: "v", Effect: TaintEffectNoSchedule}, "k=v:NoSchedule"},
		{Taint{Key: "k", Effect: TaintEffectNoSchedule}, "k:NoSchedule"},
		{Taint{Key: "k", Value: "v"}, "k=v:"},
		{Taint{Key: "k"}, "k"},
	}
	for _, tt := range strs {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.taint.ToString())
		})
	}
	other := Taint{Key: "k", Value: "different", Effect: TaintEffectNoSchedule}
	assert.True(t, taint.MatchTaint(&other), "same key and effect")
	other.Effect = TaintEffectNoExecute
	assert.False(t, taint.MatchTaint(&other), "different effect")
	tol := Toleration{Key: "k", Operator: TolerationOpEqual, Value: "v"}
	same := tol
	assert.True(t, tol.MatchToleration(&same))
	same.Value = "w"
	assert.False(t, tol.MatchToleration(&same))
}

func TestObjectReferenceKind(t *testing.T) {
	ref := &ObjectReference{}
	gvk := schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}
	ref.GetObjectKind().SetGroupVersionKind(gvk)
	assert.Equal(t, "apps/v1", ref.APIVersion)
	assert.Equal(t, "Deployment", ref.Kind)
	assert.Equal(t, gvk, ref.GroupVersionKind())
}

// TestTimeFieldsRoundTrip checks metav1.Time fields keep second precision.
func TestTimeFieldsRoundTrip(t *testing.T) {
	var list PodList
	require.NoError(t, json.Unmarshal(loadPods(t), &list))
	ts := list.Items[0].CreationTimestamp
	assert.False(t, ts.IsZero())
	b, err := json.Marshal(metav1.NewTime(ts.Time))
	require.NoError(t, err)
	assert.Equal(t, `"2026-11-22T09:58:27Z"`, string(b))
}

func TestStringMethods(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"struct as JSON", (&Taint{Key: "k", Effect: TaintEffectNoSchedule}).String(), `{"key":"k","effect":"NoSchedule"}`},
		{"nil struct", (*Taint)(nil).String(), "nil"},
		{"resource name", ResourceMemory.String(), "memory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}
