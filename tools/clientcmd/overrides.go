package clientcmd

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// ConfigOverrides holds values that take precedence over the kubeconfig,
// usually from command-line flags. Zero fields override nothing.
type ConfigOverrides struct {
	// AuthInfo fields replace the selected user's fields.
	AuthInfo clientcmdapi.AuthInfo
	// ClusterDefaults are used for fields the selected cluster leaves empty.
	ClusterDefaults clientcmdapi.Cluster
	// ClusterInfo fields replace the selected cluster's fields.
	ClusterInfo clientcmdapi.Cluster
	// Context fields replace the selected context's fields (cluster, user, namespace).
	Context clientcmdapi.Context
	// CurrentContext selects the context; it must exist.
	CurrentContext string
	// Timeout is the request timeout: bare seconds or a Go duration; "" or "0" means none.
	Timeout string
}

// ParseTimeout parses a request timeout: a bare integer is seconds,
// anything else a Go duration ("1m30s"). Empty means no timeout; a
// negative value is an error.
func ParseTimeout(duration string) (time.Duration, error) {
	if duration == "" {
		return 0, nil
	}
	if secs, err := strconv.Atoi(duration); err == nil {
		if secs < 0 {
			return 0, fmt.Errorf("invalid timeout value %q: must be a positive integer or a duration (1s, 2m, 3h)", duration)
		}
		return time.Duration(secs) * time.Second, nil
	}
	d, err := time.ParseDuration(duration)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("invalid timeout value %q: must be a positive integer or a duration (1s, 2m, 3h)", duration)
	}
	return d, nil
}

// parseProxyURL accepts http, https and socks5 proxy URLs.
func parseProxyURL(proxyURL string) (*url.URL, error) {
	u, err := url.Parse(proxyURL)
	if err != nil {
		return nil, fmt.Errorf("could not parse: %v", proxyURL)
	}
	switch u.Scheme {
	case "http", "https", "socks5":
		return u, nil
	default:
		return nil, fmt.Errorf("unsupported scheme %q, must be http, https, or socks5", u.Scheme)
	}
}

// RemoveNamespacesPrefix strips a "namespaces/", "namespace/" or "ns/"
// prefix (any case) from a namespace flag value, so "ns/kube-system" means
// "kube-system". The error is always nil.
func RemoveNamespacesPrefix(value string) (string, error) {
	for _, prefix := range []string{"namespaces/", "namespace/", "ns/"} {
		if len(value) > len(prefix) && strings.EqualFold(value[:len(prefix)], prefix) {
			return value[len(prefix):], nil
		}
	}
	return value, nil
}
