package rest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
	"github.com/skiff-k8s/skiff/tools/metrics"
)

// Throttling waits longer than these are logged at debug and info level.
const (
	longThrottleLatency  = 50 * time.Millisecond
	extraLongThrottle    = time.Second
	maxDrainedBodyLength = 2 << 10
)

// Do sends the request, retrying as the rules allow, and returns the
// decoded outcome. The error of a non-2xx response is in Result.Error.
func (r *Request) Do(ctx context.Context) Result {
	var result Result
	err := r.request(ctx, func(req *http.Request, resp *http.Response) {
		result = r.transformResponse(ctx, resp, req)
	})
	if err != nil {
		return Result{err: err}
	}
	return result
}

// DoRaw sends the request and returns the response body; a status outside
// 200-206 is an error, and so is a body that could not be read to the end
// (it wraps the read error, whatever the status).
func (r *Request) DoRaw(ctx context.Context) ([]byte, error) {
	var result Result
	err := r.request(ctx, func(req *http.Request, resp *http.Response) {
		result.body, result.err = readBody(resp.Body, resp.ContentLength)
		result.warnings = handleWarnings(ctx, resp.Header, r.warningHandler)
		if result.err != nil {
			// As in Do, a body that could not be read is the error,
			// whatever the status code says.
			result.err = readBodyError(result.err)
			return
		}
		if resp.StatusCode < http.StatusOK || resp.StatusCode > http.StatusPartialContent {
			result.err = r.transformUnstructuredResponseError(resp, req, result.body)
		}
	})
	if err != nil {
		return nil, err
	}
	return result.body, result.err
}

// isRetryableGet reports whether a transport error of a GET may be
// retried: a reset connection, a probable EOF or a lost HTTP/2 connection.
func isRetryableGet(req *http.Request, err error) bool {
	if req.Method != http.MethodGet {
		return false
	}
	return utilnet.IsConnectionReset(err) || utilnet.IsProbableEOF(err) || utilnet.IsHTTP2ConnectionLost(err)
}

// request runs the attempts of Do and DoRaw, calling fn with the response
// of the attempt that is not retried.
func (r *Request) request(ctx context.Context, fn func(*http.Request, *http.Response)) error {
	defer r.pinURL()()
	start := time.Now()
	defer func() {
		metrics.RequestLatency.Observe(ctx, r.verb, *r.URL(), time.Since(start))
	}()
	if r.err != nil {
		return r.err
	}
	if err := r.preflight(); err != nil {
		return err
	}
	if err := r.tryThrottle(ctx); err != nil {
		return err
	}
	if r.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.timeout)
		defer cancel()
	}
	retry := newRetry(r.maxRetries)
	for {
		if err := retry.Before(ctx, r); err != nil {
			return retry.WrapPreviousError(err)
		}
		req, err := r.newHTTPRequest(ctx)
		if err != nil {
			return err
		}
		resp, err := r.client().Do(req)
		retry.After(ctx, r, resp, err)
		r.recordResult(ctx, req, resp, err)
		if retry.IsNextRetry(ctx, r, req, resp, err, isRetryableGet) {
			drainAndClose(resp)
			continue
		}
		if resp != nil {
			fn(req, resp)
			drainAndClose(resp)
		}
		return retry.WrapPreviousError(err)
	}
}

// client returns the http.Client requests are sent with.
func (r *Request) client() *http.Client {
	if r.c != nil && r.c.Client != nil {
		return r.c.Client
	}
	return http.DefaultClient
}

// recordResult reports an attempt's result code to the metrics hook.
func (r *Request) recordResult(ctx context.Context, req *http.Request, resp *http.Response, err error) {
	metrics.RequestResult.Increment(ctx, resultCode(resp, err), req.Method, req.URL.Host)
}

// newHTTPRequest builds the http.Request of one attempt, with a fresh
// reader of the body.
func (r *Request) newHTTPRequest(ctx context.Context) (*http.Request, error) {
	verb := r.verb
	if verb == "" {
		verb = http.MethodGet
	}
	u := r.URL().String()
	req, err := http.NewRequestWithContext(ctx, verb, u, r.body.open())
	if err != nil {
		return nil, fmt.Errorf("building %s request for %s: %w", verb, u, err)
	}
	if r.body.set && r.body.rewindable() {
		data := r.body.data
		req.ContentLength = int64(len(data))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(r.body.open()), nil }
		metrics.RequestSize.Observe(ctx, verb, req.URL.Host, float64(len(data)))
	}
	for k, v := range r.headers {
		req.Header[k] = append([]string(nil), v...)
	}
	return req, nil
}

// drainAndClose reads a little of a response body, so the connection can
// be reused, and closes it.
func drainAndClose(resp *http.Response) {
	if resp == nil || resp.Body == nil {
		return
	}
	_, _ = io.CopyN(io.Discard, resp.Body, maxDrainedBodyLength)
	_ = resp.Body.Close()
}

// tryThrottle waits on the rate limiter before the first attempt.
func (r *Request) tryThrottle(ctx context.Context) error {
	return r.tryThrottleWithInfo(ctx, "")
}

// tryThrottleWithInfo waits on the rate limiter, reporting the wait to
// metrics and logging long waits together with retryInfo.
func (r *Request) tryThrottleWithInfo(ctx context.Context, retryInfo string) error {
	if r.rateLimiter == nil {
		return nil
	}
	now := time.Now()
	err := r.rateLimiter.Wait(ctx)
	if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("client rate limiter Wait returned an error: %w", err)
	}
	latency := time.Since(now)
	u := r.URL()
	metrics.RateLimiterLatency.Observe(ctx, r.verb, *u, latency)
	if latency > longThrottleLatency {
		level := slog.LevelDebug
		if latency > extraLongThrottle {
			level = slog.LevelInfo
		}
		slog.Default().Log(ctx, level, "waited for client-side throttling, not priority and fairness",
			"latency", latency, "verb", r.verb, "url", u.String(), "retry", retryInfo)
	}
	return err
}
