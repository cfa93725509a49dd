package rest

import (
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strings"
)

// NameMayNotBe lists the values a path segment may not take.
var NameMayNotBe = []string{".", ".."}

// NameMayNotContain lists the substrings a path segment may not contain.
var NameMayNotContain = []string{"/", "%"}

// IsValidPathSegmentName reports why name cannot be one segment of a
// request path: it may not be "." or ".." nor contain "/" or "%". A nil
// result means it is valid.
func IsValidPathSegmentName(name string) []string {
	for _, illegal := range NameMayNotBe {
		if name == illegal {
			return []string{fmt.Sprintf(`may not be '%s'`, illegal)}
		}
	}
	return IsValidPathSegmentPrefix(name)
}

// IsValidPathSegmentPrefix reports why name cannot start a path segment:
// it may not contain "/" or "%".
func IsValidPathSegmentPrefix(name string) []string {
	var errs []string
	for _, illegal := range NameMayNotContain {
		if strings.Contains(name, illegal) {
			errs = append(errs, fmt.Sprintf(`may not contain '%s'`, illegal))
		}
	}
	return errs
}

// ValidatePathSegmentName checks name as a whole segment, or as the start
// of one when prefix is true.
func ValidatePathSegmentName(name string, prefix bool) []string {
	if prefix {
		return IsValidPathSegmentPrefix(name)
	}
	return IsValidPathSegmentName(name)
}

// URL returns the URL the request will be sent to: the client's base URL
// with the path built from prefix, namespace, resource, name, subresource
// and suffix, and the query parameters (plus timeout when set).
func (r *Request) URL() *url.URL {
	if r.execURL != nil {
		u := *r.execURL
		return &u
	}
	p := r.pathPrefix
	if r.namespaceSet && len(r.namespace) > 0 {
		p = path.Join(p, "namespaces", r.namespace)
	}
	if len(r.resource) != 0 {
		p = path.Join(p, strings.ToLower(r.resource))
	}
	if len(r.resourceName) != 0 || len(r.subpath) != 0 || len(r.subresource) != 0 {
		p = path.Join(p, r.resourceName, r.subresource, r.subpath)
	}
	finalURL := &url.URL{}
	if r.c != nil && r.c.base != nil {
		*finalURL = *r.c.base
	}
	finalURL.Path = p
	query := r.params
	if r.timeout != 0 {
		// Copy, so the timeout does not end up in the request's own
		// parameters.
		query = make(url.Values, len(r.params)+1)
		for key, values := range r.params {
			query[key] = values
		}
		query.Set("timeout", r.timeout.String())
	}
	finalURL.RawQuery = query.Encode()
	return finalURL
}

// pinURL builds the URL once for an execution (Do, DoRaw, Stream,
// Watch), where backoff, throttling, metrics and every attempt ask for it;
// the returned func unpins it. Builders are not called during execution.
func (r *Request) pinURL() func() {
	r.execURL = nil
	r.execURL = r.URL()
	return func() { r.execURL = nil }
}

// preflight rejects requests that name an empty namespace where the
// server needs one.
func (r *Request) preflight() error {
	if !r.namespaceSet || len(r.namespace) > 0 {
		return nil
	}
	switch r.verb {
	case http.MethodPost:
		return fmt.Errorf("an empty namespace may not be set during creation")
	case http.MethodGet, http.MethodPut, http.MethodDelete:
		if len(r.resourceName) > 0 {
			return fmt.Errorf("an empty namespace may not be set when a resource name is provided")
		}
	}
	return nil
}
