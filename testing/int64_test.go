package testing

import (
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
)

// TestTrackerKeepsInt64 stores integers above 2^53, which a trip through
// float64 would round, and reads them back exactly. (A first Add goes
// through testing/apiserver's Server.Add, which still decodes with
// encoding/json.)
func TestTrackerKeepsInt64(t *testing.T) {
	const big = int64(1)<<53 + 1
	tests := []struct {
		name  string
		store func(ObjectTracker, *corev1.Pod) error
	}{
		{"Create", func(tr ObjectTracker, p *corev1.Pod) error { return tr.Create(podsGVR, p, "default") }},
		{"Add over an existing object", func(tr ObjectTracker, p *corev1.Pod) error {
			if err := tr.Create(podsGVR, newPod("default", p.Name, ""), "default"); err != nil {
				return err
			}
			return tr.Add(p)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewObjectTracker(scheme.Scheme, scheme.Codecs.UniversalDecoder())
			p := newPod("default", "big", "")
			p.Spec.ActiveDeadlineSeconds = ptrTo(big)
			p.Spec.TerminationGracePeriodSeconds = ptrTo(big - 2)
			if err := tt.store(tr, p); err != nil {
				t.Fatalf("store: %v", err)
			}
			obj, err := tr.Get(podsGVR, "default", "big", metav1.GetOptions{})
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			got := obj.(*corev1.Pod).Spec
			if got.ActiveDeadlineSeconds == nil || *got.ActiveDeadlineSeconds != big {
				t.Errorf("activeDeadlineSeconds = %v, want %d", deref(got.ActiveDeadlineSeconds), big)
			}
			if got.TerminationGracePeriodSeconds == nil || *got.TerminationGracePeriodSeconds != big-2 {
				t.Errorf("terminationGracePeriodSeconds = %v, want %d", deref(got.TerminationGracePeriodSeconds), big-2)
			}
		})
	}
}

func ptrTo(v int64) *int64 { return &v }

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}
