package dynamic

import (
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// BenchmarkDecodeListPods5000 decodes the 5,000-pod fixture with the
// dynamic client's decoder, without HTTP.
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

// BenchmarkSchemeDecodeListPods5000 decodes the same bytes with
// unstructured.UnstructuredJSONScheme, for comparison.
func BenchmarkSchemeDecodeListPods5000(b *testing.B) {
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := unstructured.UnstructuredJSONScheme.Decode(data, nil, &unstructured.UnstructuredList{}); err != nil {
			b.Fatal(err)
		}
	}
}
