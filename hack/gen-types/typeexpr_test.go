package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTypeRender(t *testing.T) {
	tests := []struct {
		in, want string
		imports  []string
	}{
		{"string", "string", nil},
		{"*int32", "*int32", nil},
		{"[]Container", "[]Container", nil},
		{"map[string][]byte", "map[string][]byte", nil},
		{"map[ResourceName]apimachinery/api/resource.Quantity", "map[ResourceName]resource.Quantity", []string{"apimachinery/api/resource"}},
		{"*apimachinery/apis/meta/v1.Time", "*metav1.Time", []string{"apimachinery/apis/meta/v1"}},
		{"[]api/core/v1.Toleration", "[]corev1.Toleration", []string{"api/core/v1"}},
		{"api/example/v1.Self", "Self", nil},
		{"map[string]map[string]int", "map[string]map[string]int", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			te, err := parseType(tt.in)
			require.NoError(t, err)
			im := newImports(testModule, "api/example/v1")
			assert.Equal(t, tt.want, im.goType(te))
			assert.Equal(t, len(tt.imports), len(im.used), "imports %v", im.used)
			for _, p := range tt.imports {
				assert.Contains(t, im.used, p)
			}
		})
	}
}

func TestParseTypeErrors(t *testing.T) {
	for _, in := range []string{"", "*", "[]", "map[string", "map[]int", "func() int", "chan int"} {
		t.Run(in, func(t *testing.T) {
			if _, err := parseType(in); err == nil {
				t.Errorf("parseType(%q) = nil error, want one", in)
			}
		})
	}
}

func TestParsePath(t *testing.T) {
	tests := []struct {
		in   string
		want pathInfo
		ok   bool
	}{
		{"/api/v1/namespaces/{namespace}/pods/{name}/status", pathInfo{gv: "/v1", resource: "pods", sub: "status", namespaced: true}, true},
		{"/api/v1/namespaces/{name}/finalize", pathInfo{gv: "/v1", resource: "namespaces", sub: "finalize"}, true},
		{"/api/v1/namespaces", pathInfo{gv: "/v1", resource: "namespaces"}, true},
		{"/apis/apps/v1/watch/namespaces/{namespace}/deployments", pathInfo{gv: "apps/v1", resource: "deployments", namespaced: true}, true},
		{"/apis/apps/v1/", pathInfo{}, false},
		{"/version/", pathInfo{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parsePath(tt.in)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, got)
			}
		})
	}
}

// FuzzParseType checks that parsing never panics and that a parsed
// expression renders back to its input when no imports are involved.
func FuzzParseType(f *testing.F) {
	for _, s := range []string{"string", "*[]map[string]Foo", "map[a]b", "map[map[x]y]z", "[]api/core/v1.Pod", "map[", "**"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		te, err := parseType(s)
		if err != nil {
			return
		}
		im := newImports(testModule, "self")
		got := im.goType(te)
		if len(im.used) == 0 && got != s {
			t.Errorf("parseType(%q) renders as %q", s, got)
		}
	})
}

// FuzzParsePath checks that path parsing never panics and that an
// accepted path names a group version and a resource.
func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"/api/v1/pods", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale", "/apis/x/v1/watch", "/", "//", "/api/v1/namespaces/{namespace}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		info, ok := parsePath(s)
		if ok && (info.gv == "" || info.resource == "") {
			t.Errorf("parsePath(%q) = %+v, accepted without group version or resource", s, info)
		}
	})
}
