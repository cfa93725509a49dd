package rest

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
)

// collectingWarnings records the warnings it is given.
type collectingWarnings struct {
	mu       sync.Mutex
	warnings []utilnet.WarningHeader
}

func (c *collectingWarnings) HandleWarningHeader(code int, agent, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.warnings = append(c.warnings, utilnet.WarningHeader{Code: code, Agent: agent, Text: text})
}

func (c *collectingWarnings) texts() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, w := range c.warnings {
		out = append(out, w.Text)
	}
	return out
}

func TestWarningsReachHandler(t *testing.T) {
	headers := map[string]string{"Content-Type": jsonCT, "Warning": `299 - "first", 299 kube-apiserver "second" "Wed, 21 Oct 2015 07:28:00 GMT", 199 - "third"`}
	tests := []struct {
		name string
		run  func(*Request) []utilnet.WarningHeader
	}{
		{"Do", func(r *Request) []utilnet.WarningHeader { return r.Do(context.Background()).Warnings() }},
		{"DoRaw", func(r *Request) []utilnet.WarningHeader { _, _ = r.DoRaw(context.Background()); return nil }},
		{"Stream", func(r *Request) []utilnet.WarningHeader {
			rc, err := r.Stream(context.Background())
			if err == nil {
				rc.Close()
			}
			return nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, &recorder{script: []response{{code: 200, header: headers, body: "{}"}}})
			handler := &collectingWarnings{}
			got := tt.run(c.Get().Resource("pods").WarningHandler(handler))
			want := []utilnet.WarningHeader{{Code: 299, Agent: "-", Text: "first"}, {Code: 299, Agent: "kube-apiserver", Text: "second"}, {Code: 199, Agent: "-", Text: "third"}}
			assert.Equal(t, want, handler.warnings)
			if got != nil {
				assert.Equal(t, want, got)
			}
		})
	}
}

func TestConfigWarningHandler(t *testing.T) {
	srv := &recorder{script: []response{{code: 200, header: map[string]string{"Warning": `299 - "from config"`}, body: "{}"}}}
	c, s := newTestClient(t, srv)
	_ = c
	handler := &collectingWarnings{}
	cfg := testConfig(t, s.URL)
	cfg.WarningHandler = handler
	client, err := RESTClientFor(cfg)
	require.NoError(t, err)
	_ = client.Get().Resource("pods").Do(context.Background())
	assert.Equal(t, []string{"from config"}, handler.texts())
}

func TestWarningWriter(t *testing.T) {
	tests := []struct {
		name string
		opts WarningWriterOptions
		want string
		n    int
	}{
		{"plain", WarningWriterOptions{}, "Warning: a\nWarning: a\nWarning: b\n", 3},
		{"dedup", WarningWriterOptions{Deduplicate: true}, "Warning: a\nWarning: b\n", 2},
		{"color", WarningWriterOptions{Deduplicate: true, Color: true}, "\x1b[33;1mWarning:\x1b[0m a\n\x1b[33;1mWarning:\x1b[0m b\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewWarningWriter(&buf, tt.opts)
			w.HandleWarningHeader(299, "-", "a")
			w.HandleWarningHeader(299, "-", "a")
			w.HandleWarningHeader(199, "-", "ignored code")
			w.HandleWarningHeader(299, "-", "")
			w.HandleWarningHeaderWithContext(context.Background(), 299, "-", "b")
			assert.Equal(t, tt.want, buf.String())
			assert.Equal(t, tt.n, w.WarningCount())
		})
	}
}

func TestDefaultWarningHandlerDeduplicates(t *testing.T) {
	var buf bytes.Buffer
	restoreSlog(t, &buf)
	d := &dedupLogger{seen: map[string]bool{}}
	ctx := context.Background()
	d.HandleWarningHeaderWithContext(ctx, 299, "-", "deprecated API")
	d.HandleWarningHeaderWithContext(ctx, 299, "-", "deprecated API")
	d.HandleWarningHeaderWithContext(ctx, 299, "-", "other")
	d.HandleWarningHeaderWithContext(ctx, 199, "-", "not 299")
	assert.Equal(t, 1, bytes.Count(buf.Bytes(), []byte("deprecated API")), "log: %s", buf.String())
	assert.Equal(t, 1, bytes.Count(buf.Bytes(), []byte("other")))
	assert.NotContains(t, buf.String(), "not 299")
}

func TestSetDefaultWarningHandler(t *testing.T) {
	saved := getDefaultWarningHandler()
	t.Cleanup(func() { SetDefaultWarningHandlerWithContext(saved) })
	handler := &collectingWarnings{}
	SetDefaultWarningHandler(handler)
	c, _ := newTestClient(t, &recorder{script: []response{{code: 200, header: map[string]string{"Warning": `299 - "default"`}, body: "{}"}}})
	_ = c.Get().Resource("pods").Do(context.Background())
	assert.Equal(t, []string{"default"}, handler.texts())

	SetDefaultWarningHandler(NoWarnings{})
	_ = c.Get().Resource("pods").Do(context.Background())
	assert.Equal(t, []string{"default"}, handler.texts())
}

func TestWarningLoggerOnlyLogs299(t *testing.T) {
	var buf bytes.Buffer
	restoreSlog(t, &buf)
	WarningLogger{}.HandleWarningHeader(299, "-", "shown")
	WarningLogger{}.HandleWarningHeader(199, "-", "hidden")
	NoWarnings{}.HandleWarningHeader(299, "-", "silenced")
	assert.Contains(t, buf.String(), "shown")
	assert.NotContains(t, buf.String(), "hidden")
	assert.NotContains(t, buf.String(), "silenced")
}
