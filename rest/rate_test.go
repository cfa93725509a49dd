package rest

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingServer answers every request with an empty JSON object and
// counts them.
func countingServer(t *testing.T) (*atomic.Int64, string) {
	t.Helper()
	var n atomic.Int64
	_, srv := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		n.Add(1)
		w.Header().Set("Content-Type", jsonCT)
		_, _ = w.Write([]byte(`{}`))
	}))
	return &n, srv.URL
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
// plus QPS times the elapsed time, and a fair share of it.
func TestClientRateLimitMeasured(t *testing.T) {
	const qps, burst = 20, 2
	count, url := countingServer(t)
	cfg := testConfig(t, url)
	cfg.QPS, cfg.Burst = qps, burst
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)

	elapsed := requestsIn(t, c, time.Second)
	got := count.Load()
	limit := int64(burst + qps*elapsed.Seconds() + 1)
	assert.LessOrEqual(t, got, limit, "%d requests in %v exceed burst %d + %d QPS", got, elapsed, burst, qps)
	assert.GreaterOrEqual(t, got, int64(qps/4), "only %d requests in %v at %d QPS", got, elapsed, qps)

	// The same loop without a limiter is far faster, so the limit above
	// is the limiter's doing.
	count.Store(0)
	cfg.QPS = -1
	free, err := RESTClientFor(cfg)
	require.NoError(t, err)
	requestsIn(t, free, 300*time.Millisecond)
	assert.Greater(t, count.Load(), int64(2*(burst+qps)), "unthrottled client made only %d requests", count.Load())
}

// TestClientRateLimitTakesTime sends burst+10 requests at 20 QPS: the
// ten beyond the burst need at least half a second in total.
func TestClientRateLimitTakesTime(t *testing.T) {
	const qps, burst, extra = 20, 3, 10
	count, url := countingServer(t)
	cfg := testConfig(t, url)
	cfg.QPS, cfg.Burst = qps, burst
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	start := time.Now()
	for i := 0; i < burst+extra; i++ {
		require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
	}
	elapsed := time.Since(start)
	assert.Equal(t, int64(burst+extra), count.Load())
	// 10 tokens at 20/s take 500ms; allow 20% for clock granularity.
	assert.GreaterOrEqual(t, elapsed, 400*time.Millisecond, "%d requests at %d QPS took only %v", burst+extra, qps, elapsed)
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
