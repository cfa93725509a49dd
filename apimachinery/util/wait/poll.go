package wait

import (
	"context"
	"time"
)

// PollUntilContextCancel runs condition every interval until it returns true
// or an error, or ctx ends. With immediate the first run happens at once,
// otherwise after one interval. It returns nil on success, the condition's
// error, or ctx.Err() when ctx ended first (Interrupted reports true for it).
func PollUntilContextCancel(ctx context.Context, interval time.Duration, immediate bool, condition ConditionWithContextFunc) error {
	return loopConditionUntilContext(ctx, Backoff{Duration: interval}.Timer(), immediate, false, condition)
}

// PollUntilContextTimeout is PollUntilContextCancel with ctx limited to
// timeout; when the timeout passes it returns context.DeadlineExceeded.
func PollUntilContextTimeout(ctx context.Context, interval, timeout time.Duration, immediate bool, condition ConditionWithContextFunc) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return PollUntilContextCancel(ctx, interval, immediate, condition)
}

// Poll runs condition every interval, the first time after one interval,
// until it returns true or an error or timeout passes. When the timeout
// passes the condition runs one last time, so it always runs at least once;
// if that run is not done either, Poll returns ErrWaitTimeout.
//
// Deprecated: use PollUntilContextTimeout.
func Poll(interval, timeout time.Duration, condition ConditionFunc) error {
	return PollWithContext(context.Background(), interval, timeout, condition.WithContext())
}

// PollWithContext is Poll that also stops, with ErrWaitTimeout and without
// a last run, when ctx ends.
//
// Deprecated: use PollUntilContextTimeout.
func PollWithContext(ctx context.Context, interval, timeout time.Duration, condition ConditionWithContextFunc) error {
	return pollCompat(ctx, false, interval, timeout, condition)
}

// PollUntil runs condition every interval, the first time after one
// interval, until it returns true or an error or stopCh closes. It returns
// ErrWaitTimeout when stopCh closes first.
//
// Deprecated: use PollUntilContextCancel.
func PollUntil(interval time.Duration, condition ConditionFunc, stopCh <-chan struct{}) error {
	return PollUntilWithContext(ContextForChannel(stopCh), interval, condition.WithContext())
}

// PollUntilWithContext runs condition every interval, the first time after
// one interval, until it returns true or an error or ctx ends. It returns
// ErrWaitTimeout when ctx ends first.
//
// Deprecated: use PollUntilContextCancel.
func PollUntilWithContext(ctx context.Context, interval time.Duration, condition ConditionWithContextFunc) error {
	return pollCompat(ctx, false, interval, 0, condition)
}

// PollInfinite runs condition every interval, the first time after one
// interval, until it returns true or an error.
//
// Deprecated: use PollUntilContextCancel.
func PollInfinite(interval time.Duration, condition ConditionFunc) error {
	return PollInfiniteWithContext(context.Background(), interval, condition.WithContext())
}

// PollInfiniteWithContext is PollInfinite that also stops, with
// ErrWaitTimeout, when ctx ends.
//
// Deprecated: use PollUntilContextCancel.
func PollInfiniteWithContext(ctx context.Context, interval time.Duration, condition ConditionWithContextFunc) error {
	return pollCompat(ctx, false, interval, 0, condition)
}

// PollImmediate is Poll that runs condition once before the first interval.
//
// Deprecated: use PollUntilContextTimeout with immediate set.
func PollImmediate(interval, timeout time.Duration, condition ConditionFunc) error {
	return PollImmediateWithContext(context.Background(), interval, timeout, condition.WithContext())
}

// PollImmediateWithContext is PollWithContext that runs condition once
// before the first interval.
//
// Deprecated: use PollUntilContextTimeout with immediate set.
func PollImmediateWithContext(ctx context.Context, interval, timeout time.Duration, condition ConditionWithContextFunc) error {
	return pollCompat(ctx, true, interval, timeout, condition)
}

// PollImmediateUntil is PollUntil that runs condition once before the first
// interval.
//
// Deprecated: use PollUntilContextCancel with immediate set.
func PollImmediateUntil(interval time.Duration, condition ConditionFunc, stopCh <-chan struct{}) error {
	return PollImmediateUntilWithContext(ContextForChannel(stopCh), interval, condition.WithContext())
}

// PollImmediateUntilWithContext is PollUntilWithContext that runs condition
// once before the first interval.
//
// Deprecated: use PollUntilContextCancel with immediate set.
func PollImmediateUntilWithContext(ctx context.Context, interval time.Duration, condition ConditionWithContextFunc) error {
	return pollCompat(ctx, true, interval, 0, condition)
}

// PollImmediateInfinite is PollInfinite that runs condition once before the
// first interval.
//
// Deprecated: use PollUntilContextCancel with immediate set.
func PollImmediateInfinite(interval time.Duration, condition ConditionFunc) error {
	return PollImmediateInfiniteWithContext(context.Background(), interval, condition.WithContext())
}

// PollImmediateInfiniteWithContext is PollInfiniteWithContext that runs
// condition once before the first interval.
//
// Deprecated: use PollUntilContextCancel with immediate set.
func PollImmediateInfiniteWithContext(ctx context.Context, interval time.Duration, condition ConditionWithContextFunc) error {
	return pollCompat(ctx, true, interval, 0, condition)
}

// pollCompat is the loop behind the deprecated Poll helpers. A timeout of
// zero or less means none. When the timeout passes, the condition runs one
// last time, so it always runs at least once; any interruption becomes
// ErrWaitTimeout.
func pollCompat(ctx context.Context, immediate bool, interval, timeout time.Duration, condition ConditionWithContextFunc) error {
	var expired <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	return pollUntilExpired(ctx, Backoff{Duration: interval}.Timer(), expired, immediate, condition)
}

// pollUntilExpired runs condition on each tick of t until it is done or
// fails, ctx ends (ErrWaitTimeout, no further run) or expired fires (one
// last run, then ErrWaitTimeout). t is stopped on return.
func pollUntilExpired(ctx context.Context, t Timer, expired <-chan time.Time, immediate bool, condition ConditionWithContextFunc) error {
	defer t.Stop()
	tick := t.C()
	if immediate {
		if ok, err := condition(ctx); err != nil || ok {
			return err
		}
	}
	if ctx.Err() != nil {
		return ErrWaitTimeout
	}
	done := ctx.Done()
	for {
		last := false
		select {
		case <-done:
			return ErrWaitTimeout
		case <-tick:
		case <-expired:
			last = true
		}
		if ok, err := condition(ctx); err != nil || ok {
			return err
		}
		if last {
			return ErrWaitTimeout
		}
	}
}
