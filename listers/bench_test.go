package listers_test

import (
	"encoding/json"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/listers"
)

// BenchmarkList5000Pods lists the 5,000 fixture pods from an indexer:
// everything, by label selector, and one namespace through the namespace
// index.
func BenchmarkList5000Pods(b *testing.B) {
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	var list corev1.PodList
	if err := json.Unmarshal(data, &list); err != nil {
		b.Fatal(err)
	}
	objs := make([]interface{}, len(list.Items))
	for i := range list.Items {
		objs[i] = &list.Items[i]
	}
	l := listers.New[*corev1.Pod](newIndexer(b, true, objs...), podResource)
	first := list.Items[0]
	cases := []struct {
		name string
		l    listers.ResourceIndexer[*corev1.Pod]
		sel  labels.Selector
	}{
		{"all", l, labels.Everything()},
		{"selector", l, labels.SelectorFromSet(labels.Set(first.Labels))},
		{"namespace", listers.NewNamespaced(l, first.Namespace), labels.Everything()},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := tc.l.List(tc.sel); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
