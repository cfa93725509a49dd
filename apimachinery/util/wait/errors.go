package wait

import (
	"context"
	"errors"
)

// timeoutMessage is the text of ErrWaitTimeout, the same words the reference
// uses so that logs and string comparisons carry over.
const timeoutMessage = "timed out waiting for the condition"

// interruptedError marks an error as the reason a wait loop ended early. Its
// Is method makes errors.Is(err, ErrWaitTimeout) true for every such error, so
// callers checking against ErrWaitTimeout keep working whatever the cause.
type interruptedError struct {
	cause error
}

// Error returns the cause's message, or the historical timeout text when
// there is no cause.
func (e interruptedError) Error() string {
	if e.cause == nil {
		return timeoutMessage
	}
	return e.cause.Error()
}

// Unwrap exposes the cause so errors.Is(err, context.Canceled) still works.
func (e interruptedError) Unwrap() error { return e.cause }

// Is reports whether target is the generic interruption marker.
func (e interruptedError) Is(target error) bool {
	_, ok := target.(interruptedError)
	return ok
}

// ErrWaitTimeout is returned by the older Poll, PollImmediate, Until-style and
// ExponentialBackoff helpers when the condition was not met in time or the
// loop was stopped. Prefer Interrupted(err) to comparing against it.
var ErrWaitTimeout = ErrorInterrupted(errors.New(timeoutMessage))

// ErrorInterrupted returns an error saying a wait loop ended early because of
// cause. Interrupted reports true for it and errors.Is(err, ErrWaitTimeout)
// holds; errors.Is also still finds cause. A cause that already is such an
// error is returned unchanged.
func ErrorInterrupted(cause error) error {
	if ie, ok := cause.(interruptedError); ok {
		return ie
	}
	return interruptedError{cause: cause}
}

// Interrupted reports whether err says a Poll, ExponentialBackoff or Until
// loop ended for a reason other than the condition succeeding or failing: a
// cancelled context, a passed deadline, or a backoff that ran out of steps.
func Interrupted(err error) bool {
	return errors.Is(err, interruptedError{}) ||
		errors.Is(err, context.Canceled) ||
		errors.Is(err, context.DeadlineExceeded)
}
