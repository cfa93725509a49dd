package disk

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// cacheControl is a parsed Cache-Control header: directive to value ("" for
// directives without one).
type cacheControl map[string]string

// parseCacheControl parses the Cache-Control header of h.
func parseCacheControl(h http.Header) cacheControl {
	cc := cacheControl{}
	for _, line := range h.Values("Cache-Control") {
		for _, part := range strings.Split(line, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			name, value, _ := strings.Cut(part, "=")
			cc[strings.ToLower(strings.TrimSpace(name))] = strings.Trim(strings.TrimSpace(value), `"`)
		}
	}
	return cc
}

// storable reports whether a response with respHeader to a request with
// reqHeader may be stored.
func storable(respHeader, reqHeader http.Header) bool {
	_, respNoStore := parseCacheControl(respHeader)["no-store"]
	_, reqNoStore := parseCacheControl(reqHeader)["no-store"]
	return !respNoStore && !reqNoStore
}

// age returns how long ago the response was generated, from its Date.
func age(respHeader http.Header, now time.Time) (time.Duration, bool) {
	date, err := http.ParseTime(respHeader.Get("Date"))
	if err != nil {
		return 0, false
	}
	return now.Sub(date), true
}

// isFresh reports whether a stored response may be served without asking
// the server: neither side says no-cache, and max-age or Expires has not
// passed.
func isFresh(respHeader, reqHeader http.Header) bool {
	respCC, reqCC := parseCacheControl(respHeader), parseCacheControl(reqHeader)
	if _, ok := reqCC["no-cache"]; ok {
		return false
	}
	if _, ok := respCC["no-cache"]; ok {
		return false
	}
	now := time.Now()
	current, ok := age(respHeader, now)
	if !ok {
		return false
	}
	if maxAge, ok := respCC["max-age"]; ok {
		seconds, err := strconv.Atoi(maxAge)
		return err == nil && current < time.Duration(seconds)*time.Second
	}
	if expires, err := http.ParseTime(respHeader.Get("Expires")); err == nil {
		return now.Before(expires)
	}
	return false
}

// canStaleOnError reports whether stale-if-error lets a stale response
// answer when the server fails.
func canStaleOnError(respHeader, reqHeader http.Header) bool {
	for _, cc := range []cacheControl{parseCacheControl(reqHeader), parseCacheControl(respHeader)} {
		value, ok := cc["stale-if-error"]
		if !ok {
			continue
		}
		if value == "" {
			return true
		}
		seconds, err := strconv.Atoi(value)
		if err != nil {
			continue
		}
		if current, ok := age(respHeader, time.Now()); ok && current < time.Duration(seconds)*time.Second {
			return true
		}
	}
	return false
}

// hopByHop are the headers that describe one connection, not the response.
var hopByHop = map[string]bool{
	"Connection": true, "Keep-Alive": true, "Proxy-Authenticate": true,
	"Proxy-Authorization": true, "Te": true, "Trailers": true,
	"Transfer-Encoding": true, "Upgrade": true,
}

// endToEndHeaders returns the names of the headers of h that describe the
// response itself.
func endToEndHeaders(h http.Header) []string {
	connection := map[string]bool{}
	for _, extra := range strings.Split(h.Get("Connection"), ",") {
		if extra = strings.TrimSpace(extra); extra != "" {
			connection[http.CanonicalHeaderKey(extra)] = true
		}
	}
	var names []string
	for name := range h {
		if !hopByHop[name] && !connection[name] {
			names = append(names, name)
		}
	}
	return names
}

// varyHeaders returns the request headers the response varies on.
func varyHeaders(h http.Header) []string {
	var names []string
	for _, line := range h.Values("Vary") {
		for _, name := range strings.Split(line, ",") {
			if name = strings.TrimSpace(name); name != "" {
				names = append(names, http.CanonicalHeaderKey(name))
			}
		}
	}
	return names
}
