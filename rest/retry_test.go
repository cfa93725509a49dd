package rest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
)

// recordingBackoff records the sleeps it is asked for without sleeping.
type recordingBackoff struct {
	mu     sync.Mutex
	sleeps []time.Duration
}

func (b *recordingBackoff) UpdateBackoffWithContext(context.Context, *url.URL, error, int) {}
func (b *recordingBackoff) CalculateBackoffWithContext(context.Context, *url.URL) time.Duration {
	return 0
}
func (b *recordingBackoff) SleepWithContext(_ context.Context, d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sleeps = append(b.sleeps, d)
}

// scriptedTransport answers attempt i with script[i] (an error or a
// response), repeating the last entry, and records request bodies.
type scriptedTransport struct {
	mu     sync.Mutex
	script []any
	bodies []string
}

func (s *scriptedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
		req.Body.Close()
	}
	s.mu.Lock()
	n := len(s.bodies)
	s.bodies = append(s.bodies, string(body))
	step := s.script[min(n, len(s.script)-1)]
	s.mu.Unlock()
	switch v := step.(type) {
	case error:
		return nil, v
	case response:
		h := http.Header{}
		for k, val := range v.header {
			h.Set(k, val)
		}
		return &http.Response{StatusCode: v.code, Header: h, Body: io.NopCloser(strings.NewReader(v.body)), Request: req}, nil
	}
	panic(fmt.Sprintf("bad script step %T", step))
}

func (s *scriptedTransport) attempts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.bodies)
}

func retryAfter(code int, seconds string) response {
	return response{code: code, header: map[string]string{"Retry-After": seconds, "Content-Type": jsonCT}}
}

var ok200 = response{code: 200, header: map[string]string{"Content-Type": jsonCT}, body: `{}`}

func TestRetryPostWithBody(t *testing.T) {
	body := []byte(strings.Repeat("x", 4000))
	rt := &scriptedTransport{script: []any{retryAfter(429, "1"), retryAfter(429, "1"), retryAfter(429, "1"), retryAfter(429, "1"), ok200}}
	backoff := &recordingBackoff{}
	c := clientWithTransport(t, rt)
	err := c.Post().Resource("pods").Body(body).BackOffWithContext(backoff).Do(context.Background()).Error()
	require.NoError(t, err)
	assert.Equal(t, 5, rt.attempts())
	assert.Equal(t, []time.Duration{0, time.Second, time.Second, time.Second, time.Second}, backoff.sleeps)
	for i, b := range rt.bodies {
		assert.Len(t, b, 4000, "attempt %d body", i)
	}
}

func TestRetryMixedCodesCarryFullBody(t *testing.T) {
	rt := &scriptedTransport{script: []any{retryAfter(429, "0"), retryAfter(500, "0"), retryAfter(501, "0"), retryAfter(504, "0"), ok200}}
	c := clientWithTransport(t, rt)
	err := c.Post().Resource("pods").Body([]byte("payload")).BackOffWithContext(&recordingBackoff{}).Do(context.Background()).Error()
	require.NoError(t, err)
	assert.Equal(t, []string{"payload", "payload", "payload", "payload", "payload"}, rt.bodies)
}

func TestRetryConnectionResetForGet(t *testing.T) {
	resetErr := &opError{err: syscall.ECONNRESET}
	rt := &scriptedTransport{script: []any{resetErr, resetErr, ok200}}
	backoff := &recordingBackoff{}
	c := clientWithTransport(t, rt)
	require.NoError(t, c.Get().Resource("pods").BackOffWithContext(backoff).Do(context.Background()).Error())
	assert.Equal(t, 3, rt.attempts())
	assert.Equal(t, []time.Duration{0, time.Second, time.Second}, backoff.sleeps)
}

// opError wraps an errno like a dial or read error does.
type opError struct{ err error }

func (e *opError) Error() string { return "read tcp: " + e.err.Error() }
func (e *opError) Unwrap() error { return e.err }

func TestMaxRetries(t *testing.T) {
	tests := []struct {
		maxRetries int
		wantErr    bool
		attempts   int
	}{
		{0, true, 1},
		{-3, true, 1},
		{1, false, 2},
		{5, false, 2},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.maxRetries), func(t *testing.T) {
			rt := &scriptedTransport{script: []any{retryAfter(429, "1"), ok200}}
			c := clientWithTransport(t, rt)
			err := c.Get().Resource("pods").MaxRetries(tt.maxRetries).BackOffWithContext(&recordingBackoff{}).Do(context.Background()).Error()
			assert.Equal(t, tt.wantErr, err != nil, "err = %v", err)
			assert.Equal(t, tt.attempts, rt.attempts())
		})
	}
}

