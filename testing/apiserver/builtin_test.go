package apiserver

import (
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func TestNewSharesSchemeNotRegistry(t *testing.T) {
	s1, err := New(Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	s2, err := New(Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if s1.Scheme() != s2.Scheme() {
		t.Errorf("Scheme: got two schemes, want the shared one")
	}
	gvr := schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}
	r1, ok1 := s1.Resource(gvr)
	r2, ok2 := s2.Resource(gvr)
	if !ok1 || !ok2 {
		t.Fatalf("Resource(%v): got ok %v, %v, want true", gvr, ok1, ok2)
	}
	if r1 == r2 {
		t.Fatalf("Resource(%v): got the same *Resource in two servers, want copies", gvr)
	}
	r1.Verbs[0] = "changed"
	r1.Subresources[0].Verbs[0] = "changed"
	s1.registry.addVersion(schema.GroupVersion{Group: "apps", Version: "v9"}, false)
	if r2.Verbs[0] == "changed" || r2.Subresources[0].Verbs[0] == "changed" {
		t.Errorf("Resource(%v): a change in one server reached the other: verbs %v, subresource verbs %v",
			gvr, r2.Verbs, r2.Subresources[0].Verbs)
	}
	if s2.registry.hasGroupVersion(schema.GroupVersion{Group: "apps", Version: "v9"}) {
		t.Errorf("hasGroupVersion(apps/v9): got true in the other server, want false")
	}
	s3, err := New(Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if r3, _ := s3.Resource(gvr); r3.Verbs[0] == "changed" {
		t.Errorf("Resource(%v): a change reached the shared table: verbs %v", gvr, r3.Verbs)
	}
}

// BenchmarkNew measures New with the shared built-in tables.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{SkipDefaultNamespaces: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewUncached measures what New cost when it built the scheme and
// resource table on every call.
func BenchmarkNewUncached(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		base, err := buildBuiltin()
		if err != nil {
			b.Fatal(err)
		}
		base.registry.clone()
	}
}
