package rest

import (
	"context"
	"errors"
	"io"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/tools/metrics"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// countingLimiter counts Wait calls and fails them with err when set.
type countingLimiter struct {
	mu    sync.Mutex
	waits int
	err   error
	block bool
}

func (l *countingLimiter) TryAccept() bool { return true }
func (l *countingLimiter) Accept()         {}
func (l *countingLimiter) Stop()           {}
func (l *countingLimiter) QPS() float32    { return 1 }
func (l *countingLimiter) Wait(ctx context.Context) error {
	l.mu.Lock()
	l.waits++
	block, err := l.block, l.err
	l.mu.Unlock()
	if block {
		<-ctx.Done()
		return ctx.Err()
	}
	return err
}

func (l *countingLimiter) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.waits
}

func TestThrottledExecutors(t *testing.T) {
	tests := []struct {
		name      string
		script    []any
		exec      string
		wantWaits int
	}{
		{"Do once", []any{ok200}, "Do", 1},
		{"DoRaw once", []any{ok200}, "DoRaw", 1},
		{"Stream once", []any{ok200}, "Stream", 1},
		{"Watch first attempt not throttled", []any{ok200}, "Watch", 0},
		{"Do retry throttled again", []any{retryAfter(429, "0"), ok200}, "Do", 2},
		{"Watch retry throttled", []any{retryAfter(429, "0"), ok200}, "Watch", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limiter := &countingLimiter{}
			c := clientWithTransport(t, &scriptedTransport{script: tt.script})
			_ = executors[tt.exec](c.Get().Resource("pods").Throttle(limiter).BackOffWithContext(&recordingBackoff{}))
			assert.Equal(t, tt.wantWaits, limiter.count())
		})
	}
}

func TestThrottleHonoursContext(t *testing.T) {
	rt := &scriptedTransport{script: []any{ok200}}
	c := clientWithTransport(t, rt)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := c.Get().Resource("pods").Throttle(&countingLimiter{block: true}).Do(ctx).Error()
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Equal(t, 0, rt.attempts(), "a request was sent while throttled")
}

func TestThrottleErrorWrapped(t *testing.T) {
	c := clientWithTransport(t, &scriptedTransport{script: []any{ok200}})
	cause := errors.New("limiter broke")
	err := c.Get().Resource("pods").Throttle(&countingLimiter{err: cause}).Do(context.Background()).Error()
	require.ErrorIs(t, err, cause)
	assert.Contains(t, err.Error(), "client rate limiter Wait returned an error")
}

func TestTokenBucketLimitsRate(t *testing.T) {
	// A bucket of one token refilling once an hour admits one request;
	// the second waits until its context ends.
	limiter := flowcontrol.NewTokenBucketRateLimiter(1.0/3600, 1)
	rt := &scriptedTransport{script: []any{ok200}}
	c := clientWithTransport(t, rt)
	require.NoError(t, c.Get().Resource("pods").Throttle(limiter).Do(context.Background()).Error())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := c.Get().Resource("pods").Throttle(limiter).Do(ctx).Error()
	require.Error(t, err)
	assert.Equal(t, 1, rt.attempts())
}

// metricsRecorder implements the request-path metric hooks.
type metricsRecorder struct {
	mu       sync.Mutex
	results  []string
	retries  []string
	latency  int
	rlWaits  int
	respSize int
}

func (m *metricsRecorder) Increment(_ context.Context, code, method, host string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.results = append(m.results, code+" "+method)
}

func (m *metricsRecorder) IncrementRetry(_ context.Context, code, method, host string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.retries = append(m.retries, code+" "+method)
}

type latencyFunc func()

func (f latencyFunc) Observe(context.Context, string, url.URL, time.Duration) { f() }

type sizeFunc func()

func (f sizeFunc) Observe(context.Context, string, string, float64) { f() }

func TestMetricsHooksCalled(t *testing.T) {
	m := &metricsRecorder{}
	saved := []any{metrics.RequestResult, metrics.RequestRetry, metrics.RequestLatency, metrics.RateLimiterLatency, metrics.ResponseSize}
	t.Cleanup(func() {
		metrics.RequestResult = saved[0].(metrics.ResultMetric)
		metrics.RequestRetry = saved[1].(metrics.RetryMetric)
		metrics.RequestLatency = saved[2].(metrics.LatencyMetric)
		metrics.RateLimiterLatency = saved[3].(metrics.LatencyMetric)
		metrics.ResponseSize = saved[4].(metrics.SizeMetric)
	})
	metrics.RequestResult = m
	metrics.RequestRetry = m
	metrics.RequestLatency = latencyFunc(func() { m.mu.Lock(); m.latency++; m.mu.Unlock() })
	metrics.RateLimiterLatency = latencyFunc(func() { m.mu.Lock(); m.rlWaits++; m.mu.Unlock() })
	metrics.ResponseSize = sizeFunc(func() { m.mu.Lock(); m.respSize++; m.mu.Unlock() })

	c := clientWithTransport(t, &scriptedTransport{script: []any{retryAfter(503, "0"), io.EOF, ok200}})
	err := c.Get().Resource("pods").Throttle(&countingLimiter{}).BackOffWithContext(&recordingBackoff{}).Do(context.Background()).Error()
	require.NoError(t, err)
	assert.Equal(t, []string{"503 GET", "<error> GET", "200 GET"}, m.results)
	assert.Equal(t, []string{"<error> GET", "200 GET"}, m.retries)
	assert.Equal(t, 1, m.latency)
	assert.Equal(t, 3, m.rlWaits)
	assert.Equal(t, 1, m.respSize)
}
