package discovery

import (
	"fmt"
	"net/http"
	"sync"
	"time"

	apidiscoveryv2 "github.com/skiff-k8s/skiff/api/apidiscovery/v2"
	apidiscoveryv2beta1 "github.com/skiff-k8s/skiff/api/apidiscovery/v2beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
	"github.com/skiff-k8s/skiff/openapi"
	"github.com/skiff-k8s/skiff/rest"
)

const (
	// defaultTimeout bounds each discovery request when the config sets no
	// Timeout.
	defaultTimeout = 32 * time.Second
	// defaultBurst is the client-side burst when the config sets none:
	// legacy discovery sends one request per group version at once.
	defaultBurst = 300
	// defaultRetries is how often the whole-server calls are tried while
	// some group versions fail.
	defaultRetries = 2
	// acceptDiscoveryFormats is the Accept header of /api and /apis.
	acceptDiscoveryFormats = AcceptV2 + "," + AcceptV1
	// acceptV2NoPeer asks for aggregated discovery without peer resources.
	acceptV2NoPeer = AcceptV2 + ";profile=nopeer"
)

// DiscoveryClient discovers the groups, resources and version of an API
// server over a REST client.
type DiscoveryClient struct {
	restClient rest.Interface

	// LegacyPrefix is the path of the core group, "/api".
	LegacyPrefix string
	// UseLegacyDiscovery asks for the plain discovery documents only,
	// never the aggregated one.
	UseLegacyDiscovery bool
	// NoPeerDiscovery asks first for the aggregated document without the
	// resources served only by peer API servers (profile=nopeer).
	NoPeerDiscovery bool
}

var _ AggregatedDiscoveryInterface = &DiscoveryClient{}

// codecs decodes the discovery documents and the Status bodies of errors.
var codecs = sync.OnceValue(func() serializer.CodecFactory {
	scheme := runtime.NewScheme()
	metav1.AddToGroupVersion(scheme, schema.GroupVersion{Version: "v1"})
	// The apidiscovery registrations only add known types; they cannot fail.
	_ = apidiscoveryv2.AddToScheme(scheme)
	_ = apidiscoveryv2beta1.AddToScheme(scheme)
	return serializer.NewCodecFactory(scheme)
})

// discoveryConfig returns a copy of c with the discovery defaults: no API
// path or group version, a 32s timeout and a burst of 300 unless set, and
// the default user agent.
func discoveryConfig(c *rest.Config) *rest.Config {
	config := rest.CopyConfig(c)
	config.APIPath = ""
	config.GroupVersion = nil
	if config.Timeout == 0 {
		config.Timeout = defaultTimeout
	}
	if config.Burst == 0 {
		config.Burst = defaultBurst
	}
	config.NegotiatedSerializer = codecs().WithoutConversion()
	if len(config.UserAgent) == 0 {
		config.UserAgent = rest.DefaultKubernetesUserAgent()
	}
	return config
}

// NewDiscoveryClientForConfig returns a DiscoveryClient for c, with its own
// HTTP client. c is not changed.
func NewDiscoveryClientForConfig(c *rest.Config) (*DiscoveryClient, error) {
	if c == nil {
		return nil, fmt.Errorf("discovery client: a config is required")
	}
	config := discoveryConfig(c)
	httpClient, err := rest.HTTPClientFor(config)
	if err != nil {
		return nil, fmt.Errorf("discovery client: %w", err)
	}
	return NewDiscoveryClientForConfigAndClient(c, httpClient)
}

// NewDiscoveryClientForConfigAndClient returns a DiscoveryClient for c
// sending through httpClient; c's transport settings are then ignored.
func NewDiscoveryClientForConfigAndClient(c *rest.Config, httpClient *http.Client) (*DiscoveryClient, error) {
	if c == nil {
		return nil, fmt.Errorf("discovery client: a config is required")
	}
	config := discoveryConfig(c)
	client, err := rest.UnversionedRESTClientForConfigAndClient(config, httpClient)
	if err != nil {
		return nil, fmt.Errorf("discovery client: %w", err)
	}
	return &DiscoveryClient{restClient: client, LegacyPrefix: "/api"}, nil
}

// NewDiscoveryClientForConfigOrDie is NewDiscoveryClientForConfig that
// panics when the config is unusable.
func NewDiscoveryClientForConfigOrDie(c *rest.Config) *DiscoveryClient {
	client, err := NewDiscoveryClientForConfig(c)
	if err != nil {
		panic(err)
	}
	return client
}

// NewDiscoveryClient returns a DiscoveryClient sending through c.
func NewDiscoveryClient(c rest.Interface) *DiscoveryClient {
	return &DiscoveryClient{restClient: c, LegacyPrefix: "/api"}
}

// RESTClient returns the client the discovery requests go through; nil
// for a nil DiscoveryClient.
func (d *DiscoveryClient) RESTClient() rest.Interface {
	if d == nil {
		return nil
	}
	return d.restClient
}

// WithLegacy returns a copy of d that asks for the plain discovery
// documents only.
func (d *DiscoveryClient) WithLegacy() DiscoveryInterface {
	client := *d
	client.UseLegacyDiscovery = true
	return &client
}

// OpenAPIV3 returns a client for the OpenAPI v3 documents of the server.
func (d *DiscoveryClient) OpenAPIV3() openapi.Client {
	return openapi.NewClient(d.restClient)
}
