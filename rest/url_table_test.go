package rest

import (
	"strings"
	"testing"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// TestRequestURLBuilderTable builds the full URL of every builder
// combination the reference supports and compares it as a string, so
// path joining, escaping and query encoding are all checked at once.
func TestRequestURLBuilderTable(t *testing.T) {
	params := newTestScheme(t).params
	v1 := schema.GroupVersion{Version: "v1"}
	const apps = "https://h:6443/prefix/apis/apps/v1"
	tests := []struct {
		name  string
		base  string // defaults to https://h:6443/prefix
		api   string // defaults to /apis/apps/v1
		build func(*Request) *Request
		want  string
	}{
		{name: "bare request is the versioned path", build: func(r *Request) *Request { return r }, want: apps},
		{name: "resource", build: func(r *Request) *Request { return r.Resource("deployments") }, want: apps + "/deployments"},
		{name: "namespace and resource", build: func(r *Request) *Request { return r.Namespace("ns").Resource("deployments") },
			want: apps + "/namespaces/ns/deployments"},
		{name: "namespace, resource, name", build: func(r *Request) *Request { return r.Namespace("ns").Resource("deployments").Name("d") },
			want: apps + "/namespaces/ns/deployments/d"},
		{name: "subresource", build: func(r *Request) *Request {
			return r.Namespace("ns").Resource("deployments").Name("d").SubResource("status")
		}, want: apps + "/namespaces/ns/deployments/d/status"},
		{name: "multi-segment subresource", build: func(r *Request) *Request {
			return r.Resource("deployments").Name("d").SubResource("a", "b")
		}, want: apps + "/deployments/d/a/b"},
		{name: "suffix after everything", build: func(r *Request) *Request {
			return r.Suffix("x", "y").SubResource("proxy").Name("d").Resource("services").Namespace("ns")
		}, want: apps + "/namespaces/ns/services/d/proxy/x/y"},
		{name: "prefix before namespace", build: func(r *Request) *Request { return r.Prefix("watch").Namespace("ns").Resource("deployments") },
			want: apps + "/watch/namespaces/ns/deployments"},
		{name: "prefix twice appends", build: func(r *Request) *Request { return r.Prefix("a").Prefix("b", "c").Resource("r") },
			want: apps + "/a/b/c/r"},
		{name: "NamespaceIfScoped scoped", build: func(r *Request) *Request { return r.NamespaceIfScoped("ns", true).Resource("deployments") },
			want: apps + "/namespaces/ns/deployments"},
		{name: "NamespaceIfScoped not scoped", build: func(r *Request) *Request { return r.NamespaceIfScoped("ns", false).Resource("nodes") },
			want: apps + "/nodes"},
		{name: "empty namespace adds nothing", build: func(r *Request) *Request { return r.Namespace("").Resource("deployments") },
			want: apps + "/deployments"},
		{name: "resource lower-cased, name kept", build: func(r *Request) *Request { return r.Resource("Deployments").Name("MyName") },
			want: apps + "/deployments/MyName"},
		{name: "namespaces resource", base: "https://h", api: "/api/v1", build: func(r *Request) *Request { return r.Resource("namespaces").Name("kube-system") },
			want: "https://h/api/v1/namespaces/kube-system"},
		{name: "core group", base: "http://h:8080", api: "/api/v1", build: func(r *Request) *Request {
			return r.Namespace("kube-system").Resource("configmaps").Name("cm")
		}, want: "http://h:8080/api/v1/namespaces/kube-system/configmaps/cm"},
		{name: "name with space escaped", build: func(r *Request) *Request { return r.Resource("r").Name("a b") }, want: apps + "/r/a%20b"},
		{name: "name with question mark escaped", build: func(r *Request) *Request { return r.Resource("r").Name("a?b") }, want: apps + "/r/a%3Fb"},
		{name: "name with hash escaped", build: func(r *Request) *Request { return r.Resource("r").Name("a#b") }, want: apps + "/r/a%23b"},
		{name: "name with colon and dots kept", build: func(r *Request) *Request { return r.Resource("r").Name("system:node.x") },
			want: apps + "/r/system:node.x"},
		{name: "unicode name escaped", build: func(r *Request) *Request { return r.Resource("r").Name("ü") }, want: apps + "/r/%C3%BC"},
		{name: "params sorted and escaped", build: func(r *Request) *Request {
			return r.Resource("pods").Param("labelSelector", "app=web,tier in (a,b)").Param("a", "1 2&3")
		}, want: apps + "/pods?a=1+2%263&labelSelector=app%3Dweb%2Ctier+in+%28a%2Cb%29"},
		{name: "repeated param keeps values in order", build: func(r *Request) *Request { return r.Param("k", "2").Param("k", "1") },
			want: apps + "?k=2&k=1"},
		{name: "VersionedParams list options", build: func(r *Request) *Request {
			return r.Resource("deployments").VersionedParams(&metav1.ListOptions{LabelSelector: "a=b", FieldSelector: "metadata.name=x",
				Watch: true, ResourceVersion: "5", Limit: 10, Continue: "tok"}, params)
		}, want: apps + "/deployments?continue=tok&fieldSelector=metadata.name%3Dx&labelSelector=a%3Db&limit=10&resourceVersion=5&watch=true"},
		{name: "VersionedParams zero options add nothing", build: func(r *Request) *Request {
			return r.Resource("deployments").VersionedParams(&metav1.ListOptions{}, params)
		}, want: apps + "/deployments"},
		{name: "SpecificallyVersionedParams", build: func(r *Request) *Request {
			return r.Resource("deployments").SpecificallyVersionedParams(&metav1.GetOptions{ResourceVersion: "0"}, params, v1)
		}, want: apps + "/deployments?resourceVersion=0"},
		{name: "VersionedParams and Param merge", build: func(r *Request) *Request {
			return r.Param("resourceVersion", "1").VersionedParams(&metav1.ListOptions{ResourceVersion: "2", TimeoutSeconds: ptr(int64(21))}, params)
		}, want: apps + "?resourceVersion=1&resourceVersion=2&timeoutSeconds=21"},
		{name: "timeout param", build: func(r *Request) *Request { return r.Resource("pods").Timeout(5 * time.Second) }, want: apps + "/pods?timeout=5s"},
		{name: "AbsPath keeps base path, drops API path", build: func(r *Request) *Request { return r.AbsPath("/api/v1/nodes") },
			want: "https://h:6443/prefix/api/v1/nodes"},
		{name: "AbsPath then resource and name", build: func(r *Request) *Request { return r.AbsPath("/apis/x/v1").Resource("r").Name("n") },
			want: "https://h:6443/prefix/apis/x/v1/r/n"},
		{name: "AbsPath several segments", build: func(r *Request) *Request { return r.AbsPath("apis", "x", "v1") },
			want: "https://h:6443/prefix/apis/x/v1"},
		{name: "AbsPath trailing slash kept", base: "https://h", build: func(r *Request) *Request { return r.AbsPath("/healthz/") },
			want: "https://h/healthz/"},
		{name: "RequestURI path and query", build: func(r *Request) *Request { return r.Param("old", "x").RequestURI("/version?b=2&a=1") },
			want: "https://h:6443/prefix/version?a=1&b=2"},
		{name: "base without path", base: "https://h", build: func(r *Request) *Request { return r.Resource("deployments") },
			want: "https://h/apis/apps/v1/deployments"},
		{name: "base trailing slash", base: "https://h:6443/prefix/", build: func(r *Request) *Request { return r.Resource("deployments") },
			want: apps + "/deployments"},
		{name: "base query and fragment dropped", base: "https://h:6443/prefix?x=1#frag", build: func(r *Request) *Request { return r.Resource("deployments") },
			want: apps + "/deployments"},
		{name: "IPv6 host", base: "https://[::1]:6443", api: "/api/v1", build: func(r *Request) *Request { return r.Resource("pods") },
			want: "https://[::1]:6443/api/v1/pods"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, api := tt.base, tt.api
			if base == "" {
				base = "https://h:6443/prefix"
			}
			if api == "" {
				api = "/apis/apps/v1"
			}
			c := bareClient(t, base, api, ClientContentConfig{GroupVersion: v1})
			r := tt.build(c.Get())
			if err := r.Error(); err != nil {
				t.Fatalf("builder error: %v", err)
			}
			if got := r.URL().String(); got != tt.want {
				t.Errorf("URL = %q\nwant  %q", got, tt.want)
			}
		})
	}
}

