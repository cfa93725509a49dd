package transport

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptrace"
	"sort"
	"strings"
	"sync"
	"time"
)

// DebugLevel selects what NewDebuggingRoundTripper logs.
type DebugLevel int

// The debug levels.
const (
	// DebugJustURL logs the method and URL before the request.
	DebugJustURL DebugLevel = iota
	// DebugURLTiming logs method, URL, status and duration afterwards.
	DebugURLTiming
	// DebugCurlCommand logs an equivalent curl command.
	DebugCurlCommand
	// DebugRequestHeaders logs the request headers, secrets masked.
	DebugRequestHeaders
	// DebugResponseStatus logs the response status and duration.
	DebugResponseStatus
	// DebugResponseHeaders logs the response headers, secrets masked.
	DebugResponseHeaders
	// DebugDetailedTiming logs DNS, dial, TLS and server timings.
	DebugDetailedTiming
	// DebugByContext picks the levels per request from how verbose the
	// logger is (see DebugWrappers).
	DebugByContext
)

// Log levels that DebugByContext maps to debug levels. klog's verbosity V(n)
// corresponds to slog.Level(-n).
const (
	levelURLTiming   = slog.Level(-6)
	levelHeaders     = slog.Level(-7)
	levelRespHeaders = slog.Level(-8)
	levelCurl        = slog.Level(-9)
)

// DebugWrappers wraps rt in a debugging round tripper when slog.Default()
// is enabled at level -6 or below when it is called (klog's verbosity V(n)
// is slog.Level(-n)); otherwise it returns rt unchanged. What each request
// logs follows the logger's level at that time: -6 URL and timing, -7 adds
// request headers and status, -8 response headers, -9 a curl command and
// detailed timing.
func DebugWrappers(rt http.RoundTripper) http.RoundTripper {
	if !slog.Default().Enabled(context.Background(), levelURLTiming) {
		return rt
	}
	return NewDebuggingRoundTripper(rt, DebugByContext)
}

type debuggingRoundTripper struct {
	delegate http.RoundTripper
	levels   map[DebugLevel]bool
	logger   func() *slog.Logger
}

// NewDebuggingRoundTripper logs each request through slog.Default() at the
// given levels, at slog.LevelInfo. Authorization values are masked.
func NewDebuggingRoundTripper(rt http.RoundTripper, levels ...DebugLevel) http.RoundTripper {
	set := make(map[DebugLevel]bool, len(levels))
	for _, l := range levels {
		set[l] = true
	}
	return &debuggingRoundTripper{delegate: rt, levels: set, logger: slog.Default}
}

// WrappedRoundTripper returns the wrapped round tripper.
func (rt *debuggingRoundTripper) WrappedRoundTripper() http.RoundTripper { return rt.delegate }

// levelsFor returns the debug levels for this request.
func (rt *debuggingRoundTripper) levelsFor(ctx context.Context, logger *slog.Logger) map[DebugLevel]bool {
	if !rt.levels[DebugByContext] {
		return rt.levels
	}
	on := func(l slog.Level) bool { return logger.Enabled(ctx, l) }
	switch {
	case on(levelCurl):
		return map[DebugLevel]bool{DebugCurlCommand: true, DebugURLTiming: true, DebugDetailedTiming: true, DebugResponseHeaders: true}
	case on(levelRespHeaders):
		return map[DebugLevel]bool{DebugJustURL: true, DebugRequestHeaders: true, DebugResponseStatus: true, DebugResponseHeaders: true}
	case on(levelHeaders):
		return map[DebugLevel]bool{DebugJustURL: true, DebugRequestHeaders: true, DebugResponseStatus: true}
	case on(levelURLTiming):
		return map[DebugLevel]bool{DebugURLTiming: true}
	}
	return nil
}

func (rt *debuggingRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	logger := rt.logger()
	levels := rt.levelsFor(ctx, logger)
	if len(levels) == 0 {
		return rt.delegate.RoundTrip(req)
	}
	level := slog.LevelInfo
	if rt.levels[DebugByContext] {
		level = levelURLTiming
	}
	url := req.URL.Redacted()
	if levels[DebugJustURL] {
		logger.Log(ctx, level, "Request", "verb", req.Method, "url", url)
	}
	if levels[DebugCurlCommand] {
		logger.Log(ctx, level, "Request", "curlCommand", curlCommand(req))
	}
	if levels[DebugRequestHeaders] {
		logger.Log(ctx, level, "Request", "headers", maskHeaders(req.Header))
	}
	var timing *requestTiming
	if levels[DebugDetailedTiming] {
		timing = &requestTiming{}
		req = req.WithContext(httptrace.WithClientTrace(ctx, timing.trace()))
	}
	start := time.Now()
	resp, err := rt.delegate.RoundTrip(req)
	elapsed := time.Since(start)
	rt.logResponse(ctx, logger, level, levels, req.Method, url, resp, err, elapsed)
	if timing != nil {
		logger.Log(ctx, level, "HTTP Trace", append([]any{"verb", req.Method, "url", url}, timing.attrs()...)...)
	}
	return resp, err
}

