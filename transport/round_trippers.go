package transport

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// Header names the impersonation round tripper sets.
const (
	// ImpersonateUserHeader names the user to act as.
	ImpersonateUserHeader = "Impersonate-User"
	// ImpersonateUIDHeader names the UID to act as.
	ImpersonateUIDHeader = "Impersonate-Uid"
	// ImpersonateGroupHeader names one group to act as; repeated per group.
	ImpersonateGroupHeader = "Impersonate-Group"
	// ImpersonateUserExtraHeaderPrefix prefixes one extra-info key; the
	// header is repeated per value.
	ImpersonateUserExtraHeaderPrefix = "Impersonate-Extra-"
)

// HTTPWrappersForConfig wraps rt in the round trippers config asks for,
// outermost first: impersonation, user agent, bearer or basic auth,
// debugging, then config.WrapTransport. Username/password together with a
// bearer token is an error.
func HTTPWrappersForConfig(config *Config, rt http.RoundTripper) (http.RoundTripper, error) {
	if config == nil {
		return nil, errors.New("transport: nil config")
	}
	if config.WrapTransport != nil {
		rt = config.WrapTransport(rt)
	}
	rt = DebugWrappers(rt)
	switch {
	case config.HasBasicAuth() && config.HasTokenAuth():
		return nil, errors.New("username/password or bearer token may be set, but not both")
	case config.HasTokenAuth():
		var err error
		rt, err = NewBearerAuthWithRefreshRoundTripper(config.BearerToken, config.BearerTokenFile, rt)
		if err != nil {
			return nil, err
		}
	case config.HasBasicAuth():
		rt = NewBasicAuthRoundTripper(config.Username, config.Password, rt)
	}
	if len(config.UserAgent) > 0 {
		rt = NewUserAgentRoundTripper(config.UserAgent, rt)
	}
	imp := config.Impersonate
	if len(imp.UserName) > 0 || len(imp.UID) > 0 || len(imp.Groups) > 0 || len(imp.Extra) > 0 {
		rt = NewImpersonatingRoundTripper(imp, rt)
	}
	return rt, nil
}

// cloneRequest returns a shallow copy of req with a deep copy of its
// headers, so a round tripper can set headers without touching the
// caller's request.
func cloneRequest(req *http.Request) *http.Request {
	r := req.Clone(req.Context())
	if r.Header == nil {
		r.Header = http.Header{}
	}
	return r
}

type userAgentRoundTripper struct {
	agent string
	rt    http.RoundTripper
}

// NewUserAgentRoundTripper sets the User-Agent header to agent on requests
// that have none.
func NewUserAgentRoundTripper(agent string, rt http.RoundTripper) http.RoundTripper {
	return &userAgentRoundTripper{agent: agent, rt: rt}
}

func (rt *userAgentRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	if len(req.Header.Get("User-Agent")) != 0 {
		return rt.rt.RoundTrip(req)
	}
	req = cloneRequest(req)
	req.Header.Set("User-Agent", rt.agent)
	return rt.rt.RoundTrip(req)
}

// WrappedRoundTripper returns the wrapped round tripper.
func (rt *userAgentRoundTripper) WrappedRoundTripper() http.RoundTripper { return rt.rt }

type basicAuthRoundTripper struct {
	username string
	password string
	rt       http.RoundTripper
}

// NewBasicAuthRoundTripper sends HTTP basic auth on requests that have no
// Authorization header.
func NewBasicAuthRoundTripper(username, password string, rt http.RoundTripper) http.RoundTripper {
	return &basicAuthRoundTripper{username: username, password: password, rt: rt}
}

func (rt *basicAuthRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	if len(req.Header.Get("Authorization")) != 0 {
		return rt.rt.RoundTrip(req)
	}
	req = cloneRequest(req)
	req.SetBasicAuth(rt.username, rt.password)
	return rt.rt.RoundTrip(req)
}

// WrappedRoundTripper returns the wrapped round tripper.
func (rt *basicAuthRoundTripper) WrappedRoundTripper() http.RoundTripper { return rt.rt }

