package protox

import (
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

func BenchmarkUnmarshalPodList(b *testing.B) {
	_, _, raw := fixtureList(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		var list corev1.PodList
		if err := Unmarshal(raw, &list); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshalPodListJSON is the same list through the JSON codec,
// for comparison.
func BenchmarkUnmarshalPodListJSON(b *testing.B) {
	js, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(js)))
	b.ReportAllocs()
	for b.Loop() {
		var list corev1.PodList
		if err := jsonx.Unmarshal(js, &list); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalPodList(b *testing.B) {
	_, _, raw := fixtureList(b)
	var list corev1.PodList
	if err := Unmarshal(raw, &list); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Marshal(&list); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalSharedPodList(b *testing.B) {
	_, _, raw := fixtureList(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		var list corev1.PodList
		if err := UnmarshalShared(raw, &list); err != nil {
			b.Fatal(err)
		}
	}
}
