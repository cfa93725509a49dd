package dynamic

import (
	"fmt"
	"net/http"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/rest"
)

// Interface is a dynamic client: it hands out a client for any resource.
type Interface interface {
	// Resource returns the client of one resource, cluster-wide until
	// Namespace narrows it.
	Resource(resource schema.GroupVersionResource) NamespaceableResourceInterface
}

// DynamicClient is the Interface implementation that talks to an API
// server through a rest.Interface. It is safe for concurrent use.
type DynamicClient struct {
	client rest.Interface
}

var _ Interface = &DynamicClient{}

// APIPathResolverFunc returns the API root path ("/api" or "/apis") that
// serves a kind.
type APIPathResolverFunc func(kind schema.GroupVersionKind) string

// LegacyAPIPathResolverFunc returns "/api" for kinds of the legacy core
// group (the empty group) and "/apis" for every other group.
func LegacyAPIPathResolverFunc(kind schema.GroupVersionKind) string {
	if len(kind.Group) == 0 {
		return "/api"
	}
	return "/apis"
}

// ConfigFor returns a copy of inConfig set up for the dynamic client:
// requests and responses are application/json, objects are encoded and
// decoded as unstructured JSON, and an empty UserAgent becomes
// rest.DefaultKubernetesUserAgent(). inConfig is not modified.
func ConfigFor(inConfig *rest.Config) *rest.Config {
	config := rest.CopyConfig(inConfig)
	config.ContentType = runtime.ContentTypeJSON
	config.AcceptContentTypes = runtime.ContentTypeJSON
	config.NegotiatedSerializer = negotiatedSerializer{}
	if len(config.UserAgent) == 0 {
		config.UserAgent = rest.DefaultKubernetesUserAgent()
	}
	return config
}

// New returns a dynamic client sending its requests through c. Every path
// it builds is absolute, so c's own API path does not matter; c should
// decode JSON as unstructured objects, as a client built from ConfigFor
// does.
func New(c rest.Interface) *DynamicClient {
	return &DynamicClient{client: c}
}

// NewForConfig returns a dynamic client for the server inConfig describes,
// with its own HTTP client built by rest.HTTPClientFor. inConfig is not
// modified.
func NewForConfig(inConfig *rest.Config) (*DynamicClient, error) {
	if inConfig == nil {
		return nil, fmt.Errorf("dynamic client: a config is required")
	}
	config := ConfigFor(inConfig)
	httpClient, err := rest.HTTPClientFor(config)
	if err != nil {
		return nil, fmt.Errorf("dynamic client: %w", err)
	}
	return NewForConfigAndClient(config, httpClient)
}

// NewForConfigOrDie is NewForConfig that panics when the config is
// unusable; it is meant for program start-up.
func NewForConfigOrDie(c *rest.Config) *DynamicClient {
	client, err := NewForConfig(c)
	if err != nil {
		panic(err)
	}
	return client
}

// NewForConfigAndClient is NewForConfig sending through h, which may be
// shared with other clients; inConfig's transport settings are then
// ignored. The config's GroupVersion is cleared: the client is unversioned
// and builds absolute paths for every resource.
func NewForConfigAndClient(inConfig *rest.Config, h *http.Client) (*DynamicClient, error) {
	if inConfig == nil {
		return nil, fmt.Errorf("dynamic client: a config is required")
	}
	config := ConfigFor(inConfig)
	config.GroupVersion = nil
	config.APIPath = ""
	restClient, err := rest.UnversionedRESTClientForConfigAndClient(config, h)
	if err != nil {
		return nil, fmt.Errorf("dynamic client: %w", err)
	}
	return &DynamicClient{client: restClient}, nil
}

// Resource returns the client of resource, cluster-wide (or for a
// cluster-scoped resource) until Namespace narrows it.
func (c *DynamicClient) Resource(resource schema.GroupVersionResource) NamespaceableResourceInterface {
	return &resourceClient{client: c.client, resource: resource}
}
