package cache

import (
	"fmt"
	"testing"
)

func BenchmarkIndexerAddAndByIndex(b *testing.B) {
	pods := make([]interface{}, 5000)
	for i := range pods {
		pods[i] = pod(fmt.Sprintf("ns-%d", i%50), fmt.Sprintf("pod-%d", i), "")
	}
	b.ReportAllocs()
	for range b.N {
		idx := NewIndexer(MetaNamespaceKeyFunc, Indexers{NamespaceIndex: MetaNamespaceIndexFunc})
		if err := idx.Replace(pods, "1"); err != nil {
			b.Fatal(err)
		}
		objs, err := idx.ByIndex(NamespaceIndex, "ns-7")
		if err != nil || len(objs) != 100 {
			b.Fatalf("ByIndex: %d objects, err %v; want 100", len(objs), err)
		}
	}
}
