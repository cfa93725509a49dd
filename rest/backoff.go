package rest

import (
	"context"
	"net/url"
	"time"

	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// BackoffManager decides how long to wait before sending a request to a
// URL, given how earlier requests there went.
type BackoffManager interface {
	// UpdateBackoff records the outcome of a request to actualURL.
	UpdateBackoff(actualURL *url.URL, err error, responseCode int)
	// CalculateBackoff returns the delay before the next request to
	// actualURL.
	CalculateBackoff(actualURL *url.URL) time.Duration
	// Sleep waits for d.
	Sleep(d time.Duration)
}

// BackoffManagerWithContext is BackoffManager with context-aware methods;
// SleepWithContext returns early when ctx ends.
type BackoffManagerWithContext interface {
	UpdateBackoffWithContext(ctx context.Context, actualURL *url.URL, err error, responseCode int)
	CalculateBackoffWithContext(ctx context.Context, actualURL *url.URL) time.Duration
	SleepWithContext(ctx context.Context, d time.Duration)
}

// NoBackoff never delays a request; it is the default.
type NoBackoff struct{}

// UpdateBackoff does nothing.
func (n *NoBackoff) UpdateBackoff(actualURL *url.URL, err error, responseCode int) {}

// UpdateBackoffWithContext does nothing.
func (n *NoBackoff) UpdateBackoffWithContext(ctx context.Context, actualURL *url.URL, err error, responseCode int) {
}

// CalculateBackoff returns 0.
func (n *NoBackoff) CalculateBackoff(actualURL *url.URL) time.Duration { return 0 }

// CalculateBackoffWithContext returns 0.
func (n *NoBackoff) CalculateBackoffWithContext(ctx context.Context, actualURL *url.URL) time.Duration {
	return 0
}

// Sleep waits for d.
func (n *NoBackoff) Sleep(d time.Duration) { time.Sleep(d) }

// SleepWithContext waits for d or until ctx ends.
func (n *NoBackoff) SleepWithContext(ctx context.Context, d time.Duration) { sleepContext(ctx, d) }

// sleepContext waits for d or until ctx ends.
func sleepContext(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// URLBackoff backs off per host: a 5xx or 429 response (or an error)
// lengthens the host's delay exponentially, anything else resets it.
type URLBackoff struct {
	// Backoff tracks the delay of each host; nil disables backing off.
	Backoff *flowcontrol.Backoff
}

// Disable turns the backoff off by replacing it with one that never
// delays.
func (b *URLBackoff) Disable() {
	b.Backoff = flowcontrol.NewBackOff(0, 0)
}

// baseURLKey returns the key of u's host ("" when u is nil).
func (b *URLBackoff) baseURLKey(rawurl *url.URL) string {
	if rawurl == nil {
		return ""
	}
	return rawurl.Host
}

// UpdateBackoff records the outcome of a request to actualURL.
func (b *URLBackoff) UpdateBackoff(actualURL *url.URL, err error, responseCode int) {
	if b.Backoff == nil {
		return
	}
	key := b.baseURLKey(actualURL)
	if responseCode > 499 || responseCode == 429 || err != nil {
		now := time.Now()
		if b.Backoff.Clock != nil {
			now = b.Backoff.Clock.Now()
		}
		b.Backoff.Next(key, now)
		return
	}
	b.Backoff.Reset(key)
}

// UpdateBackoffWithContext is UpdateBackoff.
func (b *URLBackoff) UpdateBackoffWithContext(ctx context.Context, actualURL *url.URL, err error, responseCode int) {
	b.UpdateBackoff(actualURL, err, responseCode)
}

// CalculateBackoff returns the current delay of actualURL's host.
func (b *URLBackoff) CalculateBackoff(actualURL *url.URL) time.Duration {
	if b.Backoff == nil {
		return 0
	}
	return b.Backoff.Get(b.baseURLKey(actualURL))
}

// CalculateBackoffWithContext is CalculateBackoff.
func (b *URLBackoff) CalculateBackoffWithContext(ctx context.Context, actualURL *url.URL) time.Duration {
	return b.CalculateBackoff(actualURL)
}

// Sleep waits for d.
func (b *URLBackoff) Sleep(d time.Duration) { time.Sleep(d) }

// SleepWithContext waits for d or until ctx ends.
func (b *URLBackoff) SleepWithContext(ctx context.Context, d time.Duration) { sleepContext(ctx, d) }

// backoffManagerNoContext adapts a BackoffManager.
type backoffManagerNoContext struct{ BackoffManager }

func (b *backoffManagerNoContext) UpdateBackoffWithContext(ctx context.Context, actualURL *url.URL, err error, responseCode int) {
	b.UpdateBackoff(actualURL, err, responseCode)
}

func (b *backoffManagerNoContext) CalculateBackoffWithContext(ctx context.Context, actualURL *url.URL) time.Duration {
	return b.CalculateBackoff(actualURL)
}

func (b *backoffManagerNoContext) SleepWithContext(ctx context.Context, d time.Duration) {
	b.Sleep(d)
}
