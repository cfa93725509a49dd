package retry

import (
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/util/wait"
)

// DefaultRetry is the backoff for retrying a conflicting update: five
// attempts 10ms apart (Factor 1, 10% jitter). Conflicts are usually
// resolved by the next read, so there is no reason to wait long.
var DefaultRetry = wait.Backoff{
	Steps:    5,
	Duration: 10 * time.Millisecond,
	Factor:   1.0,
	Jitter:   0.1,
}

// DefaultBackoff is the backoff for retrying an operation that may need the
// server to settle: four attempts starting 10ms apart, each wait five
// times longer (10ms, 50ms, 250ms), with 10% jitter.
var DefaultBackoff = wait.Backoff{
	Steps:    4,
	Duration: 10 * time.Millisecond,
	Factor:   5.0,
	Jitter:   0.1,
}

// OnError runs fn until it succeeds, fails with an error retriable does not
// accept, or backoff.Steps attempts have been made, sleeping by backoff
// between attempts. It returns nil on success, a non-retriable error
// unchanged, and after the last attempt the last retriable error itself
// (not a timeout error).
func OnError(backoff wait.Backoff, retriable func(error) bool, fn func() error) error {
	var lastErr, stopErr error
	err := wait.ExponentialBackoff(backoff, func() (bool, error) {
		err := fn()
		switch {
		case err == nil:
			return true, nil
		case retriable(err):
			lastErr = err
			return false, nil
		default:
			stopErr = err
			return false, err
		}
	})
	switch {
	case stopErr != nil:
		return stopErr
	case err != nil && lastErr != nil:
		return lastErr
	default:
		return err
	}
}

// RetryOnConflict is OnError retrying only errors for which
// errors.IsConflict (HTTP 409, reason Conflict) holds.
func RetryOnConflict(backoff wait.Backoff, fn func() error) error {
	return OnError(backoff, errors.IsConflict, fn)
}
