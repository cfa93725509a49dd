package rest

import (
	"net/url"
	"strings"
	"testing"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	kruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func TestRequestURLPath(t *testing.T) {
	tests := []struct {
		name  string
		base  string
		api   string
		build func(*Request) *Request
		want  string
	}{
		{"name resource namespace", "http://h/test/", "", func(r *Request) *Request {
			return r.Name("bar").Resource("baz").Namespace("foo")
		}, "/test/namespaces/foo/baz/bar"},
		{"order does not matter, suffix and subresource", "http://h/test/", "", func(r *Request) *Request {
			return r.Suffix("test").SubResource("a", "b").Name("bar").Namespace("foo").Resource("baz")
		}, "/test/namespaces/foo/baz/bar/a/b/test"},
		{"namespace only at root", "http://h/", "", func(r *Request) *Request { return r.Namespace("foo") }, "/namespaces/foo"},
		{"empty namespace adds nothing", "http://h/", "/api/v1", func(r *Request) *Request {
			return r.Namespace("").Resource("pods")
		}, "/api/v1/pods"},
		{"resource lower-cased", "http://h/", "/api/v1", func(r *Request) *Request { return r.Resource("Pods") }, "/api/v1/pods"},
		{"versioned api path", "http://h", "/apis/apps/v1", func(r *Request) *Request {
			return r.Namespace("ns").Resource("deployments").Name("d").SubResource("scale")
		}, "/apis/apps/v1/namespaces/ns/deployments/d/scale"},
		{"base path kept", "http://h/prefix", "/api/v1", func(r *Request) *Request { return r.Resource("pods") }, "/prefix/api/v1/pods"},
		{"prefix appends", "http://h/", "/api/v1", func(r *Request) *Request { return r.Prefix("watch", "x").Resource("pods") }, "/api/v1/watch/x/pods"},
		{"abs path drops api path", "http://h/base/", "/api/v1", func(r *Request) *Request { return r.AbsPath("/healthz") }, "/base/healthz"},
		{"abs path keeps trailing slash", "http://h/", "/api/v1", func(r *Request) *Request { return r.AbsPath("/foo/") }, "/foo/"},
		{"abs path segments", "http://h/", "", func(r *Request) *Request { return r.AbsPath("foo/bar", "baz") }, "/foo/bar/baz"},
		{"request uri with base", "http://h/context", "", func(r *Request) *Request { return r.RequestURI("/test") }, "/context/test"},
		{"request uri dot-dot", "http://h/context", "", func(r *Request) *Request { return r.RequestURI("../test") }, "/test"},
		{"bare prefix keeps slash", "http://h/path/", "", func(r *Request) *Request { return r }, "/path"},
		{"root stays root", "http://h/", "", func(r *Request) *Request { return r }, "/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := bareClient(t, tt.base, tt.api, ClientContentConfig{})
			r := tt.build(c.Get())
			if err := r.Error(); err != nil {
				t.Fatalf("builder error: %v", err)
			}
			if got := r.URL().Path; got != tt.want {
				t.Errorf("path = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRequestURLRawPrefix(t *testing.T) {
	// A request whose prefix ends in "/" keeps it when nothing follows.
	r := &Request{c: &RESTClient{base: &url.URL{}}, pathPrefix: "/path/"}
	if got, want := r.URL().Path, "/path/"; got != want {
		t.Errorf("path = %q, want %q", got, want)
	}
	r = &Request{c: &RESTClient{base: &url.URL{}}, pathPrefix: "/path/"}
	r.namespaceSet, r.namespace = true, "ns"
	if got, want := r.URL().Path, "/path/namespaces/ns"; got != want {
		t.Errorf("path = %q, want %q", got, want)
	}
}

func TestRequestSetTwiceIsError(t *testing.T) {
	tests := []struct {
		name    string
		build   func(*Request) *Request
		wantErr string
	}{
		{"namespace", func(r *Request) *Request { return r.Namespace("a").Namespace("b") }, `namespace already set to "a", cannot change to "b"`},
		{"resource", func(r *Request) *Request { return r.Resource("a").Resource("b") }, `resource already set to "a", cannot change to "b"`},
		{"name", func(r *Request) *Request { return r.Name("bar").Name("baz") }, `resource name already set to "bar", cannot change to "baz"`},
		{"subresource", func(r *Request) *Request { return r.SubResource("a").SubResource("b") }, `subresource already set to "a", cannot change to "b"`},
		{"empty name", func(r *Request) *Request { return r.Name("") }, "resource name may not be empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := bareClient(t, "http://h/", "/api/v1", ClientContentConfig{})
			r := tt.build(c.Get())
			if r.Error() == nil || r.Error().Error() != tt.wantErr {
				t.Fatalf("err = %v, want %q", r.Error(), tt.wantErr)
			}
			// The first error sticks and later builders do nothing.
			before := r.URL().String()
			r.Namespace("other").Resource("x").Name("y").Suffix("z").Param("p", "q")
			if got := r.Error().Error(); got != tt.wantErr {
				t.Errorf("err after more builders = %q, want %q", got, tt.wantErr)
			}
			if after := r.URL().String(); after != before {
				t.Errorf("URL changed after error: %q -> %q", before, after)
			}
		})
	}
}

func TestRequestInvalidSegments(t *testing.T) {
	segments := []struct {
		value string
		msg   string
	}{
		{".", "may not be '.'"},
		{"..", "may not be '..'"},
		{"test/segment", "may not contain '/'"},
		{"test%2bsegment", "may not contain '%'"},
	}
	setters := []struct {
		name   string
		prefix string
		set    func(*Request, string) *Request
	}{
		{"namespace", "invalid namespace", (*Request).Namespace},
		{"resource", "invalid resource", (*Request).Resource},
		{"name", "invalid resource name", (*Request).Name},
		{"subresource", "invalid subresource", func(r *Request, s string) *Request { return r.SubResource(s) }},
	}
	for _, setter := range setters {
		for _, seg := range segments {
			t.Run(setter.name+" "+seg.value, func(t *testing.T) {
				c := bareClient(t, "http://h/", "/api/v1", ClientContentConfig{})
				err := setter.set(c.Get(), seg.value).Error()
				if err == nil {
					t.Fatalf("no error for %q", seg.value)
				}
				if !strings.HasPrefix(err.Error(), setter.prefix+" ") || !strings.Contains(err.Error(), seg.msg) {
					t.Errorf("err = %q, want prefix %q and %q", err, setter.prefix, seg.msg)
				}
			})
		}
	}
}

func TestPathSegmentValidation(t *testing.T) {
	tests := []struct {
		name       string
		prefix     bool
		wantErrors int
	}{
		{"ok", false, 0},
		{".", false, 1},
		{".", true, 0},
		{"a/b%", false, 2},
		{"a/b", true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(ValidatePathSegmentName(tt.name, tt.prefix)); got != tt.wantErrors {
				t.Errorf("ValidatePathSegmentName(%q, %v) gave %d errors, want %d", tt.name, tt.prefix, got, tt.wantErrors)
			}
		})
	}
}

func TestRequestParams(t *testing.T) {
	ts := newTestScheme(t)
	tests := []struct {
		name  string
		base  string
		build func(*Request) *Request
		want  url.Values
		path  string
	}{
		{"param appends", "http://h/", func(r *Request) *Request {
			return r.Param("foo", "a").Param("bar", "1").Param("bar", "2")
		}, url.Values{"foo": {"a"}, "bar": {"1", "2"}}, ""},
		{"request uri replaces params", "http://h/", func(r *Request) *Request {
			return r.Param("foo", "a").Param("bar", "b").Prefix("other").RequestURI("/test?foo=b&a=b&c=1&c=2")
		}, url.Values{"a": {"b"}, "foo": {"b"}, "c": {"1", "2"}}, "/test"},
		{"request uri without query clears params", "http://h/", func(r *Request) *Request {
			return r.Param("foo", "a").RequestURI("/test")
		}, url.Values{}, "/test"},
		{"versioned params append", "http://h/", func(r *Request) *Request {
			return r.VersionedParams(&metav1.ListOptions{ResourceVersion: "1"}, ts.params).
				VersionedParams(&metav1.ListOptions{ResourceVersion: "2", TimeoutSeconds: ptr(int64(10))}, ts.params)
		}, url.Values{"resourceVersion": {"1", "2"}, "timeoutSeconds": {"10"}}, ""},
		{"list options limit", "http://h/", func(r *Request) *Request {
			return r.VersionedParams(&metav1.ListOptions{Limit: 500}, ts.params)
		}, url.Values{"limit": {"500"}}, ""},
		{"timeout param", "http://h/", func(r *Request) *Request { return r.Timeout(32 * time.Second) }, url.Values{"timeout": {"32s"}}, ""},
		{"timeout minute", "http://h/", func(r *Request) *Request { return r.Timeout(time.Minute) }, url.Values{"timeout": {"1m0s"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := bareClient(t, tt.base, "", ClientContentConfig{GroupVersion: schema.GroupVersion{Version: "v1"}})
			r := tt.build(c.Get())
			if err := r.Error(); err != nil {
				t.Fatalf("builder error: %v", err)
			}
			u := r.URL()
			if got, want := u.RawQuery, tt.want.Encode(); got != want {
				t.Errorf("query = %q, want %q", got, want)
			}
			if tt.path != "" && u.Path != tt.path {
				t.Errorf("path = %q, want %q", u.Path, tt.path)
			}
		})
	}
}

func TestVersionedParamsUnknownTypeIsError(t *testing.T) {
	ts := newTestScheme(t)
	c := bareClient(t, "http://h/", "", ClientContentConfig{GroupVersion: schema.GroupVersion{Group: "nope", Version: "v9"}})
	r := c.Get().VersionedParams(&unknownOptions{}, ts.params)
	if r.Error() == nil {
		t.Fatal("no error for a type the codec cannot encode")
	}
}

func TestAcceptHeader(t *testing.T) {
	tests := []struct {
		name    string
		content ClientContentConfig
		want    string
	}{
		{"default json", ClientContentConfig{}, "application/json, */*"},
		{"other content type", ClientContentConfig{ContentType: "application/other"}, "application/other, */*"},
		{"explicit accept", ClientContentConfig{AcceptContentTypes: "application/yaml"}, "application/yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := bareClient(t, "http://h/path/", "", tt.content)
			if got := c.Get().headers.Get("Accept"); got != tt.want {
				t.Errorf("Accept = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDefaultServerURL(t *testing.T) {
	v1 := schema.GroupVersion{Version: "v1"}
	tests := []struct {
		host, apiPath string
		gv            schema.GroupVersion
		tls           bool
		want          string
		wantErr       bool
	}{
		{host: "127.0.0.1", gv: v1, want: "http://127.0.0.1/v1"},
		{host: "127.0.0.1:8080", gv: v1, want: "http://127.0.0.1:8080/v1"},
		{host: "http://host/prefix", gv: v1, want: "http://host/prefix/v1"},
		{host: "http://host", apiPath: "/other", gv: v1, want: "http://host/other/v1"},
		{host: "host/server", gv: v1, wantErr: true},
		{host: "", gv: v1, wantErr: true},
		{host: "example.com", apiPath: "/apis", gv: schema.GroupVersion{Group: "apps", Version: "v1"}, tls: true, want: "https://example.com/apis/apps/v1"},
		{host: "[::1]:6443", apiPath: "api", gv: v1, tls: true, want: "https://[::1]:6443/api/v1"},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			u, versioned, err := DefaultServerURL(tt.host, tt.apiPath, tt.gv, tt.tls)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("got %v, want an error", u)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			u.Path = strings.TrimSuffix(u.Path, "/") + versioned
			if got := u.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// unknownOptions is an object no scheme knows.
type unknownOptions struct {
	metav1.TypeMeta
	Field string `json:"field"`
}

func (u *unknownOptions) DeepCopyObject() kruntime.Object { c := *u; return &c }
