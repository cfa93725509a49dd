package transport

import (
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

// Token is an access token and when it expires. It takes the role of
// golang.org/x/oauth2.Token, which skiff does not depend on.
type Token struct {
	// AccessToken is sent as the bearer token.
	AccessToken string
	// TokenType is the authorization scheme; empty means "Bearer".
	TokenType string
	// Expiry is when the token stops being valid; zero means never.
	Expiry time.Time
}

// TokenSource returns tokens. It takes the role of
// golang.org/x/oauth2.TokenSource.
type TokenSource interface {
	// Token returns a token or an error.
	Token() (*Token, error)
}

// ResettableTokenSource is a TokenSource whose cached token can be dropped
// when the server rejected it.
type ResettableTokenSource interface {
	TokenSource
	// ResetTokenOlderThan drops the cached token if it was obtained before t.
	ResetTokenOlderThan(t time.Time)
}

const (
	fileTokenPeriod = time.Minute
	fileTokenLeeway = 10 * time.Second
)

// NewCachedFileTokenSource returns a token source reading the token from
// path. The whitespace-trimmed contents are cached for a minute (re-read
// 10s before that); an empty file is an error, and a failed re-read keeps
// the last good token.
func NewCachedFileTokenSource(path string) *cachingTokenSource {
	return &cachingTokenSource{
		base:   &fileTokenSource{path: path, period: fileTokenPeriod, now: time.Now},
		leeway: fileTokenLeeway,
		now:    time.Now,
	}
}

// NewCachedTokenSource caches the tokens of ts until they expire; a failed
// refresh keeps the last good token.
func NewCachedTokenSource(ts TokenSource) *cachingTokenSource {
	return &cachingTokenSource{base: ts, now: time.Now}
}

type fileTokenSource struct {
	path   string
	period time.Duration
	now    func() time.Time
}

func (ts *fileTokenSource) Token() (*Token, error) {
	b, err := os.ReadFile(ts.path)
	if err != nil {
		return nil, fmt.Errorf("reading token file %q: %w", ts.path, err)
	}
	tok := strings.TrimSpace(string(b))
	if tok == "" {
		return nil, fmt.Errorf("read empty token from file %q", ts.path)
	}
	return &Token{AccessToken: tok, Expiry: ts.now().Add(ts.period)}, nil
}

// cachingTokenSource caches the token of base until leeway before its
// expiry.
type cachingTokenSource struct {
	base   TokenSource
	leeway time.Duration
	now    func() time.Time

	mu       sync.Mutex
	tok      *Token
	obtained time.Time
}

// Token returns the cached token while it is fresh, or fetches a new one.
// When fetching fails and a token is cached, the cached token is returned.
func (ts *cachingTokenSource) Token() (*Token, error) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	now := ts.now()
	if ts.tok != nil && (ts.tok.Expiry.IsZero() || now.Add(ts.leeway).Before(ts.tok.Expiry)) {
		return ts.tok, nil
	}
	tok, err := ts.base.Token()
	if err != nil {
		if ts.tok != nil {
			return ts.tok, nil
		}
		return nil, err
	}
	ts.tok, ts.obtained = tok, now
	return tok, nil
}

// ResetTokenOlderThan drops the cached token if it was obtained before t.
func (ts *cachingTokenSource) ResetTokenOlderThan(t time.Time) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.obtained.Before(t) {
		ts.tok, ts.obtained = nil, time.Time{}
	}
}

// TokenSourceWrapTransport returns a wrapper that sends the tokens of ts as
// "Authorization: <type> <token>" on requests without an Authorization
// header. If ts is a ResettableTokenSource, a 401 response resets the
// tokens obtained before the request started.
func TokenSourceWrapTransport(ts TokenSource) func(http.RoundTripper) http.RoundTripper {
	return func(rt http.RoundTripper) http.RoundTripper {
		return &tokenSourceTransport{base: rt, src: ts}
	}
}

// ResettableTokenSourceWrapTransport is TokenSourceWrapTransport for a
// resettable source.
func ResettableTokenSourceWrapTransport(ts ResettableTokenSource) func(http.RoundTripper) http.RoundTripper {
	return TokenSourceWrapTransport(ts)
}

type tokenSourceTransport struct {
	base http.RoundTripper
	src  TokenSource
}

func (t *tokenSourceTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if len(req.Header.Get("Authorization")) != 0 {
		return t.base.RoundTrip(req)
	}
	start := time.Now()
	tok, err := t.src.Token()
	if err != nil {
		return nil, fmt.Errorf("getting token for %s %s: %w", req.Method, req.URL.Redacted(), err)
	}
	req = cloneRequest(req)
	scheme := tok.TokenType
	if scheme == "" || strings.EqualFold(scheme, "bearer") {
		scheme = "Bearer"
	}
	req.Header.Set("Authorization", scheme+" "+tok.AccessToken)
	resp, err := t.base.RoundTrip(req)
	if err == nil && resp.StatusCode == http.StatusUnauthorized {
		if r, ok := t.src.(ResettableTokenSource); ok {
			r.ResetTokenOlderThan(start)
		}
	}
	return resp, err
}

// WrappedRoundTripper returns the wrapped round tripper.
func (t *tokenSourceTransport) WrappedRoundTripper() http.RoundTripper { return t.base }

type bearerAuthRoundTripper struct {
	bearer string
	source TokenSource
	rt     http.RoundTripper
}

// NewBearerAuthRoundTripper sends "Authorization: Bearer <bearer>" on
// requests that have no Authorization header.
func NewBearerAuthRoundTripper(bearer string, rt http.RoundTripper) http.RoundTripper {
	return &bearerAuthRoundTripper{bearer: bearer, rt: rt}
}

// NewBearerAuthWithRefreshRoundTripper is NewBearerAuthRoundTripper whose
// token comes from tokenFile when that is set (see
// NewCachedFileTokenSource), with bearer as the fallback. Without a bearer
// the first read of the file must succeed now.
func NewBearerAuthWithRefreshRoundTripper(bearer, tokenFile string, rt http.RoundTripper) (http.RoundTripper, error) {
	if tokenFile == "" {
		return NewBearerAuthRoundTripper(bearer, rt), nil
	}
	source := NewCachedFileTokenSource(tokenFile)
	if bearer == "" {
		tok, err := source.Token()
		if err != nil {
			return nil, err
		}
		bearer = tok.AccessToken
	}
	return &bearerAuthRoundTripper{bearer: bearer, source: source, rt: rt}, nil
}

func (rt *bearerAuthRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	if len(req.Header.Get("Authorization")) != 0 {
		return rt.rt.RoundTrip(req)
	}
	req = cloneRequest(req)
	token := rt.bearer
	if rt.source != nil {
		if refreshed, err := rt.source.Token(); err == nil {
			token = refreshed.AccessToken
		}
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return rt.rt.RoundTrip(req)
}

// WrappedRoundTripper returns the wrapped round tripper.
func (rt *bearerAuthRoundTripper) WrappedRoundTripper() http.RoundTripper { return rt.rt }

// String names the round tripper without its token.
func (rt *bearerAuthRoundTripper) String() string { return "bearer token auth" }
