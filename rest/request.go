package rest

import (
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// defaultMaxRetries is how often a request is retried unless MaxRetries
// says otherwise.
const defaultMaxRetries = 10

// Request is one API call under construction. Builder methods record the
// first error they meet; after that every builder is a no-op and the
// executors (Do, DoRaw, Stream, Watch) return the error without I/O.
// A Request is not safe for concurrent use.
type Request struct {
	c *RESTClient

	// content is the client's content config as this request uses it;
	// contentTypeNotSet records that its ContentType was defaulted, which
	// lets UseProtobufAsDefault switch it.
	content           ClientContentConfig
	contentTypeNotSet bool

	warningHandler WarningHandlerWithContext
	rateLimiter    flowcontrol.RateLimiter
	backoff        BackoffManagerWithContext
	timeout        time.Duration
	maxRetries     int

	verb         string
	pathPrefix   string
	subpath      string
	params       url.Values
	headers      http.Header
	namespace    string
	namespaceSet bool
	resource     string
	resourceName string
	subresource  string

	err  error
	body requestBody

	// execURL is the URL pinned while the request executes; see pinURL.
	execURL *url.URL
}

// NewRequest starts a request on c: its path prefix is the client's base
// path joined with its versioned API path, its Accept header follows the
// content config, and it inherits the client's rate limiter, warning
// handler and http.Client timeout.
func NewRequest(c *RESTClient) *Request {
	var backoff BackoffManagerWithContext
	if c.createBackoffMgr != nil {
		backoff = c.createBackoffMgr()
	}
	if backoff == nil {
		backoff = &NoBackoff{}
	}
	pathPrefix := "/"
	if c.base != nil {
		pathPrefix = path.Join(pathPrefix, c.base.Path)
	}
	pathPrefix = path.Join(pathPrefix, c.versionedAPIPath)
	var timeout time.Duration
	if c.Client != nil {
		timeout = c.Client.Timeout
	}
	r := &Request{
		c:              c,
		rateLimiter:    c.rateLimiter,
		backoff:        backoff,
		timeout:        timeout,
		pathPrefix:     pathPrefix,
		maxRetries:     defaultMaxRetries,
		warningHandler: c.warningHandler,
		content:        c.content,
	}
	if len(r.content.ContentType) == 0 {
		r.contentTypeNotSet = true
		r.content.ContentType = runtime.ContentTypeJSON
	}
	r.setAcceptHeader()
	return r
}

// setAcceptHeader sets Accept from the request's content config: its
// AcceptContentTypes, else "<ContentType>, */*".
func (r *Request) setAcceptHeader() {
	switch {
	case len(r.content.AcceptContentTypes) > 0:
		r.SetHeader("Accept", r.content.AcceptContentTypes)
	case len(r.content.ContentType) > 0:
		r.SetHeader("Accept", r.content.ContentType+", */*")
	}
}

// NewRequestWithClient starts a request against base without a long-lived
// RESTClient, for callers that hold only an http.Client.
func NewRequestWithClient(base *url.URL, versionedAPIPath string, content ClientContentConfig, client *http.Client) *Request {
	return NewRequest(&RESTClient{
		base:             base,
		versionedAPIPath: versionedAPIPath,
		content:          content,
		Client:           client,
	})
}

// Verb sets the HTTP verb.
func (r *Request) Verb(verb string) *Request {
	r.verb = verb
	return r
}

// Prefix appends segments to the path before the namespace and resource.
func (r *Request) Prefix(segments ...string) *Request {
	if r.err != nil {
		return r
	}
	r.pathPrefix = path.Join(r.pathPrefix, path.Join(segments...))
	return r
}

// Suffix appends segments to the end of the path, after the name and
// subresource.
func (r *Request) Suffix(segments ...string) *Request {
	if r.err != nil {
		return r
	}
	r.subpath = path.Join(r.subpath, path.Join(segments...))
	return r
}

// Resource sets the resource to access (for example "pods"); it may be set
// once.
func (r *Request) Resource(resource string) *Request {
	if r.err != nil {
		return r
	}
	if len(r.resource) != 0 {
		r.err = fmt.Errorf("resource already set to %q, cannot change to %q", r.resource, resource)
		return r
	}
	if msgs := IsValidPathSegmentName(resource); len(msgs) != 0 {
		r.err = fmt.Errorf("invalid resource %q: %v", resource, msgs)
		return r
	}
	r.resource = resource
	return r
}

// BackOff sets the backoff manager of the request; nil means none.
func (r *Request) BackOff(manager BackoffManager) *Request {
	if manager == nil {
		r.backoff = &NoBackoff{}
		return r
	}
	r.backoff = &backoffManagerNoContext{BackoffManager: manager}
	return r
}

// BackOffWithContext sets the context-aware backoff manager of the
// request; nil means none.
func (r *Request) BackOffWithContext(manager BackoffManagerWithContext) *Request {
	if manager == nil {
		manager = &NoBackoff{}
	}
	r.backoff = manager
	return r
}

// WarningHandler sets the handler for the Warning headers of the response.
func (r *Request) WarningHandler(handler WarningHandler) *Request {
	r.warningHandler = warningHandlerNoContext{handler}
	return r
}

// WarningHandlerWithContext sets the context-aware handler for the Warning
// headers of the response.
func (r *Request) WarningHandlerWithContext(handler WarningHandlerWithContext) *Request {
	r.warningHandler = handler
	return r
}

// Throttle replaces the client's rate limiter for this request; nil means
// no throttling.
func (r *Request) Throttle(limiter flowcontrol.RateLimiter) *Request {
	r.rateLimiter = limiter
	return r
}

// SubResource sets the subresource path (for example "status", or
// "proxy", "path"); it may be set once.
func (r *Request) SubResource(subresources ...string) *Request {
	if r.err != nil {
		return r
	}
	subresource := path.Join(subresources...)
	if len(r.subresource) != 0 {
		r.err = fmt.Errorf("subresource already set to %q, cannot change to %q", r.subresource, subresource)
		return r
	}
	for _, s := range subresources {
		if msgs := IsValidPathSegmentName(s); len(msgs) != 0 {
			r.err = fmt.Errorf("invalid subresource %q: %v", s, msgs)
			return r
		}
	}
	r.subresource = subresource
	return r
}

// Name sets the name of the object to access; it must not be empty and
// may be set once.
func (r *Request) Name(resourceName string) *Request {
	if r.err != nil {
		return r
	}
	if len(resourceName) == 0 {
		r.err = fmt.Errorf("resource name may not be empty")
		return r
	}
	if len(r.resourceName) != 0 {
		r.err = fmt.Errorf("resource name already set to %q, cannot change to %q", r.resourceName, resourceName)
		return r
	}
	if msgs := IsValidPathSegmentName(resourceName); len(msgs) != 0 {
		r.err = fmt.Errorf("invalid resource name %q: %v", resourceName, msgs)
		return r
	}
	r.resourceName = resourceName
	return r
}

// Namespace sets the namespace; an empty namespace adds nothing to the
// path. It may be set once.
func (r *Request) Namespace(namespace string) *Request {
	if r.err != nil {
		return r
	}
	if r.namespaceSet {
		r.err = fmt.Errorf("namespace already set to %q, cannot change to %q", r.namespace, namespace)
		return r
	}
	if msgs := IsValidPathSegmentName(namespace); len(msgs) != 0 {
		r.err = fmt.Errorf("invalid namespace %q: %v", namespace, msgs)
		return r
	}
	r.namespaceSet = true
	r.namespace = namespace
	return r
}

// NamespaceIfScoped sets the namespace only when scoped is true.
func (r *Request) NamespaceIfScoped(namespace string, scoped bool) *Request {
	if scoped {
		return r.Namespace(namespace)
	}
	return r
}

// AbsPath replaces the path prefix by the client's base path joined with
// segments; the versioned API path is dropped. A single segment ending in
// "/" keeps its trailing slash.
func (r *Request) AbsPath(segments ...string) *Request {
	if r.err != nil {
		return r
	}
	basePath := ""
	if r.c.base != nil {
		basePath = r.c.base.Path
	}
	r.pathPrefix = path.Join(basePath, path.Join(segments...))
	if len(segments) == 1 && (len(basePath) > 1 || len(segments[0]) > 1) && strings.HasSuffix(segments[0], "/") {
		r.pathPrefix += "/"
	}
	return r
}

// RequestURI sets the path as AbsPath does and replaces every query
// parameter with those of uri.
func (r *Request) RequestURI(uri string) *Request {
	if r.err != nil {
		return r
	}
	locator, err := url.Parse(uri)
	if err != nil {
		r.err = fmt.Errorf("request URI %q: %w", uri, err)
		return r
	}
	r.AbsPath(locator.Path)
	r.params = nil
	if query := locator.Query(); len(query) > 0 {
		r.params = query
	}
	return r
}

// Param adds a query parameter; repeated calls keep every value.
func (r *Request) Param(paramName, s string) *Request {
	if r.err != nil {
		return r
	}
	return r.setParam(paramName, s)
}

// VersionedParams adds the query parameters codec encodes obj (for example
// a ListOptions) into, for the client's group version.
func (r *Request) VersionedParams(obj runtime.Object, codec runtime.ParameterCodec) *Request {
	return r.SpecificallyVersionedParams(obj, codec, r.content.GroupVersion)
}

// SpecificallyVersionedParams adds the query parameters codec encodes obj
// into for version; values are appended to those already set.
func (r *Request) SpecificallyVersionedParams(obj runtime.Object, codec runtime.ParameterCodec, version schema.GroupVersion) *Request {
	if r.err != nil {
		return r
	}
	if codec == nil {
		r.err = fmt.Errorf("versioned params: no parameter codec given")
		return r
	}
	params, err := codec.EncodeParameters(obj, version)
	if err != nil {
		r.err = fmt.Errorf("versioned params: %w", err)
		return r
	}
	for k, values := range params {
		for _, v := range values {
			r.setParam(k, v)
		}
	}
	return r
}

// setParam appends value to the query parameter name.
func (r *Request) setParam(name, value string) *Request {
	if r.params == nil {
		r.params = make(url.Values)
	}
	r.params[name] = append(r.params[name], value)
	return r
}

// SetHeader replaces every value of header key with values.
func (r *Request) SetHeader(key string, values ...string) *Request {
	if r.headers == nil {
		r.headers = http.Header{}
	}
	r.headers.Del(key)
	for _, value := range values {
		r.headers.Add(key, value)
	}
	return r
}

// Timeout bounds the request: the server is told with the query parameter
// timeout=<d>, and the client stops waiting after d (counted after
// client-side throttling).
func (r *Request) Timeout(d time.Duration) *Request {
	if r.err != nil {
		return r
	}
	r.timeout = d
	return r
}

// MaxRetries sets how often a retryable failure is retried; negative
// values mean zero (no retry).
func (r *Request) MaxRetries(maxRetries int) *Request {
	r.maxRetries = max(maxRetries, 0)
	return r
}

// protobufAccept is the Accept header of a request switched to protobuf:
// protobuf preferred, JSON for the kinds the server cannot send as
// protobuf (custom resources).
const protobufAccept = runtime.ContentTypeProtobuf + "," + runtime.ContentTypeJSON

// UseProtobufAsDefault switches the request to protobuf when its client
// left both ContentType and AcceptContentTypes empty: bodies are encoded
// as application/vnd.kubernetes.protobuf and the Accept header becomes
// "application/vnd.kubernetes.protobuf,application/json". A ContentType or
// AcceptContentTypes set in the Config wins (ContentType
// "application/json" forces JSON). Call it before Body.
func (r *Request) UseProtobufAsDefault() *Request {
	if r.contentTypeNotSet && len(r.content.AcceptContentTypes) == 0 {
		r.content.AcceptContentTypes = protobufAccept
		r.content.ContentType = runtime.ContentTypeProtobuf
		r.setAcceptHeader()
	}
	return r
}

// UseProtobufAsDefaultIfPreferred calls UseProtobufAsDefault when
// prefersProtobuf is set, as typed clients of built-in kinds do.
func (r *Request) UseProtobufAsDefaultIfPreferred(prefersProtobuf bool) *Request {
	if prefersProtobuf {
		return r.UseProtobufAsDefault()
	}
	return r
}

// Error returns the first error a builder method recorded, if any.
func (r *Request) Error() error { return r.err }
