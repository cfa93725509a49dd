package unstructured

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"sync"
	"testing"
)

var podListSample struct {
	once sync.Once
	data []byte
	err  error
}

// samplePodList returns the first 200 pods of the fixture as a list,
// re-encoded with encoding/json; it is computed once per test binary.
func samplePodList(tb testing.TB) []byte {
	tb.Helper()
	data := loadPodList(tb)
	podListSample.once.Do(func() {
		var v interface{}
		if podListSample.err = json.Unmarshal(data, &v); podListSample.err != nil {
			return
		}
		list := v.(map[string]interface{})
		list["items"] = list["items"].([]interface{})[:200]
		podListSample.data, podListSample.err = json.Marshal(list)
	})
	if podListSample.err != nil {
		tb.Fatalf("sampling fixture: %v", podListSample.err)
	}
	return podListSample.data
}

// loadPodList returns the 5,000-pod list fixture, uncompressed.
func loadPodList(tb testing.TB) []byte {
	tb.Helper()
	f, err := os.Open("testdata/podlist-5000.json.gz")
	if err != nil {
		tb.Fatalf("opening fixture: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("reading fixture: %v", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatalf("reading fixture: %v", err)
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