func TestDefaultMaxRetries(t *testing.T) {
	rt := &scriptedTransport{script: []any{retryAfter(503, "0")}}
	c := clientWithTransport(t, rt)
	err := c.Get().Resource("pods").BackOffWithContext(&recordingBackoff{}).Do(context.Background()).Error()
	require.True(t, apierrors.IsServiceUnavailable(err), "err = %v", err)
	assert.Equal(t, 11, rt.attempts())
}

// executors runs a request through each executor and reports its error.
var executors = map[string]func(*Request) error{
	"Do":    func(r *Request) error { return r.Do(context.Background()).Error() },
	"DoRaw": func(r *Request) error { _, err := r.DoRaw(context.Background()); return err },
	"Stream": func(r *Request) error {
		rc, err := r.Stream(context.Background())
		if rc != nil {
			rc.Close()
		}
		return err
	},
	"Watch": func(r *Request) error {
		w, err := r.Watch(context.Background())
		if w != nil {
			w.Stop()
		}
		return err
	},
}

func TestRetryMatrixResponses(t *testing.T) {
	tests := []struct {
		name      string
		first     response
		wantRetry bool
	}{
		{"429 with retry-after", retryAfter(429, "0"), true},
		{"503 with retry-after", retryAfter(503, "0"), true},
		{"500 without retry-after", response{code: 500}, false},
		{"429 without retry-after", response{code: 429}, false},
		{"503 with http-date", retryAfter(503, "Wed, 21 Oct 2015 07:28:00 GMT"), false},
		{"404 with retry-after", retryAfter(404, "0"), false},
	}
	for _, tt := range tests {
		for _, verb := range []string{"GET", "POST", "PUT", "DELETE", "PATCH"} {
			for name, exec := range executors {
				t.Run(tt.name+"/"+verb+"/"+name, func(t *testing.T) {
					rt := &scriptedTransport{script: []any{tt.first, ok200}}
					c := clientWithTransport(t, rt)
					_ = exec(c.Verb(verb).Resource("pods").BackOffWithContext(&recordingBackoff{}))
					want := 1
					if tt.wantRetry {
						want = 2
					}
					assert.Equal(t, want, rt.attempts())
				})
			}
		}
	}
}

func TestRetryMatrixTransportErrors(t *testing.T) {
	errs := []error{
		&opError{err: syscall.ECONNRESET},
		io.EOF,
		io.ErrUnexpectedEOF,
		errors.New("http: can't write HTTP request on broken connection"),
		errors.New("http2: server sent GOAWAY and closed the connection"),
		errors.New("foo: connection reset by peer"),
		errors.New("foo: use of closed network connection"),
	}
	wantRetry := map[string]bool{"Do": true, "DoRaw": true, "Watch": true, "Stream": false}
	for _, transportErr := range errs {
		for name, exec := range executors {
			t.Run(name+"/"+transportErr.Error(), func(t *testing.T) {
				rt := &scriptedTransport{script: []any{transportErr, ok200}}
				c := clientWithTransport(t, rt)
				_ = exec(c.Get().Resource("pods").BackOffWithContext(&recordingBackoff{}))
				want := 1
				if wantRetry[name] {
					want = 2
				}
				assert.Equal(t, want, rt.attempts())
			})
		}
	}
	t.Run("POST is never retried on transport errors by Do", func(t *testing.T) {
		rt := &scriptedTransport{script: []any{io.EOF, ok200}}
		c := clientWithTransport(t, rt)
		err := c.Post().Resource("pods").Body([]byte("x")).BackOffWithContext(&recordingBackoff{}).Do(context.Background()).Error()
		require.ErrorIs(t, err, io.EOF)
		assert.Equal(t, 1, rt.attempts())
	})
}

func TestRetryBodyKinds(t *testing.T) {
	tests := []struct {
		name string
		body any
		want int
	}{
		{"no body", nil, 2},
		{"empty bytes", []byte{}, 2},
		{"reader", strings.NewReader("once"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := &scriptedTransport{script: []any{retryAfter(429, "0"), ok200}}
			c := clientWithTransport(t, rt)
			r := c.Post().Resource("pods").MaxRetries(1).BackOffWithContext(&recordingBackoff{})
			if tt.body != nil {
				r.Body(tt.body)
			}
			_ = r.Do(context.Background())
			assert.Equal(t, tt.want, rt.attempts())
		})
	}
	t.Run("unexpected EOF unwraps", func(t *testing.T) {
		rt := &scriptedTransport{script: []any{io.ErrUnexpectedEOF}}
		c := clientWithTransport(t, rt)
		err := c.Get().Resource("pods").MaxRetries(1).BackOffWithContext(&recordingBackoff{}).Do(context.Background()).Error()
		require.ErrorIs(t, err, io.ErrUnexpectedEOF)
		assert.Equal(t, 2, rt.attempts())
	})
}

