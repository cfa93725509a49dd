package v1

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPodSampleDecode decodes the 20-pod sample with encoding/json: the
// baseline a generated decoder has to beat.
func BenchmarkPodSampleDecode(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "pods.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		var list PodList
		if err := json.Unmarshal(raw, &list); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPodListDeepCopy deep-copies the decoded sample.
func BenchmarkPodListDeepCopy(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "pods.json"))
	if err != nil {
		b.Fatal(err)
	}
	var list PodList
	if err := json.Unmarshal(raw, &list); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = list.DeepCopy()
	}
}
