package jsonx

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/internal/intern"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sameBacking reports whether a and b share their bytes.
func sameBacking(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }

func TestInternLargeInputs(t *testing.T) {
	type item struct {
		Status string `json:"status"`
		Name   string `json:"name"`
	}
	build := func(n int) []byte {
		var sb strings.Builder
		sb.WriteString("[")
		for i := range n {
			if i > 0 {
				sb.WriteString(",")
			}
			sb.WriteString(`{"status":"True","name":"n` + strings.Repeat("x", i%7) + `"}`)
		}
		sb.WriteString("]")
		return []byte(sb.String())
	}
	tests := []struct {
		name       string
		items      int
		wantShared bool
	}{
		{"small input keeps separate copies", 10, false},
		{"large input shares repeated strings", intern.MinInput / 20, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []item
			require.NoError(t, Unmarshal(build(tt.items), &got))
			require.Len(t, got, tt.items)
			assert.Equal(t, "True", got[len(got)-1].Status)
			assert.Equal(t, tt.wantShared, sameBacking(got[0].Status, got[len(got)-1].Status), "first and last status share bytes")
		})
	}
}

func TestInternTableOffAfterDecode(t *testing.T) {
	big := []byte(`["` + strings.Repeat(`a","`, intern.MinInput/4) + `a"]`)
	var out []string
	require.NoError(t, Unmarshal(big, &out))
	d := decoderPool.Get().(*decoder)
	defer decoderPool.Put(d)
	assert.False(t, d.intern.On(), "interning is off between decodes")
}

// managedPod returns a pod whose managedFields entry holds set.
func managedPod(name, set string) string {
	return `{"metadata":{"name":"` + name + `","managedFields":[{"manager":"m","fieldsType":"FieldsV1","fieldsV1":` + set + `}]}}`
}

// podListJSON returns a pod list of n pods sharing one managed-fields set,
// padded past pad bytes.
func podListJSON(n, pad int) []byte {
	var sb strings.Builder
	sb.WriteString(`{"metadata":{"resourceVersion":"` + strings.Repeat("0", pad) + `"},"items":[`)
	for i := range n {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(managedPod(fmt.Sprint("p", i), `{"f:spec":{"f:containers":{}}}`))
	}
	sb.WriteString("]}")
	return []byte(sb.String())
}

func TestFieldsV1Shared(t *testing.T) {
	tests := []struct {
		name       string
		data       []byte
		wantShared bool
	}{
		{"small list copies", podListJSON(3, 0), false},
		{"large list shares equal sets", podListJSON(3, intern.MinInput), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l corev1.PodList
			require.NoError(t, Unmarshal(tt.data, &l))
			require.Len(t, l.Items, 3)
			a := l.Items[0].ManagedFields[0].FieldsV1.Raw
			b := l.Items[2].ManagedFields[0].FieldsV1.Raw
			assert.JSONEq(t, `{"f:spec":{"f:containers":{}}}`, string(b))
			assert.Equal(t, tt.wantShared, unsafe.SliceData(a) == unsafe.SliceData(b), "first and last sets share bytes")
			assert.Equal(t, len(a), cap(a), "cap == len")
			_ = append(a, '!')
			assert.Equal(t, string(b), string(a), "appending to one set changed the other")
			out, err := Marshal(&l)
			require.NoError(t, err)
			var again corev1.PodList
			require.NoError(t, Unmarshal(out, &again))
			assert.Equal(t, l, again, "decoded list round-trips")
		})
	}
}

func TestFieldsV1NotSharedAcrossDecodes(t *testing.T) {
	data := podListJSON(1, intern.MinInput)
	var first, second corev1.PodList
	require.NoError(t, Unmarshal(data, &first))
	require.NoError(t, Unmarshal(data, &second))
	a, b := first.Items[0].ManagedFields[0].FieldsV1.Raw, second.Items[0].ManagedFields[0].FieldsV1.Raw
	assert.Equal(t, a, b)
	assert.NotSame(t, unsafe.SliceData(a), unsafe.SliceData(b), "two decodes share a set")
}

// heapAfterGC returns the live heap after collections.
func heapAfterGC() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkPodList5000 decodes the 5,000-pod fixture and reports the heap
// the decoded list keeps alive.
func BenchmarkPodList5000(b *testing.B) {
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	var retained int64
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		before := heapAfterGC()
		b.StartTimer()
		var l corev1.PodList
		if err := Unmarshal(data, &l); err != nil || len(l.Items) != 5000 {
			b.Fatalf("decoded %d pods: %v", len(l.Items), err)
		}
		b.StopTimer()
		retained += int64(heapAfterGC()) - int64(before)
		runtime.KeepAlive(&l)
		b.StartTimer()
	}
	b.ReportMetric(float64(retained)/float64(b.N), "retained-B")
}
