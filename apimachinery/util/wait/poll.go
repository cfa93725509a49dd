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
// until it returns true or an error or timeout passes. It returns
// ErrWaitTimeout on timeout.
//
// Deprecated: use PollUntilContextTimeout.
func Poll(interval, timeout time.Duration, condition ConditionFunc) error {
	return PollWithContext(context.Background(), interval, timeout, condition.WithContext())
}

// PollWithContext is Poll that also stops, with ErrWaitTimeout, when ctx
// ends.
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

// pollCompat is the loop behind the deprecated Poll helpers: a timeout of
// zero or less means none, and any interruption becomes ErrWaitTimeout.
func pollCompat(ctx context.Context, immediate bool, interval, timeout time.Duration, condition ConditionWithContextFunc) error {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	err, interrupted := runLoop(ctx, Backoff{Duration: interval}.Timer(), immediate, false, condition)
	if interrupted {
		return ErrWaitTimeout
	}
	return err
}