func (rt *debuggingRoundTripper) logResponse(ctx context.Context, logger *slog.Logger, level slog.Level,
	levels map[DebugLevel]bool, method, url string, resp *http.Response, err error, elapsed time.Duration) {
	status := ""
	if resp != nil {
		status = resp.Status
	}
	ms := elapsed.Milliseconds()
	if levels[DebugURLTiming] {
		logger.Log(ctx, level, "Response", "verb", method, "url", url, "status", status, "milliseconds", ms)
	}
	if levels[DebugResponseStatus] {
		logger.Log(ctx, level, "Response", "status", status, "milliseconds", ms)
	}
	if levels[DebugResponseHeaders] && resp != nil {
		logger.Log(ctx, level, "Response", "headers", maskHeaders(resp.Header))
	}
	if err != nil && (levels[DebugURLTiming] || levels[DebugResponseStatus]) {
		logger.Log(ctx, level, "Response error", "verb", method, "url", url, "err", err)
	}
}

// secretHeaders are masked by maskValue.
var secretHeaders = map[string]bool{"Authorization": true, "Proxy-Authorization": true}

// cookieHeaders are replaced whole by maskValue.
var cookieHeaders = map[string]bool{"Cookie": true, "Set-Cookie": true}

// maskValue hides the credentials of an Authorization-like header: a known
// scheme (Bearer, Basic, Negotiate) keeps its name followed by "<masked>",
// a bare scheme stays as it is, and anything else becomes "<masked>".
// Cookies are masked whole. Other headers are returned unchanged.
func maskValue(key, value string) string {
	key = http.CanonicalHeaderKey(key)
	if cookieHeaders[key] {
		return "<masked>"
	}
	if !secretHeaders[key] {
		return value
	}
	value = strings.TrimSpace(value)
	scheme, rest, _ := strings.Cut(value, " ")
	switch strings.ToLower(scheme) {
	case "bearer", "basic", "negotiate":
		if strings.TrimSpace(rest) == "" {
			return scheme
		}
		return scheme + " <masked>"
	}
	return "<masked>"
}

// maskHeaders returns "Key: value" lines, sorted, with secrets masked.
func maskHeaders(h http.Header) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		for _, v := range h[k] {
			fmt.Fprintf(&b, "%s: %s\n", k, maskValue(k, v))
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// curlCommand renders req as a curl command line, secrets masked.
func curlCommand(req *http.Request) string {
	var b strings.Builder
	fmt.Fprintf(&b, "curl -v -X%s", req.Method)
	keys := make([]string, 0, len(req.Header))
	for k := range req.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range req.Header[k] {
			fmt.Fprintf(&b, " -H %s", shellQuote(k+": "+maskValue(k, v)))
		}
	}
	fmt.Fprintf(&b, " %s", shellQuote(req.URL.Redacted()))
	return b.String()
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// requestTiming collects the phase durations of one request.
type requestTiming struct {
	mu                                sync.Mutex
	dnsStart, connectStart, tlsStart  time.Time
	wroteRequest                      time.Time
	dns, connect, tlsHandshake, serve time.Duration
}

func (t *requestTiming) trace() *httptrace.ClientTrace {
	set := func(f func()) { t.mu.Lock(); f(); t.mu.Unlock() }
	return &httptrace.ClientTrace{
		DNSStart: func(httptrace.DNSStartInfo) { set(func() { t.dnsStart = time.Now() }) },
		DNSDone:  func(httptrace.DNSDoneInfo) { set(func() { t.dns = time.Since(t.dnsStart) }) },
		ConnectStart: func(string, string) {
			set(func() { t.connectStart = time.Now() })
		},
		ConnectDone: func(string, string, error) {
			set(func() { t.connect = time.Since(t.connectStart) })
		},
		TLSHandshakeStart: func() { set(func() { t.tlsStart = time.Now() }) },
		TLSHandshakeDone: func(tls.ConnectionState, error) {
			set(func() { t.tlsHandshake = time.Since(t.tlsStart) })
		},
		WroteRequest: func(httptrace.WroteRequestInfo) { set(func() { t.wroteRequest = time.Now() }) },
		GotFirstResponseByte: func() {
			set(func() { t.serve = time.Since(t.wroteRequest) })
		},
	}
}

func (t *requestTiming) attrs() []any {
	t.mu.Lock()
	defer t.mu.Unlock()
	return []any{"dnsLookupMs", t.dns.Milliseconds(), "dialMs", t.connect.Milliseconds(),
		"tlsHandshakeMs", t.tlsHandshake.Milliseconds(), "serverProcessingMs", t.serve.Milliseconds()}
}
