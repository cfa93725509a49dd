package dynamic

import (
	"testing"

	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// BenchmarkDecodeListPods5000 decodes the 5,000-pod fixture as the dynamic
// client does (unstructured.UnstructuredJSONScheme), without HTTP.
func BenchmarkDecodeListPods5000(b *testing.B) {
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := unmarshalList(data); err != nil {
			b.Fatal(err)
		}
	}
}
