package rest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/skiff-k8s/skiff/tools/metrics"
)

// IsRetryableErrorFunc reports whether a transport error of request may
// be retried.
type IsRetryableErrorFunc func(request *http.Request, err error) bool

// IsErrorRetryable calls f.
func (f IsRetryableErrorFunc) IsErrorRetryable(request *http.Request, err error) bool {
	return f(request, err)
}

// neverRetryError retries no transport error.
var neverRetryError = IsRetryableErrorFunc(func(_ *http.Request, _ error) bool { return false })

// RetryAfter says how long to wait before the next attempt and why.
type RetryAfter struct {
	// Wait is the delay before the next attempt.
	Wait time.Duration
	// Attempt counts the retries so far, starting at 1.
	Attempt int
	// Reason says why the request is retried.
	Reason string
}

// WithRetry drives the attempts of one request: Before runs before each
// attempt, After after it, IsNextRetry decides whether another follows, and
// WrapPreviousError adds the error of an earlier attempt to the final one.
type WithRetry interface {
	// IsNextRetry reports whether the attempt that produced resp or err
	// should be retried, and prepares the wait before it.
	IsNextRetry(ctx context.Context, restReq *Request, httpReq *http.Request, resp *http.Response, err error, f IsRetryableErrorFunc) bool
	// Before waits the backoff (and, on a retry, the Retry-After delay
	// and the rate limiter); it returns an error when ctx ends first.
	Before(ctx context.Context, r *Request) error
	// After records the outcome of an attempt for backoff and metrics.
	After(ctx context.Context, r *Request, resp *http.Response, err error)
	// WrapPreviousError returns finalErr, mentioning the error of an
	// earlier attempt when it differs.
	WrapPreviousError(finalErr error) (err error)
}

// withRetry is the WithRetry of every request.
type withRetry struct {
	maxRetries  int
	attempts    int
	retryAfter  *RetryAfter
	previousErr error
}

// newRetry returns the retry state of a request allowing maxRetries
// retries.
func newRetry(maxRetries int) *withRetry {
	return &withRetry{maxRetries: max(maxRetries, 0)}
}

func (r *withRetry) IsNextRetry(ctx context.Context, restReq *Request, httpReq *http.Request, resp *http.Response, err error, f IsRetryableErrorFunc) bool {
	if httpReq == nil || (resp == nil && err == nil) {
		return false
	}
	if restReq != nil && !restReq.body.rewindable() {
		return false
	}
	if r.attempts >= r.maxRetries {
		return false
	}
	var wait time.Duration
	var reason string
	switch {
	case err != nil && f != nil && f.IsErrorRetryable(httpReq, err):
		wait, reason = time.Second, fmt.Sprintf("due to retryable error, error: %v", err)
	case err == nil && resp != nil:
		seconds, ok := retryAfterSeconds(resp)
		if !ok {
			return false
		}
		wait, reason = time.Duration(seconds)*time.Second, retryReason(resp)
	default:
		return false
	}
	r.attempts++
	if err != nil {
		r.previousErr = err
	}
	r.retryAfter = &RetryAfter{
		Wait:    wait,
		Attempt: r.attempts,
		Reason:  fmt.Sprintf("retries: %d, retry-after: %s - retry-reason: %s", r.attempts, wait, reason),
	}
	return true
}

// retryReason says why a response is retried.
func retryReason(resp *http.Response) string {
	if resp.StatusCode == http.StatusTooManyRequests {
		return fmt.Sprintf("due to server-side throttling, FlowSchema UID: %q", resp.Header.Get("X-Kubernetes-PF-FlowSchema-UID"))
	}
	return strconv.Itoa(resp.StatusCode)
}

// retryAfterSeconds returns the integer Retry-After of a 429 or 5xx
// response.
func retryAfterSeconds(resp *http.Response) (int, bool) {
	if resp == nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500) {
		return 0, false
	}
	h := resp.Header.Get("Retry-After")
	if len(h) == 0 {
		return 0, false
	}
	seconds, err := strconv.Atoi(h)
	if err != nil {
		return 0, false
	}
	return seconds, true
}

func (r *withRetry) Before(ctx context.Context, request *Request) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	u := request.URL()
	delay := request.backoff.CalculateBackoffWithContext(ctx, u)
	if r.retryAfter == nil {
		request.backoff.SleepWithContext(ctx, delay)
		return ctx.Err()
	}
	request.backoff.SleepWithContext(ctx, max(delay, r.retryAfter.Wait))
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := request.tryThrottleWithInfo(ctx, r.retryAfter.Reason); err != nil {
		return err
	}
	r.retryAfter = nil
	return nil
}

func (r *withRetry) After(ctx context.Context, request *Request, resp *http.Response, err error) {
	code := 0
	if resp != nil {
		code = resp.StatusCode
	}
	u := request.URL()
	request.backoff.UpdateBackoffWithContext(ctx, u, err, code)
	if r.attempts > 0 {
		metrics.RequestRetry.IncrementRetry(ctx, resultCode(resp, err), request.verb, u.Host)
	}
}

// resultCode is the code metrics report for an attempt.
func resultCode(resp *http.Response, err error) string {
	if err != nil || resp == nil {
		return "<error>"
	}
	return strconv.Itoa(resp.StatusCode)
}

func (r *withRetry) WrapPreviousError(currentErr error) error {
	if currentErr == nil || r.previousErr == nil {
		return currentErr
	}
	previous := r.previousErr
	var urlErr *url.Error
	if errors.As(previous, &urlErr) && urlErr.Err != nil {
		previous = urlErr.Err
	}
	if currentErr.Error() == previous.Error() || currentErr.Error() == r.previousErr.Error() {
		return currentErr
	}
	return &wrapPreviousError{current: currentErr, previous: previous}
}

// wrapPreviousError is a final error naming the error of an earlier
// attempt; it unwraps to the final error.
type wrapPreviousError struct {
	current, previous error
}

func (w *wrapPreviousError) Unwrap() error { return w.current }

func (w *wrapPreviousError) Error() string {
	return fmt.Sprintf("%s - error from a previous attempt: %s", w.current.Error(), w.previous.Error())
}