func TestIsNextRetryReasons(t *testing.T) {
	req, _ := http.NewRequest("GET", "http://h/api", nil)
	always := IsRetryableErrorFunc(func(*http.Request, error) bool { return true })
	tests := []struct {
		name string
		resp *http.Response
		err  error
		want string
	}{
		{"retryable error", nil, errors.New("fake error"), "retries: 1, retry-after: 1s - retry-reason: due to retryable error, error: fake error"},
		{"429", &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"2"}, "X-Kubernetes-Pf-Flowschema-Uid": {"fs-1"}}},
			nil, `retries: 1, retry-after: 2s - retry-reason: due to server-side throttling, FlowSchema UID: "fs-1"`},
		{"503", &http.Response{StatusCode: 503, Header: http.Header{"Retry-After": {"3"}}}, nil, "retries: 1, retry-after: 3s - retry-reason: 503"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRetry(2)
			require.True(t, r.IsNextRetry(context.Background(), &Request{}, req, tt.resp, tt.err, always))
			assert.Equal(t, tt.want, r.retryAfter.Reason)
		})
	}
	t.Run("exhaustion", func(t *testing.T) {
		r := newRetry(3)
		for i := 0; i < 3; i++ {
			require.True(t, r.IsNextRetry(context.Background(), &Request{}, req, nil, io.EOF, always), "retry %d", i+1)
		}
		assert.False(t, r.IsNextRetry(context.Background(), &Request{}, req, nil, io.EOF, always))
	})
}

func TestWrapPreviousError(t *testing.T) {
	current := errors.New("current")
	tests := []struct {
		name     string
		previous error
		current  error
		want     string
	}{
		{"nil current", errors.New("prev"), nil, ""},
		{"nil previous", nil, current, "current"},
		{"same message", errors.New("current"), current, "current"},
		{"different", errors.New("prev"), current, "current - error from a previous attempt: prev"},
		{"url error unwrapped", &url.Error{Op: "Get", URL: "http://h", Err: io.EOF}, current, "current - error from a previous attempt: EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &withRetry{previousErr: tt.previous}
			err := r.WrapPreviousError(tt.current)
			if tt.want == "" {
				require.NoError(t, err)
				return
			}
			require.EqualError(t, err, tt.want)
			require.ErrorIs(t, err, tt.current)
		})
	}
	t.Run("deadline stays visible", func(t *testing.T) {
		r := &withRetry{previousErr: io.EOF}
		err := r.WrapPreviousError(fmt.Errorf("wait: %w", context.DeadlineExceeded))
		assert.ErrorIs(t, err, context.DeadlineExceeded)
	})
}

func TestRetryStopsOnContextCancel(t *testing.T) {
	rt := &scriptedTransport{script: []any{retryAfter(429, "30")}}
	c := clientWithTransport(t, rt)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- c.Get().Resource("pods").Do(ctx).Error() }()
	select {
	case err := <-done:
		require.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Equal(t, 1, rt.attempts())
	case <-time.After(10 * time.Second):
		t.Fatal("Do did not return after its context ended")
	}
}

func TestWatchRetries(t *testing.T) {
	tests := []struct {
		name       string
		script     []any
		maxRetries int
		attempts   int
		wantErr    bool
	}{
		{"EOF no retries gives empty watch", []any{io.EOF}, 0, 1, false},
		{"EOF every time gives empty watch", []any{io.EOF}, 2, 3, false},
		{"retry-after every time is an error", []any{retryAfter(429, "0")}, 2, 3, true},
		{"non-retryable transport error", []any{errors.New("boom")}, 2, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := &scriptedTransport{script: tt.script}
			c := clientWithTransport(t, rt)
			w, err := c.Get().Resource("pods").Param("watch", "true").MaxRetries(tt.maxRetries).
				BackOffWithContext(&recordingBackoff{}).Watch(context.Background())
			assert.Equal(t, tt.attempts, rt.attempts())
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			_, open := <-w.ResultChan()
			assert.False(t, open, "empty watch channel is open")
		})
	}
}
