package cache

import (
	"time"

	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// RetryWithDeadline decides whether an operation that keeps failing is
// still worth retrying: retries are allowed while the current run of
// retryable errors is younger than a maximum duration.
type RetryWithDeadline interface {
	// After records the outcome of an attempt; nil or a non-retryable
	// error does not count.
	After(error)
	// ShouldRetry reports whether the run of errors is still within the
	// maximum duration; once it is not, the run is forgotten.
	ShouldRetry() bool
}

// NewRetryWithDeadline returns a RetryWithDeadline that allows retries for
// maxRetryDuration after the first of a run of errors isRetryable accepts
// (every non-nil error when isRetryable is nil). A run ends when no error
// was recorded for minResetPeriod. A nil clock is the real clock; every
// k8s.io/utils clock satisfies flowcontrol.PassiveClock. maxRetryDuration
// <= 0 never allows a retry.
func NewRetryWithDeadline(maxRetryDuration, minResetPeriod time.Duration, isRetryable func(error) bool, clock flowcontrol.PassiveClock) RetryWithDeadline {
	if clock == nil {
		clock = realReflectorClock{}
	}
	return &retryWithDeadline{
		maxRetryDuration: maxRetryDuration,
		minResetPeriod:   minResetPeriod,
		isRetryable:      isRetryable,
		clock:            clock,
	}
}

// retryWithDeadline implements RetryWithDeadline; it is not safe for
// concurrent use, like the reference's.
type retryWithDeadline struct {
	maxRetryDuration time.Duration
	minResetPeriod   time.Duration
	isRetryable      func(error) bool
	clock            flowcontrol.PassiveClock

	// first and last are when the current run of errors began and when
	// its latest error was recorded; zero when there is no run.
	first, last time.Time
}

func (r *retryWithDeadline) retryable(err error) bool {
	return err != nil && (r.isRetryable == nil || r.isRetryable(err))
}

// After starts or extends the run of errors with err.
func (r *retryWithDeadline) After(err error) {
	if !r.retryable(err) {
		return
	}
	now := r.clock.Now()
	if now.Sub(r.last) >= r.minResetPeriod {
		r.first, r.last = time.Time{}, time.Time{}
	}
	if r.first.IsZero() {
		r.first = now
	}
	r.last = now
}

// ShouldRetry reports whether the run of errors is within the deadline.
func (r *retryWithDeadline) ShouldRetry() bool {
	if r.maxRetryDuration <= 0 {
		return false
	}
	if r.clock.Since(r.first) <= r.maxRetryDuration {
		return true
	}
	r.first, r.last = time.Time{}, time.Time{}
	return false
}

// realReflectorClock is the wall clock.
type realReflectorClock struct{}

func (realReflectorClock) Now() time.Time                         { return time.Now() }
func (realReflectorClock) Since(t time.Time) time.Duration        { return time.Since(t) }
func (realReflectorClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
