package fake

import (
	"context"
	"testing"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// BenchmarkNewSimpleClientset measures building a seeded fake clientset.
func BenchmarkNewSimpleClientset(b *testing.B) {
	p := pod("default", "p", "web", "")
	for b.Loop() {
		NewSimpleClientset(p)
	}
}

// BenchmarkGet measures one recorded get through the in-process server.
func BenchmarkGet(b *testing.B) {
	cs := NewSimpleClientset(pod("default", "p", "web", ""))
	ctx := context.Background()
	for b.Loop() {
		if _, err := cs.CoreV1().Pods("default").Get(ctx, "p", metav1.GetOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
