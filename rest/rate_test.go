package rest

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingTransport answers every request with an empty JSON object and
// counts them, without a network, so the client's own limiter is the only
// thing that can hold requests back.
type countingTransport struct{ n atomic.Int64 }

func (c *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {jsonCT}},
		Body: io.NopCloser(strings.NewReader(`{}`)), Request: req}, nil
}

// rateLimitedClient returns a client limited to qps and burst sending to
// rt.
func rateLimitedClient(t *testing.T, rt http.RoundTripper, qps float32, burst int) *RESTClient {
	t.Helper()
	cfg := testConfig(t, "http://example.test")
	cfg.QPS, cfg.Burst = qps, burst
	c, err := RESTClientForConfigAndClient(cfg, &http.Client{Transport: rt})
	require.NoError(t, err)
	return c
}

// requestsIn sends GETs one after another for window and returns how
// long it really ran.
func requestsIn(t *testing.T, c *RESTClient, window time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	for time.Since(start) < window {
		require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
	}
	return time.Since(start)
}

// TestClientRateLimitMeasured counts the requests a client configured
// with a small QPS gets through in a window: never more than the burst
// plus QPS times the elapsed time, and a fair share of it. Without a
// limiter the same requests are not held back at all.
func TestClientRateLimitMeasured(t *testing.T) {
	const qps, burst = 20, 2
	limited := &countingTransport{}
	elapsed := requestsIn(t, rateLimitedClient(t, limited, qps, burst), time.Second)
	got := limited.n.Load()
	limit := int64(burst + qps*elapsed.Seconds() + 1)
	assert.LessOrEqual(t, got, limit, "%d requests in %v exceed burst %d + %d QPS", got, elapsed, burst, qps)
	assert.GreaterOrEqual(t, got, int64(qps/4), "only %d requests in %v at %d QPS", got, elapsed, qps)

	// Without a limiter, n requests finish sooner than a 20 QPS limiter
	// could ever let them through ((n-burst)/qps seconds): a bound set by
	// the limiter's arithmetic, not by how fast this machine is.
	const n = 400
	free := rateLimitedClient(t, &countingTransport{}, -1, 0)
	start := time.Now()
	for i := 0; i < n; i++ {
		require.NoError(t, free.Get().Resource("pods").Do(context.Background()).Error())
	}
	floor := time.Duration(float64(n-burst) / qps * float64(time.Second))
	assert.Less(t, time.Since(start), floor, "%d unthrottled requests took as long as a %d QPS limiter needs", n, qps)
}

// TestCancellationStopsInFlightRequest cancels the context while the
// server holds the request: every executor returns context.Canceled and
// the server sees the request go away.
func TestCancellationStopsInFlightRequest(t *testing.T) {
	for name, exec := range map[string]func(context.Context, *Request) error{
		"Do":    func(ctx context.Context, r *Request) error { return r.Do(ctx).Error() },
		"DoRaw": func(ctx context.Context, r *Request) error { _, err := r.DoRaw(ctx); return err },
		"Stream": func(ctx context.Context, r *Request) error {
			rc, err := r.Stream(ctx)
			if rc != nil {
				rc.Close()
			}
			return err
		},
		"Watch": func(ctx context.Context, r *Request) error {
			w, err := r.Watch(ctx)
			if w != nil {
				w.Stop()
			}
			return err
		},
	} {
		t.Run(name, func(t *testing.T) {
			arrived, gone := make(chan struct{}), make(chan struct{})
			c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				close(arrived)
				<-r.Context().Done()
				close(gone)
			}))
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- exec(ctx, c.Get().Resource("pods")) }()
			<-arrived
			cancel()
			select {
			case err := <-done:
				require.ErrorIs(t, err, context.Canceled)
			case <-time.After(10 * time.Second):
				t.Fatal("executor did not return after cancel")
			}
			select {
			case <-gone:
			case <-time.After(10 * time.Second):
				t.Fatal("server never saw the request cancelled")
			}
		})
	}
}

// TestConfigTimeoutEndsHangingRequest gives the client a Config.Timeout
// against a server that never answers.
func TestConfigTimeoutEndsHangingRequest(t *testing.T) {
	release := make(chan struct{})
	_, srv := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer close(release)
	cfg := testConfig(t, srv.URL)
	cfg.Timeout = 100 * time.Millisecond
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	err = c.Get().Resource("pods").Do(context.Background()).Error()
	require.Error(t, err)
	var netErr net.Error
	timedOut := errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout())
	assert.True(t, timedOut, "err = %v, want a timeout", err)
}
