package metrics

import (
	"context"
	"net/url"
	"sync"
	"time"
)

// DurationMetric observes a duration, such as the age of a client
// certificate when it was rotated.
type DurationMetric interface {
	Observe(duration time.Duration)
}

// ExpiryMetric records the expiry time of a credential; nil clears it.
type ExpiryMetric interface {
	Set(expiry *time.Time)
}

// LatencyMetric observes the latency of a request, or of the wait for the
// client-side rate limiter before it, by verb and URL.
type LatencyMetric interface {
	Observe(ctx context.Context, verb string, u url.URL, latency time.Duration)
}

// ResolverLatencyMetric observes how long resolving a host name took.
type ResolverLatencyMetric interface {
	Observe(ctx context.Context, host string, latency time.Duration)
}

// SizeMetric observes the size in bytes of a request or response body.
type SizeMetric interface {
	Observe(ctx context.Context, verb string, host string, size float64)
}

// ResultMetric counts requests by result code ("200", "<error>"), method and
// host.
type ResultMetric interface {
	Increment(ctx context.Context, code string, method string, host string)
}

// CallsMetric counts exec credential plugin calls by exit code and call
// status ("no_error", "plugin_execution_error", "plugin_not_found_error",
// "client_internal_error").
type CallsMetric interface {
	Increment(exitCode int, callStatus string)
}

// RetryMetric counts request retries by the code that caused them, method
// and host.
type RetryMetric interface {
	IncrementRetry(ctx context.Context, code string, method string, host string)
}

// TransportCacheMetric observes the number of entries in the TLS transport
// cache.
type TransportCacheMetric interface {
	Observe(value int)
}

// TransportCreateCallsMetric counts transport constructions by result:
// "hit", "miss" or "uncacheable".
type TransportCreateCallsMetric interface {
	Increment(result string)
}

// RegisterOpts holds the implementations Register installs; a nil field
// leaves that hook a no-op.
type RegisterOpts struct {
	// ClientCertExpiry records the expiry of the client certificate.
	ClientCertExpiry ExpiryMetric
	// ClientCertRotationAge observes a certificate's age when it is rotated.
	ClientCertRotationAge DurationMetric
	// RequestLatency observes the latency of each request attempt.
	RequestLatency LatencyMetric
	// ResolverLatency observes DNS resolution latency.
	ResolverLatency ResolverLatencyMetric
	// RequestSize observes request body sizes.
	RequestSize SizeMetric
	// ResponseSize observes response body sizes.
	ResponseSize SizeMetric
	// RateLimiterLatency observes the time spent waiting on the client-side
	// rate limiter.
	RateLimiterLatency LatencyMetric
	// RequestResult counts request results by code.
	RequestResult ResultMetric
	// ExecPluginCalls counts exec credential plugin calls.
	ExecPluginCalls CallsMetric
	// RequestRetry counts retries.
	RequestRetry RetryMetric
	// TransportCacheEntries observes the transport cache size.
	TransportCacheEntries TransportCacheMetric
	// TransportCreateCalls counts transport constructions.
	TransportCreateCalls TransportCreateCallsMetric
}

var (
	// ClientCertExpiry is the hook for the client certificate's expiry.
	ClientCertExpiry ExpiryMetric = noopExpiry{}
	// ClientCertRotationAge is the hook for a rotated certificate's age.
	ClientCertRotationAge DurationMetric = noopDuration{}
	// RequestLatency is the hook for request latency.
	RequestLatency LatencyMetric = noopLatency{}
	// ResolverLatency is the hook for DNS resolution latency.
	ResolverLatency ResolverLatencyMetric = noopResolver{}
	// RequestSize is the hook for request body sizes.
	RequestSize SizeMetric = noopSize{}
	// ResponseSize is the hook for response body sizes.
	ResponseSize SizeMetric = noopSize{}
	// RateLimiterLatency is the hook for client-side rate-limiter waits.
	RateLimiterLatency LatencyMetric = noopLatency{}
	// RequestResult is the hook for request result codes.
	RequestResult ResultMetric = noopResult{}
	// ExecPluginCalls is the hook for exec credential plugin calls.
	ExecPluginCalls CallsMetric = noopCalls{}
	// RequestRetry is the hook for request retries.
	RequestRetry RetryMetric = noopRetry{}
	// TransportCacheEntries is the hook for the transport cache size.
	TransportCacheEntries TransportCacheMetric = noopTransportCache{}
	// TransportCreateCalls is the hook for transport constructions.
	TransportCreateCalls TransportCreateCallsMetric = noopTransportCreate{}

	registerOnce sync.Once
)

// Register installs the non-nil hooks of opts. Only the first call in a
// process has an effect; later calls are ignored, so the metrics a program
// reports cannot change under it. Call it before creating clients.
func Register(opts RegisterOpts) {
	registerOnce.Do(func() { register(opts) })
}

// register installs the non-nil hooks of opts without the once guard.
func register(opts RegisterOpts) {
	set(&ClientCertExpiry, opts.ClientCertExpiry)
	set(&ClientCertRotationAge, opts.ClientCertRotationAge)
	set(&RequestLatency, opts.RequestLatency)
	set(&ResolverLatency, opts.ResolverLatency)
	set(&RequestSize, opts.RequestSize)
	set(&ResponseSize, opts.ResponseSize)
	set(&RateLimiterLatency, opts.RateLimiterLatency)
	set(&RequestResult, opts.RequestResult)
	set(&ExecPluginCalls, opts.ExecPluginCalls)
	set(&RequestRetry, opts.RequestRetry)
	set(&TransportCacheEntries, opts.TransportCacheEntries)
	set(&TransportCreateCalls, opts.TransportCreateCalls)
}

// set stores v in *dst unless v is a nil interface.
func set[T comparable](dst *T, v T) {
	var zero T
	if v != zero {
		*dst = v
	}
}

type noopExpiry struct{}

func (noopExpiry) Set(*time.Time) {}

type noopDuration struct{}

func (noopDuration) Observe(time.Duration) {}

type noopLatency struct{}

func (noopLatency) Observe(context.Context, string, url.URL, time.Duration) {}

type noopResolver struct{}

func (noopResolver) Observe(context.Context, string, time.Duration) {}

type noopSize struct{}

func (noopSize) Observe(context.Context, string, string, float64) {}

type noopResult struct{}

func (noopResult) Increment(context.Context, string, string, string) {}

type noopCalls struct{}

func (noopCalls) Increment(int, string) {}

type noopRetry struct{}

func (noopRetry) IncrementRetry(context.Context, string, string, string) {}

type noopTransportCache struct{}

func (noopTransportCache) Observe(int) {}

type noopTransportCreate struct{}

func (noopTransportCreate) Increment(string) {}
