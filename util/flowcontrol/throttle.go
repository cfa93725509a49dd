package flowcontrol

import (
	"context"
	"errors"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// PassiveRateLimiter is a rate limiter that never blocks.
type PassiveRateLimiter interface {
	// TryAccept takes a token if one is available and reports whether it
	// did.
	TryAccept() bool
	// Stop releases the limiter's resources.
	Stop()
	// QPS returns the configured rate.
	QPS() float32
}

// RateLimiter is a rate limiter that can also wait for a token.
type RateLimiter interface {
	PassiveRateLimiter
	// Accept blocks until a token is available and takes it.
	Accept()
	// Wait blocks until a token is available or ctx is done, and returns
	// an error in the latter case (or when the wait would outlast ctx's
	// deadline).
	Wait(ctx context.Context) error
}

// PassiveClock tells the time.
type PassiveClock interface {
	// Now returns the current time.
	Now() time.Time
	// Since returns the time elapsed since t.
	Since(t time.Time) time.Duration
}

// Clock tells the time and sleeps. k8s.io/utils/clock clocks, real and
// fake, implement it.
type Clock interface {
	PassiveClock
	// Sleep pauses for d.
	Sleep(d time.Duration)
}

// realClock is the wall clock.
type realClock struct{}

func (realClock) Now() time.Time                  { return time.Now() }
func (realClock) Since(t time.Time) time.Duration { return time.Since(t) }
func (realClock) Sleep(d time.Duration)           { time.Sleep(d) }

type tokenBucketPassiveRateLimiter struct {
	limiter *rate.Limiter
	qps     float32
	clock   PassiveClock
}

type tokenBucketRateLimiter struct {
	tokenBucketPassiveRateLimiter
	clock Clock
}

// NewTokenBucketRateLimiter returns a token bucket limiter refilled at qps
// tokens per second and holding at most burst tokens; it starts full.
func NewTokenBucketRateLimiter(qps float32, burst int) RateLimiter {
	return NewTokenBucketRateLimiterWithClock(qps, burst, realClock{})
}

// NewTokenBucketRateLimiterWithClock is NewTokenBucketRateLimiter whose
// TryAccept and Accept read and sleep on c. Wait uses the real clock.
func NewTokenBucketRateLimiterWithClock(qps float32, burst int, c Clock) RateLimiter {
	return &tokenBucketRateLimiter{
		tokenBucketPassiveRateLimiter: tokenBucketPassiveRateLimiter{
			limiter: rate.NewLimiter(rate.Limit(qps), burst), qps: qps, clock: c,
		},
		clock: c,
	}
}

// NewTokenBucketPassiveRateLimiter returns a token bucket limiter that
// only offers TryAccept.
func NewTokenBucketPassiveRateLimiter(qps float32, burst int) PassiveRateLimiter {
	return NewTokenBucketPassiveRateLimiterWithClock(qps, burst, realClock{})
}

// NewTokenBucketPassiveRateLimiterWithClock is
// NewTokenBucketPassiveRateLimiter reading the time from c.
func NewTokenBucketPassiveRateLimiterWithClock(qps float32, burst int, c PassiveClock) PassiveRateLimiter {
	return &tokenBucketPassiveRateLimiter{limiter: rate.NewLimiter(rate.Limit(qps), burst), qps: qps, clock: c}
}

func (t *tokenBucketPassiveRateLimiter) TryAccept() bool {
	return t.limiter.AllowN(t.clock.Now(), 1)
}

func (t *tokenBucketPassiveRateLimiter) Stop() {}

func (t *tokenBucketPassiveRateLimiter) QPS() float32 { return t.qps }

func (t *tokenBucketRateLimiter) Accept() {
	now := t.clock.Now()
	t.clock.Sleep(t.limiter.ReserveN(now, 1).DelayFrom(now))
}

func (t *tokenBucketRateLimiter) Wait(ctx context.Context) error {
	return t.limiter.Wait(ctx)
}

type fakeAlwaysRateLimiter struct{}

// NewFakeAlwaysRateLimiter returns a limiter that accepts every request at
// once.
func NewFakeAlwaysRateLimiter() RateLimiter { return fakeAlwaysRateLimiter{} }

func (fakeAlwaysRateLimiter) TryAccept() bool              { return true }
func (fakeAlwaysRateLimiter) Stop()                        {}
func (fakeAlwaysRateLimiter) Accept()                      {}
func (fakeAlwaysRateLimiter) QPS() float32                 { return 1 }
func (fakeAlwaysRateLimiter) Wait(_ context.Context) error { return nil }

type fakeNeverRateLimiter struct {
	once    sync.Once
	stopped chan struct{}
}

// errNeverAccept is what the never-accepting limiter's Wait returns.
var errNeverAccept = errors.New("rate limiter never accepts")

// NewFakeNeverRateLimiter returns a limiter that accepts nothing: TryAccept
// is false, Accept blocks until Stop, Wait fails at once.
func NewFakeNeverRateLimiter() RateLimiter {
	return &fakeNeverRateLimiter{stopped: make(chan struct{})}
}

func (t *fakeNeverRateLimiter) TryAccept() bool { return false }
func (t *fakeNeverRateLimiter) Stop()           { t.once.Do(func() { close(t.stopped) }) }
func (t *fakeNeverRateLimiter) Accept()         { <-t.stopped }
func (t *fakeNeverRateLimiter) QPS() float32    { return 1 }
func (t *fakeNeverRateLimiter) Wait(_ context.Context) error {
	return errNeverAccept
}