// TestRequestValidationErrorTable checks the exact text of each builder
// and preflight error, and that no request is built or sent.
func TestRequestValidationErrorTable(t *testing.T) {
	tests := []struct {
		name  string
		verb  string
		build func(*Request) *Request
		want  string
	}{
		// Builder errors stop every executor; the empty-namespace
		// preflight (the last four) belongs to Do and DoRaw, as in the
		// reference (Stream and Watch do not check it).
		{"empty name", "GET", func(r *Request) *Request { return r.Resource("pods").Name("") }, "resource name may not be empty"},
		{"name with slash", "GET", func(r *Request) *Request { return r.Name("a/b") }, `invalid resource name "a/b": [may not contain '/']`},
		{"name dot", "GET", func(r *Request) *Request { return r.Name(".") }, `invalid resource name ".": [may not be '.']`},
		{"name dot-dot", "GET", func(r *Request) *Request { return r.Name("..") }, `invalid resource name "..": [may not be '..']`},
		{"name percent", "GET", func(r *Request) *Request { return r.Name("a%b") }, `invalid resource name "a%b": [may not contain '%']`},
		{"namespace with slash", "GET", func(r *Request) *Request { return r.Namespace("a/b") }, `invalid namespace "a/b": [may not contain '/']`},
		{"resource with slash", "GET", func(r *Request) *Request { return r.Resource("a/b") }, `invalid resource "a/b": [may not contain '/']`},
		{"subresource segment", "GET", func(r *Request) *Request { return r.SubResource("ok", "..") }, `invalid subresource "..": [may not be '..']`},
		{"namespace twice", "GET", func(r *Request) *Request { return r.Namespace("a").Namespace("b") }, `namespace already set to "a", cannot change to "b"`},
		{"NamespaceIfScoped after Namespace", "GET", func(r *Request) *Request { return r.Namespace("a").NamespaceIfScoped("b", true) },
			`namespace already set to "a", cannot change to "b"`},
		{"resource twice", "GET", func(r *Request) *Request { return r.Resource("a").Resource("b") }, `resource already set to "a", cannot change to "b"`},
		{"name twice", "GET", func(r *Request) *Request { return r.Name("a").Name("b") }, `resource name already set to "a", cannot change to "b"`},
		{"subresource twice", "GET", func(r *Request) *Request { return r.SubResource("a").SubResource("b") }, `subresource already set to "a", cannot change to "b"`},
		{"empty namespace on create", "POST", func(r *Request) *Request { return r.Namespace("").Resource("pods") },
			"an empty namespace may not be set during creation"},
		{"empty namespace with name on get", "GET", func(r *Request) *Request { return r.Namespace("").Resource("pods").Name("p") },
			"an empty namespace may not be set when a resource name is provided"},
		{"empty namespace with name on put", "PUT", func(r *Request) *Request { return r.Namespace("").Resource("pods").Name("p") },
			"an empty namespace may not be set when a resource name is provided"},
		{"empty namespace with name on delete", "DELETE", func(r *Request) *Request { return r.Namespace("").Resource("pods").Name("p") },
			"an empty namespace may not be set when a resource name is provided"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := &scriptedTransport{script: []any{ok200}}
			c := clientWithTransport(t, rt)
			for name, exec := range executors {
				if (name == "Watch" || name == "Stream") && strings.HasPrefix(tt.want, "an empty namespace") {
					continue
				}
				err := exec(tt.build(c.Verb(tt.verb)))
				if err == nil || err.Error() != tt.want {
					t.Errorf("%s: err = %v, want %q", name, err, tt.want)
				}
			}
			if n := rt.attempts(); n != 0 {
				t.Errorf("%d requests sent for an invalid request, want 0", n)
			}
		})
	}
}

// TestPreflightOnlyForDoAndDoRaw checks that Stream and Watch send a
// request that Do and DoRaw reject for its empty namespace, as the
// reference does.
func TestPreflightOnlyForDoAndDoRaw(t *testing.T) {
	for name, exec := range executors {
		t.Run(name, func(t *testing.T) {
			rt := &scriptedTransport{script: []any{ok200}}
			c := clientWithTransport(t, rt)
			_ = exec(c.Get().Namespace("").Resource("pods").Name("p"))
			want := 0
			if name == "Stream" || name == "Watch" {
				want = 1
			}
			if got := rt.attempts(); got != want {
				t.Errorf("%s sent %d requests, want %d", name, got, want)
			}
		})
	}
}
