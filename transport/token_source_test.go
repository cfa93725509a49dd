package transport

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeTime is a settable clock for token sources.
type fakeTime struct{ now time.Time }

func (f *fakeTime) Now() time.Time { return f.now }

func newFileSource(t *testing.T, path string) (*cachingTokenSource, *fakeTime) {
	t.Helper()
	clock := &fakeTime{now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	ts := NewCachedFileTokenSource(path)
	ts.now = clock.Now
	ts.base.(*fileTokenSource).now = clock.Now
	return ts, clock
}

func TestCachedFileTokenSourceRotation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "token")
	require.NoError(t, os.WriteFile(path, []byte("  token-1\n"), 0o600))
	ts, clock := newFileSource(t, path)

	steps := []struct {
		name    string
		write   string
		remove  bool
		advance time.Duration
		want    string
	}{
		{name: "first read trims whitespace", want: "token-1"},
		{name: "cached within the minute", write: "token-2", advance: 30 * time.Second, want: "token-1"},
		{name: "re-read within 10s of expiry", advance: 21 * time.Second, want: "token-2"},
		{name: "empty file keeps last good token", write: "   ", advance: time.Minute, want: "token-2"},
		{name: "missing file keeps last good token", remove: true, advance: time.Minute, want: "token-2"},
		{name: "new file is read", write: "token-3", advance: time.Minute, want: "token-3"},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			if s.write != "" {
				require.NoError(t, os.WriteFile(path, []byte(s.write), 0o600))
			}
			if s.remove {
				require.NoError(t, os.Remove(path))
			}
			clock.now = clock.now.Add(s.advance)
			tok, err := ts.Token()
			require.NoError(t, err)
			if tok.AccessToken != s.want {
				t.Errorf("token: got %q, want %q", tok.AccessToken, s.want)
			}
		})
	}
}

func TestCachedFileTokenSourceErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(empty, []byte("\n"), 0o600))
	_, err := NewCachedFileTokenSource(empty).Token()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "read empty token from file")

	_, err = NewCachedFileTokenSource(filepath.Join(dir, "missing")).Token()
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestBearerAuthWithRefresh(t *testing.T) {
	path := filepath.Join(t.TempDir(), "token")
	require.NoError(t, os.WriteFile(path, []byte("file-token"), 0o600))

	t.Run("file token overrides static token", func(t *testing.T) {
		capture := &captureRT{}
		rt, err := NewBearerAuthWithRefreshRoundTripper("static", path, capture)
		require.NoError(t, err)
		_, err = get(t, rt, "http://example.test/")
		require.NoError(t, err)
		assert.Equal(t, "Bearer file-token", capture.req.Header.Get("Authorization"))
	})
	t.Run("rotation is picked up", func(t *testing.T) {
		capture := &captureRT{}
		rt, err := NewBearerAuthWithRefreshRoundTripper("", path, capture)
		require.NoError(t, err)
		clock := &fakeTime{now: time.Now()}
		src := rt.(*bearerAuthRoundTripper).source.(*cachingTokenSource)
		src.now = clock.Now
		_, err = get(t, rt, "http://example.test/")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, []byte("rotated"), 0o600))
		clock.now = clock.now.Add(2 * time.Minute)
		_, err = get(t, rt, "http://example.test/")
		require.NoError(t, err)
		assert.Equal(t, "Bearer rotated", capture.req.Header.Get("Authorization"))
	})
	t.Run("missing file without static token fails at build", func(t *testing.T) {
		_, err := NewBearerAuthWithRefreshRoundTripper("", filepath.Join(t.TempDir(), "none"), &captureRT{})
		assert.Error(t, err)
	})
	t.Run("missing file with static token falls back", func(t *testing.T) {
		capture := &captureRT{}
		rt, err := NewBearerAuthWithRefreshRoundTripper("static", filepath.Join(t.TempDir(), "none"), capture)
		require.NoError(t, err)
		_, err = get(t, rt, "http://example.test/")
		require.NoError(t, err)
		assert.Equal(t, "Bearer static", capture.req.Header.Get("Authorization"))
	})
	t.Run("no file is a plain bearer round tripper", func(t *testing.T) {
		rt, err := NewBearerAuthWithRefreshRoundTripper("static", "", &captureRT{})
		require.NoError(t, err)
		assert.Nil(t, rt.(*bearerAuthRoundTripper).source)
	})
}

// countingSource hands out token-1, token-2, ... and can fail.
type countingSource struct {
	n    int
	fail bool
}

func (s *countingSource) Token() (*Token, error) {
	if s.fail {
		return nil, errors.New("source down")
	}
	s.n++
	return &Token{AccessToken: "token-" + string(rune('0'+s.n)), Expiry: time.Now().Add(time.Hour)}, nil
}

func TestTokenSourceWrapTransport(t *testing.T) {
	src := &countingSource{}
	cached := NewCachedTokenSource(src)
	capture := &captureRT{}
	rt := ResettableTokenSourceWrapTransport(cached)(capture)

	_, err := get(t, rt, "http://example.test/")
	require.NoError(t, err)
	assert.Equal(t, "Bearer token-1", capture.req.Header.Get("Authorization"))

	_, err = get(t, rt, "http://example.test/")
	require.NoError(t, err)
	assert.Equal(t, "Bearer token-1", capture.req.Header.Get("Authorization"), "cached until expiry")

	capture.status = http.StatusUnauthorized
	_, err = get(t, rt, "http://example.test/")
	require.NoError(t, err)
	capture.status = http.StatusOK
	_, err = get(t, rt, "http://example.test/")
	require.NoError(t, err)
	assert.Equal(t, "Bearer token-2", capture.req.Header.Get("Authorization"), "a 401 resets the token")

	req, err := http.NewRequest(http.MethodGet, "http://example.test/", nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Basic preset")
	_, err = rt.RoundTrip(req)
	require.NoError(t, err)
	assert.Equal(t, "Basic preset", capture.req.Header.Get("Authorization"), "existing Authorization is kept")

	failing := TokenSourceWrapTransport(&countingSource{fail: true})(capture)
	_, err = get(t, failing, "http://example.test/")
	assert.ErrorContains(t, err, "source down")
}

func TestCachingTokenSourceKeepsLastGoodToken(t *testing.T) {
	src := &countingSource{}
	ts := NewCachedTokenSource(src)
	clock := &fakeTime{now: time.Now()}
	ts.now = clock.Now
	tok, err := ts.Token()
	require.NoError(t, err)
	src.fail = true
	clock.now = clock.now.Add(2 * time.Hour)
	again, err := ts.Token()
	require.NoError(t, err)
	assert.Equal(t, tok.AccessToken, again.AccessToken)

	ts.ResetTokenOlderThan(clock.now.Add(time.Hour))
	_, err = ts.Token()
	assert.Error(t, err, "after a reset with a failing source there is no token")
}
