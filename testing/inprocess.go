package testing

import (
	"fmt"
	"net/http"

	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// NewInProcessConfig returns a rest.Config that talks, without sockets,
// to a new in-memory API server wired to fake with NewServerRoundTripper,
// without client-side throttling, speaking JSON. When the server cannot be built, every
// request through the config fails saying why. The fake typed group
// clients (kubernetes/typed/<group>/<version>/fake) use it when built
// without a clientset.
func NewInProcessConfig(fake *Fake, scheme ObjectScheme) *rest.Config {
	// JSON, not the protobuf typed clients prefer: the recorder decodes
	// request bodies into actions and reactors answer in JSON.
	cfg := &rest.Config{Host: apiserver.InProcessHost, QPS: -1}
	cfg.ContentType = "application/json"
	srv, err := apiserver.New(apiserver.Options{})
	if err != nil {
		cfg.Transport = failingTransport{err: fmt.Errorf("testing: in-memory API server: %w", err)}
		return cfg
	}
	cfg.Transport = NewServerRoundTripper(fake, srv, scheme)
	return cfg
}

// failingTransport fails every request with err.
type failingTransport struct{ err error }

// RoundTrip returns the error.
func (f failingTransport) RoundTrip(*http.Request) (*http.Response, error) { return nil, f.err }
