package transport

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMaskValue(t *testing.T) {
	tests := []struct{ key, value, want string }{
		{"Authorization", "Bearer xyz", "Bearer <masked>"},
		{"authorization", "Basic xyz", "Basic <masked>"},
		{"Authorization", "Negotiate xyz", "Negotiate <masked>"},
		{"Authorization", "bearer", "bearer"},
		{"Authorization", "Basic ", "Basic"},
		{"Authorization", "abc xyz", "<masked>"},
		{"Authorization", "justasecret", "<masked>"},
		{"Proxy-Authorization", "Basic xyz", "Basic <masked>"},
		{"Cookie", "session=abc", "<masked>"},
		{"Accept", "application/json", "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.key+"/"+tt.value, func(t *testing.T) {
			if got := maskValue(tt.key, tt.value); got != tt.want {
				t.Errorf("maskValue(%q, %q): got %q, want %q", tt.key, tt.value, got, tt.want)
			}
		})
	}
}

// logTo returns a debugging round tripper over rt that logs into buf at
// the given handler level.
func logTo(buf *bytes.Buffer, level slog.Level, rt http.RoundTripper, levels ...DebugLevel) *debuggingRoundTripper {
	d := NewDebuggingRoundTripper(rt, levels...).(*debuggingRoundTripper)
	logger := slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: level}))
	d.logger = func() *slog.Logger { return logger }
	return d
}

func TestDebuggingRoundTripper(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Set-Cookie", "session=SERVER-SECRET")
		w.Header().Set("X-Answer", "42")
		w.WriteHeader(http.StatusTeapot)
	}))
	defer srv.Close()
	defer http.DefaultTransport.(*http.Transport).CloseIdleConnections()

	tests := []struct {
		name     string
		levels   []DebugLevel
		handler  slog.Level
		want     []string
		wantNone bool
	}{
		{name: "just URL", levels: []DebugLevel{DebugJustURL}, want: []string{"verb=GET", "url=" + srv.URL + "/api"}},
		{name: "url timing", levels: []DebugLevel{DebugURLTiming}, want: []string{"status=\"418 I'm a teapot\"", "milliseconds="}},
		{name: "curl", levels: []DebugLevel{DebugCurlCommand}, want: []string{"curl -v -XGET", "'Authorization: Bearer <masked>'", "'X-Trace: t1'"}},
		{name: "request headers", levels: []DebugLevel{DebugRequestHeaders}, want: []string{"Authorization: Bearer <masked>"}},
		{name: "response headers", levels: []DebugLevel{DebugResponseHeaders}, want: []string{"X-Answer: 42", "Set-Cookie: <masked>"}},
		{name: "detailed timing", levels: []DebugLevel{DebugDetailedTiming}, want: []string{"HTTP Trace", "dialMs="}},
		{name: "by context at info logs nothing", levels: []DebugLevel{DebugByContext}, handler: slog.LevelInfo, wantNone: true},
		{name: "by context at -6", levels: []DebugLevel{DebugByContext}, handler: -6, want: []string{"status=", "milliseconds="}},
		{name: "by context at -9", levels: []DebugLevel{DebugByContext}, handler: -9, want: []string{"curl -v -XGET", "X-Answer: 42", "HTTP Trace"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			rt := logTo(&buf, tt.handler, http.DefaultTransport, tt.levels...)
			req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, srv.URL+"/api", nil)
			require.NoError(t, err)
			req.Header.Set("Authorization", "Bearer SUPER-SECRET-TOKEN")
			req.Header.Set("X-Trace", "t1")
			resp, err := rt.RoundTrip(req)
			require.NoError(t, err)
			resp.Body.Close()
			out := buf.String()
			if tt.wantNone {
				assert.Empty(t, out)
			}
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			for _, secret := range []string{"SUPER-SECRET-TOKEN", "SERVER-SECRET"} {
				if strings.Contains(out, secret) {
					t.Errorf("log leaks %q:\n%s", secret, out)
				}
			}
		})
	}
}

func TestDebuggingRoundTripperRedactsURLPassword(t *testing.T) {
	var buf bytes.Buffer
	rt := logTo(&buf, slog.LevelInfo, &captureRT{}, DebugJustURL, DebugCurlCommand)
	_, err := get(t, rt, "http://user:URL-SECRET@example.test/x")
	require.NoError(t, err)
	assert.NotContains(t, buf.String(), "URL-SECRET")
	assert.Contains(t, buf.String(), "example.test/x")
}

func TestDebugWrappersFollowsDefaultLogger(t *testing.T) {
	previous := slog.Default()
	t.Cleanup(func() { slog.SetDefault(previous) })
	base := &captureRT{}

	slog.SetDefault(slog.New(slog.NewTextHandler(&bytes.Buffer{}, &slog.HandlerOptions{Level: slog.LevelInfo})))
	assert.Same(t, base, DebugWrappers(base), "info level: no wrapper")

	slog.SetDefault(slog.New(slog.NewTextHandler(&bytes.Buffer{}, &slog.HandlerOptions{Level: slog.Level(-6)})))
	_, ok := DebugWrappers(base).(*debuggingRoundTripper)
	assert.True(t, ok, "level -6: debugging wrapper")
}

func FuzzMaskValue(f *testing.F) {
	for _, seed := range []string{"Bearer xyz", "Basic dXNlcjpwYXNz", "bearer", "Basic ", "abc xyz", "", " Bearer  x ", "Negotiate a b c"} {
		f.Add(seed)
	}
	known := map[string]bool{"bearer": true, "basic": true, "negotiate": true}
	f.Fuzz(func(t *testing.T, value string) {
		got := maskValue("Authorization", value)
		scheme, secret, _ := strings.Cut(strings.TrimSpace(value), " ")
		secret = strings.TrimSpace(secret)
		switch {
		case got == "<masked>":
		case got == scheme && known[strings.ToLower(scheme)] && secret == "":
		case got == scheme+" <masked>" && known[strings.ToLower(scheme)] && secret != "":
		default:
			t.Fatalf("maskValue(%q) = %q: want <masked>, a known bare scheme, or a known scheme with <masked>", value, got)
		}
	})
}
