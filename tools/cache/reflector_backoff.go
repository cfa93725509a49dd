package cache

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/skiff-k8s/skiff/util/workqueue"
)

// The reflector's backoff between list-and-watch cycles and between failed
// watch attempts: exponential from 800ms by a factor of 2 up to 30s, each
// wait stretched by a random fraction of up to 1.0 of itself, starting over
// after 2 minutes without a backoff.
const (
	reflectorBackoffInitial = 800 * time.Millisecond
	reflectorBackoffMax     = 30 * time.Second
	reflectorBackoffReset   = 2 * time.Minute
	reflectorBackoffFactor  = 2.0
	reflectorBackoffJitter  = 1.0
)

// reflectorBackoff computes successive backoff waits. It is used by one
// reflector goroutine at a time.
type reflectorBackoff struct {
	initial, limit, reset time.Duration
	factor, jitter        float64
	clock                 workqueue.Clock

	// next is the un-jittered wait of the next backoff; last is when the
	// previous backoff started (zero before the first).
	next time.Duration
	last time.Time
}

func newReflectorBackoff(clock workqueue.Clock) *reflectorBackoff {
	return &reflectorBackoff{
		initial: reflectorBackoffInitial,
		limit:   reflectorBackoffMax,
		reset:   reflectorBackoffReset,
		factor:  reflectorBackoffFactor,
		jitter:  reflectorBackoffJitter,
		clock:   clock,
	}
}

// step returns the next wait and advances the sequence.
func (b *reflectorBackoff) step() time.Duration {
	now := b.clock.Now()
	if b.last.IsZero() || now.Sub(b.last) > b.reset {
		b.next = b.initial
	}
	b.last = now
	d := b.next
	if b.jitter > 0 {
		d += time.Duration(rand.Float64() * b.jitter * float64(d))
	}
	b.next = min(time.Duration(float64(b.next)*b.factor), b.limit)
	return d
}

// wait sleeps for the next backoff; it returns false when ctx ends first.
func (b *reflectorBackoff) wait(ctx context.Context) bool {
	d := b.step()
	if d <= 0 {
		return ctx.Err() == nil
	}
	select {
	case <-ctx.Done():
		return false
	case <-b.clock.After(d):
		return true
	}
}
