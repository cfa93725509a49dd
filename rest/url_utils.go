package rest

import (
	"fmt"
	"net/url"
	"path"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// DefaultServerURL parses host (a URL or host:port) into the server's base
// URL, choosing https when defaultTLS is set and host has no scheme, and
// returns the versioned API path for apiPath and groupVersion. A host
// without scheme may not carry a path.
func DefaultServerURL(host, apiPath string, groupVersion schema.GroupVersion, defaultTLS bool) (*url.URL, string, error) {
	if host == "" {
		return nil, "", fmt.Errorf("host must be a URL or a host:port pair")
	}
	hostURL, err := url.Parse(host)
	if err != nil || hostURL.Scheme == "" || hostURL.Host == "" {
		scheme := "http://"
		if defaultTLS {
			scheme = "https://"
		}
		hostURL, err = url.Parse(scheme + host)
		if err != nil {
			return nil, "", fmt.Errorf("host %q: %w", host, err)
		}
		if hostURL.Path != "" && hostURL.Path != "/" {
			return nil, "", fmt.Errorf("host must be a URL or a host:port pair: %q", host)
		}
	}
	return hostURL, DefaultVersionedAPIPath(apiPath, groupVersion), nil
}

// DefaultVersionedAPIPath joins apiPath with the group (if any) and
// version: "/api/v1", "/apis/apps/v1".
func DefaultVersionedAPIPath(apiPath string, groupVersion schema.GroupVersion) string {
	versionedAPIPath := path.Join("/", apiPath)
	if len(groupVersion.Group) > 0 {
		return path.Join(versionedAPIPath, groupVersion.Group, groupVersion.Version)
	}
	return path.Join(versionedAPIPath, groupVersion.Version)
}

// DefaultServerUrlFor returns the base URL and versioned API path of
// config: Host (default localhost), https when any TLS option is set.
func DefaultServerUrlFor(config *Config) (*url.URL, string, error) {
	hasCA := len(config.CAFile) != 0 || len(config.CAData) != 0
	hasCert := len(config.CertFile) != 0 || len(config.CertData) != 0
	defaultTLS := hasCA || hasCert || config.Insecure
	host := config.Host
	if host == "" {
		host = "localhost"
	}
	var gv schema.GroupVersion
	if config.GroupVersion != nil {
		gv = *config.GroupVersion
	}
	return DefaultServerURL(host, config.APIPath, gv, defaultTLS)
}

// IsConfigTransportTLS reports whether requests made with config use
// https.
func IsConfigTransportTLS(config Config) bool {
	baseURL, _, err := DefaultServerUrlFor(&config)
	if err != nil {
		return false
	}
	return baseURL.Scheme == "https"
}
