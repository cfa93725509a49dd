package metrics

import (
	"context"
	"net/url"
	"sync"
	"testing"
	"time"
)

type countingResult struct{ calls []string }

func (c *countingResult) Increment(_ context.Context, code, method, host string) {
	c.calls = append(c.calls, code+" "+method+" "+host)
}

type countingLatency struct{ n int }

func (c *countingLatency) Observe(context.Context, string, url.URL, time.Duration) { c.n++ }

// restore puts the no-op hooks back after a test that installs some.
func restore(t *testing.T) {
	t.Helper()
	saved := []any{RequestResult, RequestLatency, RateLimiterLatency, RequestRetry}
	t.Cleanup(func() {
		RequestResult = saved[0].(ResultMetric)
		RequestLatency = saved[1].(LatencyMetric)
		RateLimiterLatency = saved[2].(LatencyMetric)
		RequestRetry = saved[3].(RetryMetric)
	})
}

func TestRegisterInstallsOnlyNonNilHooks(t *testing.T) {
	restore(t)
	result := &countingResult{}
	register(RegisterOpts{RequestResult: result})
	RequestResult.Increment(context.Background(), "200", "GET", "h")
	if got, want := len(result.calls), 1; got != want {
		t.Fatalf("calls = %d, want %d", got, want)
	}
	if _, ok := RequestLatency.(noopLatency); !ok {
		t.Errorf("RequestLatency = %T, want the no-op kept for a nil option", RequestLatency)
	}
}

func TestRegisterOnlyFirstCallCounts(t *testing.T) {
	restore(t)
	registerOnce = sync.Once{}
	t.Cleanup(func() { registerOnce = sync.Once{} })
	first, second := &countingLatency{}, &countingLatency{}
	Register(RegisterOpts{RateLimiterLatency: first})
	Register(RegisterOpts{RateLimiterLatency: second})
	RateLimiterLatency.Observe(context.Background(), "GET", url.URL{}, time.Millisecond)
	if first.n != 1 || second.n != 0 {
		t.Errorf("first=%d second=%d observations, want 1 and 0", first.n, second.n)
	}
}

func TestNoopHooksDoNothing(t *testing.T) {
	ctx := context.Background()
	// The defaults must accept every call without effect or panic.
	ClientCertExpiry.Set(nil)
	ClientCertRotationAge.Observe(time.Second)
	ResolverLatency.Observe(ctx, "h", time.Second)
	RequestSize.Observe(ctx, "GET", "h", 1)
	ResponseSize.Observe(ctx, "GET", "h", 1)
	ExecPluginCalls.Increment(0, "no_error")
	TransportCacheEntries.Observe(1)
	TransportCreateCalls.Increment("hit")
	for name, hook := range map[string]any{"RequestLatency": RequestLatency, "RequestRetry": RequestRetry} {
		if hook == nil {
			t.Errorf("%s is nil, want a no-op", name)
		}
	}
}
