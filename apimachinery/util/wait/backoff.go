package wait

import (
	"context"
	"math/rand/v2"
	"sync"
	"time"
)

// Backoff describes a growing delay between retries.
//
// Each Step returns the current Duration (plus jitter) and multiplies
// Duration by Factor for the next step. Steps counts the steps left; when
// the next duration would pass Cap, Duration is set to Cap and Steps to zero,
// so later steps keep returning Cap. With Steps at zero, Step returns
// Duration (plus jitter) without changing anything.
type Backoff struct {
	// Duration is the delay of the next step. Zero means no delay.
	Duration time.Duration
	// Factor multiplies Duration after each step. Zero (or one) keeps the
	// duration constant.
	Factor float64
	// Jitter, when positive, adds a random delay of up to Jitter*Duration to
	// each step. The added amount does not compound.
	Jitter float64
	// Steps is the number of steps left in which Duration may still change.
	// ExponentialBackoff runs its condition at most Steps times.
	Steps int
	// Cap, when positive, is the largest Duration may grow to; reaching it
	// ends the growth and sets Steps to zero.
	Cap time.Duration
}

// Step returns the delay to wait now and advances b to the next step as
// described on Backoff.
func (b *Backoff) Step() time.Duration {
	var d time.Duration
	d, b.Duration, b.Steps = nextDelay(b.Steps, b.Duration, b.Cap, b.Factor, b.Jitter)
	return d
}

// DelayFunc returns a function that yields the successive delays of a copy
// of b, leaving b unchanged. The returned function is not safe for
// concurrent use; see DelayFunc.Concurrent.
func (b Backoff) DelayFunc() DelayFunc {
	steps, duration := b.Steps, b.Duration
	return func() time.Duration {
		var d time.Duration
		d, duration, steps = nextDelay(steps, duration, b.Cap, b.Factor, b.Jitter)
		return d
	}
}

// nextDelay computes one step: the delay to use now, the base duration of
// the following step and the steps left after this one.
func nextDelay(steps int, duration, limit time.Duration, factor, jitter float64) (time.Duration, time.Duration, int) {
	if steps < 1 {
		return withJitter(duration, jitter), duration, 0
	}
	steps--
	next := duration
	if factor != 0 {
		next = time.Duration(float64(duration) * factor)
		if limit > 0 && next > limit {
			next = limit
			steps = 0
		}
	}
	return withJitter(duration, jitter), next, steps
}

// withJitter applies Jitter only when jitter is positive.
func withJitter(d time.Duration, jitter float64) time.Duration {
	if jitter > 0 {
		return Jitter(d, jitter)
	}
	return d
}

// Jitter returns a random duration between duration and
// duration + maxFactor*duration. A maxFactor of zero or less counts as 1.
func Jitter(duration time.Duration, maxFactor float64) time.Duration {
	if maxFactor <= 0.0 {
		maxFactor = 1.0
	}
	return duration + time.Duration(rand.Float64()*maxFactor*float64(duration))
}

// DelayFunc returns the delay before the next attempt of a loop.
type DelayFunc func() time.Duration

// Until runs condition, waiting between runs for the delays the function
// returns, until the condition returns true or an error, or ctx ends. With
// immediate the condition runs once before the first delay. With sliding the
// delay is measured from the end of a run, otherwise from its start. It
// returns the condition's error, nil on success, or ctx.Err() when ctx ended
// first.
func (fn DelayFunc) Until(ctx context.Context, immediate, sliding bool, condition ConditionWithContextFunc) error {
	return loopConditionUntilContext(ctx, &variableTimer{fn: fn}, immediate, sliding, condition)
}

// Concurrent returns a DelayFunc that serialises calls to fn, so the result
// may be shared between goroutines.
func (fn DelayFunc) Concurrent() DelayFunc {
	var mu sync.Mutex
	return func() time.Duration {
		mu.Lock()
		defer mu.Unlock()
		return fn()
	}
}

// ExponentialBackoff runs condition up to backoff.Steps times, sleeping
// backoff.Step() between runs. It returns nil once condition returns true,
// condition's error as soon as it returns one, and ErrWaitTimeout when the
// steps run out (or Steps is zero or less).
func ExponentialBackoff(backoff Backoff, condition ConditionFunc) error {
	return exponentialBackoff(context.Background(), backoff, condition.WithContext(), sleepContext, false)
}

// ExponentialBackoffWithContext is ExponentialBackoff that also stops when
// ctx ends, returning ctx.Err() then. The condition receives ctx.
func ExponentialBackoffWithContext(ctx context.Context, backoff Backoff, condition ConditionWithContextFunc) error {
	return exponentialBackoff(ctx, backoff, condition, sleepContext, true)
}

// sleepFunc waits for d or until ctx ends, returning ctx.Err() in that case.
type sleepFunc func(ctx context.Context, d time.Duration) error

// sleepContext is the real-clock sleepFunc.
func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// exponentialBackoff is the loop behind both ExponentialBackoff variants;
// checkCtx says whether ctx ending is reported before each attempt.
func exponentialBackoff(ctx context.Context, b Backoff, condition ConditionWithContextFunc, sleep sleepFunc, checkCtx bool) error {
	for b.Steps > 0 {
		if checkCtx && ctx.Err() != nil {
			return ctx.Err()
		}
		if ok, err := condition(ctx); err != nil || ok {
			return err
		}
		if b.Steps == 1 {
			break
		}
		if err := sleep(ctx, b.Step()); err != nil {
			return err
		}
	}
	return ErrWaitTimeout
}
