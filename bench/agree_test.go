package bench

import (
	"context"
	"testing"

	skiffmetav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	refmetav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// TestClientsAgree checks that the benchmarks compare equal work: both
// typed clients decode the same pods from the fixture, so a fast result
// cannot come from decoding less.
func TestClientsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes the 5,000-pod fixture three times")
	}
	srv := newServer(t)
	ctx := context.Background()
	got, err := newSkiffClientset(t, srv.URL).CoreV1().Pods("").List(ctx, skiffmetav1.ListOptions{})
	if err != nil {
		t.Fatalf("skiff list: %v", err)
	}
	for _, ct := range []string{"application/json", protobufMediaType} {
		t.Run(ct, func(t *testing.T) {
			want, err := newRefClientset(t, srv.URL, ct).CoreV1().Pods("").List(ctx, refmetav1.ListOptions{})
			if err != nil {
				t.Fatalf("reference list: %v", err)
			}
			if len(got.Items) != len(want.Items) {
				t.Fatalf("skiff decoded %d pods, reference %d", len(got.Items), len(want.Items))
			}
			for i := range want.Items {
				g, w := got.Items[i], want.Items[i]
				if g.Namespace != w.Namespace || g.Name != w.Name || string(g.UID) != string(w.UID) ||
					len(g.Spec.Containers) != len(w.Spec.Containers) || len(g.Labels) != len(w.Labels) ||
					string(g.Status.Phase) != string(w.Status.Phase) {
					t.Fatalf("pod %d: skiff %s/%s uid %s, reference %s/%s uid %s (or containers, labels, phase differ)",
						i, g.Namespace, g.Name, g.UID, w.Namespace, w.Name, w.UID)
				}
			}
		})
	}
}