// String names the round tripper without its password.
func (rt *basicAuthRoundTripper) String() string {
	return fmt.Sprintf("basic auth for user %q", rt.username)
}

type impersonatingRoundTripper struct {
	impersonate ImpersonationConfig
	delegate    http.RoundTripper
}

// NewImpersonatingRoundTripper sets the Impersonate-* headers from
// impersonate, unless the request already has Impersonate-User.
func NewImpersonatingRoundTripper(impersonate ImpersonationConfig, delegate http.RoundTripper) http.RoundTripper {
	return &impersonatingRoundTripper{impersonate: impersonate, delegate: delegate}
}

func (rt *impersonatingRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	if len(req.Header.Get(ImpersonateUserHeader)) != 0 {
		return rt.delegate.RoundTrip(req)
	}
	req = cloneRequest(req)
	if rt.impersonate.UserName != "" {
		req.Header.Set(ImpersonateUserHeader, rt.impersonate.UserName)
	}
	if rt.impersonate.UID != "" {
		req.Header.Set(ImpersonateUIDHeader, rt.impersonate.UID)
	}
	for _, group := range rt.impersonate.Groups {
		req.Header.Add(ImpersonateGroupHeader, group)
	}
	for k, vv := range rt.impersonate.Extra {
		for _, v := range vv {
			req.Header.Add(ImpersonateUserExtraHeaderPrefix+headerKeyEscape(k), v)
		}
	}
	return rt.delegate.RoundTrip(req)
}

// WrappedRoundTripper returns the wrapped round tripper.
func (rt *impersonatingRoundTripper) WrappedRoundTripper() http.RoundTripper { return rt.delegate }

type authProxyRoundTripper struct {
	username string
	uid      string
	groups   []string
	extra    map[string][]string
	rt       http.RoundTripper
}

// NewAuthProxyRoundTripper sets the authenticating-proxy headers
// (X-Remote-User, X-Remote-Uid, X-Remote-Group, X-Remote-Extra-<key>) on
// every request, replacing any the request carried.
func NewAuthProxyRoundTripper(username, uid string, groups []string, extra map[string][]string, rt http.RoundTripper) http.RoundTripper {
	return &authProxyRoundTripper{username: username, uid: uid, groups: groups, extra: extra, rt: rt}
}

func (rt *authProxyRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	req = cloneRequest(req)
	SetAuthProxyHeaders(req, rt.username, rt.uid, rt.groups, rt.extra)
	return rt.rt.RoundTrip(req)
}

// WrappedRoundTripper returns the wrapped round tripper.
func (rt *authProxyRoundTripper) WrappedRoundTripper() http.RoundTripper { return rt.rt }

// SetAuthProxyHeaders removes every X-Remote-* header of req and sets
// X-Remote-User, X-Remote-Uid (if uid is set), one X-Remote-Group per group
// and one X-Remote-Extra-<escaped key> per extra value.
func SetAuthProxyHeaders(req *http.Request, username, uid string, groups []string, extra map[string][]string) {
	if req.Header == nil {
		req.Header = http.Header{}
	}
	for key := range req.Header {
		if strings.HasPrefix(http.CanonicalHeaderKey(key), "X-Remote-") {
			req.Header.Del(key)
		}
	}
	req.Header.Set("X-Remote-User", username)
	if uid != "" {
		req.Header.Set("X-Remote-Uid", uid)
	}
	for _, group := range groups {
		req.Header.Add("X-Remote-Group", group)
	}
	for key, values := range extra {
		for _, value := range values {
			req.Header.Add("X-Remote-Extra-"+headerKeyEscape(key), value)
		}
	}
}

// headerKeyEscape percent-encodes (uppercase hex) every byte of key that is
// not an RFC 7230 token character, and '%' itself, so any key can be
// carried in a header name.
func headerKeyEscape(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c != '%' && isTokenChar(c) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// isTokenChar reports whether c is an RFC 7230 tchar.
func isTokenChar(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}
