package rest

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// Environment variables that, both set to integer seconds, turn on the
// per-host exponential backoff of every RESTClient.
const (
	envBackoffBase     = "KUBE_CLIENT_BACKOFF_BASE"
	envBackoffDuration = "KUBE_CLIENT_BACKOFF_DURATION"
)

// Interface is what a RESTClient offers to the typed clients built on it.
type Interface interface {
	GetRateLimiter() flowcontrol.RateLimiter
	Verb(verb string) *Request
	Post() *Request
	Put() *Request
	Patch(pt types.PatchType) *Request
	Get() *Request
	Delete() *Request
	APIVersion() schema.GroupVersion
}

// ClientContentConfig says how a RESTClient encodes requests and decodes
// responses.
type ClientContentConfig struct {
	// AcceptContentTypes is the Accept header; empty means
	// "<ContentType>, */*".
	AcceptContentTypes string
	// ContentType is the media type of request bodies; empty means
	// application/json, which typed clients of built-in kinds replace by
	// protobuf (see Request.UseProtobufAsDefault).
	ContentType string
	// GroupVersion is the version objects are encoded to and decoded into.
	GroupVersion schema.GroupVersion
	// Negotiator hands out the encoder and decoders for a media type.
	Negotiator runtime.ClientNegotiator
}

// RESTClient sends requests to one API group version of one server. It is
// safe for concurrent use.
type RESTClient struct {
	base             *url.URL
	versionedAPIPath string
	content          ClientContentConfig
	createBackoffMgr func() BackoffManagerWithContext
	rateLimiter      flowcontrol.RateLimiter
	warningHandler   WarningHandlerWithContext

	// Client sends the requests; nil means http.DefaultClient.
	Client *http.Client
}

// NewRESTClient returns a RESTClient for the server at baseURL whose
// resources live under versionedAPIPath (for example "/api/v1"). The base
// URL's query and fragment are dropped and its path gets a trailing slash;
// an empty config.ContentType means application/json unless a request
// switches to protobuf with UseProtobufAsDefault. rateLimiter may be nil
// (no client-side throttling) and client nil (http.DefaultClient).
func NewRESTClient(baseURL *url.URL, versionedAPIPath string, config ClientContentConfig, rateLimiter flowcontrol.RateLimiter, client *http.Client) (*RESTClient, error) {
	if baseURL == nil {
		return nil, fmt.Errorf("rest client: base URL must not be nil")
	}
	base := *baseURL
	if !strings.HasSuffix(base.Path, "/") {
		base.Path += "/"
	}
	base.RawQuery = ""
	base.Fragment = ""
	return &RESTClient{
		base:             &base,
		versionedAPIPath: versionedAPIPath,
		content:          config,
		createBackoffMgr: readExpBackoffConfig,
		rateLimiter:      rateLimiter,
		Client:           client,
	}, nil
}

// GetRateLimiter returns the client's rate limiter, nil when requests are
// not throttled. A nil client has none.
func (c *RESTClient) GetRateLimiter() flowcontrol.RateLimiter {
	if c == nil {
		return nil
	}
	return c.rateLimiter
}

// readExpBackoffConfig returns a URLBackoff when both backoff environment
// variables hold integer seconds, else NoBackoff.
func readExpBackoffConfig() BackoffManagerWithContext {
	base, errBase := strconv.ParseInt(os.Getenv(envBackoffBase), 10, 64)
	limit, errLimit := strconv.ParseInt(os.Getenv(envBackoffDuration), 10, 64)
	if errBase != nil || errLimit != nil {
		return &NoBackoff{}
	}
	return &URLBackoff{Backoff: flowcontrol.NewBackOff(time.Duration(base)*time.Second, time.Duration(limit)*time.Second)}
}

// Verb starts a request with the given HTTP verb.
func (c *RESTClient) Verb(verb string) *Request {
	return NewRequest(c).Verb(verb)
}

// Post starts a POST request.
func (c *RESTClient) Post() *Request { return c.Verb(http.MethodPost) }

// Put starts a PUT request.
func (c *RESTClient) Put() *Request { return c.Verb(http.MethodPut) }

// Patch starts a PATCH request whose Content-Type is pt.
func (c *RESTClient) Patch(pt types.PatchType) *Request {
	return c.Verb(http.MethodPatch).SetHeader("Content-Type", string(pt))
}

// Get starts a GET request.
func (c *RESTClient) Get() *Request { return c.Verb(http.MethodGet) }

// Delete starts a DELETE request.
func (c *RESTClient) Delete() *Request { return c.Verb(http.MethodDelete) }

// APIVersion returns the group version the client encodes to.
func (c *RESTClient) APIVersion() schema.GroupVersion { return c.content.GroupVersion }
