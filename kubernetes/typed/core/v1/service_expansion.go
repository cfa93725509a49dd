package v1

import "github.com/skiff-k8s/skiff/rest"

// ServiceExpansion holds the service methods beyond the standard verbs.
type ServiceExpansion interface {
	ProxyGet(scheme, name, port, path string, params map[string]string) rest.ResponseWrapper
}

// ProxyGet returns the request for GET path through the API server's
// proxy to port of service name, with params as query parameters; scheme
// and port may be empty.
func (c *services) ProxyGet(scheme, name, port, path string, params map[string]string) rest.ResponseWrapper {
	return proxyGet(c.GetClient(), c.GetNamespace(), "services", scheme, name, port, path, params)
}
