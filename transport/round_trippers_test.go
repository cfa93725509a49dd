package transport

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAuthRoundTrippers(t *testing.T) {
	tests := []struct {
		name       string
		wrap       func(http.RoundTripper) http.RoundTripper
		preset     http.Header
		wantHeader string
		want       string
	}{
		{"bearer sets header", func(rt http.RoundTripper) http.RoundTripper { return NewBearerAuthRoundTripper("tok", rt) },
			nil, "Authorization", "Bearer tok"},
		{"bearer keeps existing", func(rt http.RoundTripper) http.RoundTripper { return NewBearerAuthRoundTripper("tok", rt) },
			http.Header{"Authorization": {"Bearer other"}}, "Authorization", "Bearer other"},
		{"basic sets header", func(rt http.RoundTripper) http.RoundTripper { return NewBasicAuthRoundTripper("user", "pass", rt) },
			nil, "Authorization", "Basic dXNlcjpwYXNz"},
		{"basic keeps existing", func(rt http.RoundTripper) http.RoundTripper { return NewBasicAuthRoundTripper("user", "pass", rt) },
			http.Header{"Authorization": {"Bearer x"}}, "Authorization", "Bearer x"},
		{"user agent sets header", func(rt http.RoundTripper) http.RoundTripper { return NewUserAgentRoundTripper("agent/1", rt) },
			nil, "User-Agent", "agent/1"},
		{"user agent keeps existing", func(rt http.RoundTripper) http.RoundTripper { return NewUserAgentRoundTripper("agent/1", rt) },
			http.Header{"User-Agent": {"mine"}}, "User-Agent", "mine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			capture := &captureRT{}
			req := httptest.NewRequest(http.MethodGet, "http://example.test/api", nil)
			for k, v := range tt.preset {
				req.Header[k] = v
			}
			original := req.Header.Clone()
			_, err := tt.wrap(capture).RoundTrip(req)
			require.NoError(t, err)
			if got := capture.req.Header.Get(tt.wantHeader); got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.wantHeader, got, tt.want)
			}
			if !reflect.DeepEqual(req.Header, original) {
				t.Errorf("caller's request headers changed: got %v, want %v", req.Header, original)
			}
		})
	}
}

