package jsonx

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/internal/fixtures"
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
		{"large input shares repeated strings", internMinInput / 20, true},
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

func TestInternTableClearedAfterDecode(t *testing.T) {
	big := []byte(`["` + strings.Repeat(`a","`, internMinInput/4) + `a"]`)
	var out []string
	require.NoError(t, Unmarshal(big, &out))
	d := decoderPool.Get().(*decoder)
	defer decoderPool.Put(d)
	assert.Nil(t, d.intern, "interning is off between decodes")
	if d.internBuf != nil {
		for i, s := range d.internBuf {
			if s != "" {
				t.Fatalf("slot %d still holds %q after the decode", i, s)
			}
		}
	}
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
