package rest

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConfigHeadersEndToEnd checks the headers a server receives for
// each credential and identity setting of rest.Config.
func TestConfigHeadersEndToEnd(t *testing.T) {
	tokenFile := filepath.Join(t.TempDir(), "token")
	require.NoError(t, os.WriteFile(tokenFile, []byte(" file-token\n"), 0o600))
	tests := []struct {
		name string
		mod  func(*Config)
		want http.Header
		none []string // headers that must be absent
	}{
		{name: "impersonate user, uid, groups and extra", mod: func(c *Config) {
			c.Impersonate = ImpersonationConfig{UserName: "alice", UID: "42", Groups: []string{"dev", "ops"},
				Extra: map[string][]string{"scopes": {"read", "write"}, "example.com/team": {"blue"}}}
		}, want: http.Header{
			"Impersonate-User":                     {"alice"},
			"Impersonate-Uid":                      {"42"},
			"Impersonate-Group":                    {"dev", "ops"},
			"Impersonate-Extra-Scopes":             {"read", "write"},
			"Impersonate-Extra-Example.com%2fteam": {"blue"},
		}},
		{name: "impersonate user only", mod: func(c *Config) { c.Impersonate.UserName = "bob" },
			want: http.Header{"Impersonate-User": {"bob"}}, none: []string{"Impersonate-Uid", "Impersonate-Group"}},
		{name: "no impersonation", mod: func(*Config) {}, none: []string{"Impersonate-User", "Authorization"}},
		{name: "token file beats static token", mod: func(c *Config) { c.BearerToken, c.BearerTokenFile = "static", tokenFile },
			want: http.Header{"Authorization": {"Bearer file-token"}}},
		{name: "token file alone", mod: func(c *Config) { c.BearerTokenFile = tokenFile },
			want: http.Header{"Authorization": {"Bearer file-token"}}},
		{name: "user agent", mod: func(c *Config) { c.UserAgent = "skiff-test/2" }, want: http.Header{"User-Agent": {"skiff-test/2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
			_, srv := newTestClient(t, rec)
			cfg := testConfig(t, srv.URL)
			tt.mod(cfg)
			c, err := RESTClientFor(cfg)
			require.NoError(t, err)
			require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
			got := rec.seen()[0].header
			for k, v := range tt.want {
				assert.Equal(t, v, got.Values(k), "header %s", k)
			}
			for _, k := range tt.none {
				assert.Empty(t, got.Values(k), "header %s", k)
			}
		})
	}
}

// TestDebugLoggingRedactsCredentials turns on request debugging through
// the default slog logger and checks that no credential reaches the log.
func TestDebugLoggingRedactsCredentials(t *testing.T) {
	var buf bytes.Buffer
	saved := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.Level(-9)})))
	t.Cleanup(func() { slog.SetDefault(saved) })

	tests := []struct {
		name   string
		mod    func(*Config)
		masked string
		secret string
	}{
		{"bearer", func(c *Config) { c.BearerToken = "SECRET-BEARER-TOKEN" }, "Bearer <masked>", "SECRET-BEARER-TOKEN"},
		{"basic", func(c *Config) { c.Username, c.Password = "user", "SECRET-PASSWORD" }, "Basic <masked>", "dXNlcjpTRUNSRVQtUEFTU1dPUkQ="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf.Reset()
			_, srv := newTestClient(t, &recorder{script: []response{jsonResponse(200, `{}`)}})
			cfg := testConfig(t, srv.URL)
			tt.mod(cfg)
			c, err := RESTClientFor(cfg)
			require.NoError(t, err)
			require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
			out := buf.String()
			assert.Contains(t, out, "curl", "debug logging is on at level -9")
			assert.Contains(t, out, tt.masked)
			for _, secret := range []string{tt.secret, "SECRET-PASSWORD"} {
				if strings.Contains(out, secret) {
					t.Errorf("debug log shows %q:\n%s", secret, out)
				}
			}
		})
	}
}