func TestImpersonationHeaders(t *testing.T) {
	tests := []struct {
		name   string
		config ImpersonationConfig
		preset http.Header
		want   http.Header
	}{
		{
			name:   "user uid groups",
			config: ImpersonationConfig{UserName: "alice", UID: "1234", Groups: []string{"g1", "g2"}},
			want: http.Header{
				"Impersonate-User":  {"alice"},
				"Impersonate-Uid":   {"1234"},
				"Impersonate-Group": {"g1", "g2"},
			},
		},
		{
			name:   "extra keys escaped",
			config: ImpersonationConfig{UserName: "bob", Extra: map[string][]string{"test.example.com/thing.thing": {"A", "B"}}},
			want: http.Header{
				"Impersonate-User": {"bob"},
				"Impersonate-Extra-Test.example.com%2fthing.thing": {"A", "B"},
			},
		},
		{
			name:   "percent in key escaped",
			config: ImpersonationConfig{UserName: "bob", Extra: map[string][]string{"a%20b": {"v"}}},
			want: http.Header{
				"Impersonate-User":          {"bob"},
				"Impersonate-Extra-A%2520b": {"v"},
			},
		},
		{
			name:   "existing impersonate user skips wrapper",
			config: ImpersonationConfig{UserName: "alice", Groups: []string{"g1"}},
			preset: http.Header{"Impersonate-User": {"carol"}},
			want:   http.Header{"Impersonate-User": {"carol"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			capture := &captureRT{}
			req, err := http.NewRequest(http.MethodGet, "http://example.test/", nil)
			require.NoError(t, err)
			for k, v := range tt.preset {
				req.Header[k] = v
			}
			_, err = NewImpersonatingRoundTripper(tt.config, capture).RoundTrip(req)
			require.NoError(t, err)
			if got := capture.req.Header; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("headers: got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHeaderKeyEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"test.example.com/thing.thing", "test.example.com%2Fthing.thing"},
		{"a%20b", "a%2520b"},
		{"sp ace", "sp%20ace"},
		{"ümlaut", "%C3%BCmlaut"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := headerKeyEscape(tt.in); got != tt.want {
				t.Errorf("headerKeyEscape(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAuthProxyRoundTripper(t *testing.T) {
	capture := &captureRT{}
	req, err := http.NewRequest(http.MethodGet, "http://example.test/", nil)
	require.NoError(t, err)
	req.Header.Set("X-Remote-User", "mallory")
	req.Header.Set("X-Remote-Extra-Stale", "x")
	rt := NewAuthProxyRoundTripper("alice", "uid-1", []string{"g1", "g2"},
		map[string][]string{"scopes": {"a", "b"}, "x/y": {"z"}}, capture)
	_, err = rt.RoundTrip(req)
	require.NoError(t, err)
	want := http.Header{
		"X-Remote-User":         {"alice"},
		"X-Remote-Uid":          {"uid-1"},
		"X-Remote-Group":        {"g1", "g2"},
		"X-Remote-Extra-Scopes": {"a", "b"},
		"X-Remote-Extra-X%2fy":  {"z"},
	}
	assert.Equal(t, want, capture.req.Header)
	assert.Equal(t, "mallory", req.Header.Get("X-Remote-User"), "caller's request must not change")
}

func TestHTTPWrappersForConfigOrder(t *testing.T) {
	capture := &captureRT{}
	var seenByWrap http.Header
	config := &Config{
		UserAgent:   "ua/1",
		BearerToken: "tok",
		Impersonate: ImpersonationConfig{UserName: "alice"},
		WrapTransport: func(rt http.RoundTripper) http.RoundTripper {
			return roundTripFunc(func(req *http.Request) (*http.Response, error) {
				seenByWrap = req.Header.Clone()
				return rt.RoundTrip(req)
			})
		},
	}
	rt, err := HTTPWrappersForConfig(config, capture)
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodGet, "http://example.test/", nil)
	require.NoError(t, err)
	_, err = rt.RoundTrip(req)
	require.NoError(t, err)
	want := http.Header{"User-Agent": {"ua/1"}, "Authorization": {"Bearer tok"}, "Impersonate-User": {"alice"}}
	assert.Equal(t, want, seenByWrap, "WrapTransport sees every header set by the outer wrappers")
	assert.Equal(t, want, capture.req.Header)
}

func TestHTTPWrappersForConfigErrors(t *testing.T) {
	tests := []struct {
		name    string
		config  *Config
		wantErr string
	}{
		{"basic and token", &Config{Username: "u", Password: "p", BearerToken: "t"}, "username/password or bearer token may be set, but not both"},
		{"missing token file", &Config{BearerTokenFile: "/nonexistent/token"}, "reading token file"},
		{"nil config", nil, "nil config"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := HTTPWrappersForConfig(tt.config, &captureRT{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestWrappers(t *testing.T) {
	var order []string
	mark := func(name string) WrapperFunc {
		return func(rt http.RoundTripper) http.RoundTripper {
			return roundTripFunc(func(req *http.Request) (*http.Response, error) {
				order = append(order, name)
				return rt.RoundTrip(req)
			})
		}
	}
	assert.Nil(t, Wrappers(), "no wrappers")
	assert.Nil(t, Wrappers(nil, nil), "only nil wrappers")
	rt := Wrappers(mark("inner"), nil, mark("outer"))(&captureRT{})
	req, err := http.NewRequest(http.MethodGet, "http://example.test/", nil)
	require.NoError(t, err)
	_, err = rt.RoundTrip(req)
	require.NoError(t, err)
	assert.Equal(t, []string{"outer", "inner"}, order)

	order = nil
	config := &Config{WrapTransport: mark("first")}
	config.Wrap(mark("second"))
	_, err = config.WrapTransport(&captureRT{}).RoundTrip(req)
	require.NoError(t, err)
	assert.Equal(t, []string{"second", "first"}, order, "Wrap adds outside the existing wrapper")
}
