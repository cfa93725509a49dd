package testing

import (
	"strings"
	"testing"
)

// FuzzParsePath checks that any request path parses without panicking and
// that a parsed target's parts come from the path.
func FuzzParsePath(f *testing.F) {
	for _, seed := range []string{
		"/api/v1/namespaces/ns/pods/p/status", "/apis/apps/v1/deployments", "/api/v1/namespaces/ns",
		"/api", "/apis/g", "//", "/api/v1/namespaces//pods", "/api/v1/pods/p/proxy/a/b/c",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, p string) {
		got, ok := parsePath(p)
		if !ok {
			return
		}
		for _, part := range []string{got.gvr.Group, got.gvr.Version, got.gvr.Resource, got.namespace, got.name, got.subresource} {
			if !strings.Contains(p, part) {
				t.Fatalf("parsePath(%q) = %+v: %q is not in the path", p, got, part)
			}
		}
	})
}
