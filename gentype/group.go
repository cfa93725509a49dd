package gentype

import (
	"net/http"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/rest"
)

// GroupConfig describes the API group version of a typed group client
// (CoreV1Client, AppsV1Client, ...): what NewGroupForConfig sets on the
// rest.Config it is given.
type GroupConfig struct {
	// GroupVersion is the group and version the client talks to.
	GroupVersion schema.GroupVersion
	// APIPath is "/api" for the legacy core group and "/apis" otherwise.
	APIPath string
	// NegotiatedSerializer encodes request bodies and decodes responses;
	// generated clients pass their scheme's Codecs.WithoutConversion()
	// (skiff's built-in clients, the serializer of the client scheme that
	// grows as they are used: internal/clientscheme).
	NegotiatedSerializer runtime.NegotiatedSerializer
}

// configFor returns a shallow copy of c with g's group version, API path
// and serializer and the default User-Agent when c has none.
func (g GroupConfig) configFor(c *rest.Config) rest.Config {
	config := *c
	gv := g.GroupVersion
	config.GroupVersion = &gv
	config.APIPath = g.APIPath
	config.NegotiatedSerializer = g.NegotiatedSerializer
	if config.UserAgent == "" {
		config.UserAgent = rest.DefaultKubernetesUserAgent()
	}
	return config
}

// NewGroupForConfig builds the group client of g for c with its own HTTP
// client; newClient wraps the REST client (the generated New function).
func NewGroupForConfig[C any](c *rest.Config, g GroupConfig, newClient func(rest.Interface) C) (C, error) {
	var zero C
	if c == nil {
		return zero, errNilConfig
	}
	config := g.configFor(c)
	httpClient, err := rest.HTTPClientFor(&config)
	if err != nil {
		return zero, err
	}
	return NewGroupForConfigAndClient(&config, httpClient, g, newClient)
}

// NewGroupForConfigAndClient builds the group client of g for c sending
// through httpClient, which several clients may share.
func NewGroupForConfigAndClient[C any](c *rest.Config, httpClient *http.Client, g GroupConfig, newClient func(rest.Interface) C) (C, error) {
	var zero C
	if c == nil {
		return zero, errNilConfig
	}
	config := g.configFor(c)
	client, err := rest.RESTClientForConfigAndClient(&config, httpClient)
	if err != nil {
		return zero, err
	}
	return newClient(client), nil
}

// Must returns client, and panics when err is not nil. The generated
// NewForConfigOrDie functions, documented to panic, call it.
func Must[C any](client C, err error) C {
	if err != nil {
		panic(err)
	}
	return client
}
