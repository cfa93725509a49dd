package unstructured

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"testing"

	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// loadPodList returns the 5,000-pod list fixture, uncompressed.
func loadPodList(tb testing.TB) []byte {
	tb.Helper()
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// samplePodList returns the first 100 pods of the fixture as a list.
func samplePodList(tb testing.TB) []byte {
	tb.Helper()
	return loadGzip(tb, "testdata/podlist-100.json.gz")
}

// loadGzip returns the uncompressed content of a gzipped test file.
func loadGzip(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("opening fixture: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("reading fixture %s: %v", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatalf("reading fixture %s: %v", path, err)
	}
	return data
}

func BenchmarkDecodePodList(b *testing.B) {
	data := loadPodList(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := UnstructuredJSONScheme.Decode(data, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodePodList(b *testing.B) {
	data := loadPodList(b)
	obj, _, err := UnstructuredJSONScheme.Decode(data, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := UnstructuredJSONScheme.Encode(obj, &buf); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDecodePodListFixture(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("decoding 45 MB is slow with -race or -short; TestDecoderPodListMatchesEncodingJSON covers a sample")
	}
	data := loadPodList(t)
	obj, _, err := UnstructuredJSONScheme.Decode(data, nil, nil)
	if err != nil {
		t.Fatalf("decoding fixture: %v", err)
	}
	list, ok := obj.(*UnstructuredList)
	if !ok {
		t.Fatalf("got %T, want *UnstructuredList", obj)
	}
	if got, want := len(list.Items), 5000; got != want {
		t.Fatalf("got %d items, want %d", got, want)
	}
	first := list.Items[0]
	if first.GetKind() != "Pod" || first.GetAPIVersion() != "v1" {
		t.Errorf("first item kind/apiVersion = %q/%q, want Pod/v1", first.GetKind(), first.GetAPIVersion())
	}
	if len(first.GetManagedFields()) == 0 {
		t.Errorf("first item has no managedFields")
	}
}
