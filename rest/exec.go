package rest

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/skiff-k8s/skiff/pkg/apis/clientauthentication"
	"github.com/skiff-k8s/skiff/plugin/pkg/client/auth/exec"
	"github.com/skiff-k8s/skiff/transport"
)

// wireExec installs the exec credential plugin of c into conf, passing
// the cluster's details when the plugin asks for them.
func (c *Config) wireExec(conf *transport.Config) error {
	var cluster *clientauthentication.Cluster
	if c.ExecProvider.ProvideClusterInfo {
		var err error
		if cluster, err = ConfigToExecCluster(c); err != nil {
			return err
		}
	}
	provider, err := exec.GetAuthenticator(c.ExecProvider, cluster)
	if err != nil {
		return fmt.Errorf("exec plugin: %w", err)
	}
	if err := provider.UpdateTransportConfig(conf); err != nil {
		return fmt.Errorf("exec plugin: %w", err)
	}
	return nil
}

// ConfigToExecCluster describes config's cluster to an exec credential
// plugin: server, TLS server name, insecure flag, CA bundle (read from
// CAFile when CAData is empty), proxy URL, compression and the plugin's
// per-cluster config.
func ConfigToExecCluster(config *Config) (*clientauthentication.Cluster, error) {
	caData, err := dataFromSliceOrFile(config.CAData, config.CAFile)
	if err != nil {
		return nil, fmt.Errorf("failed to load CA bundle for execProvider: %w", err)
	}
	var proxyURL string
	if config.Proxy != nil {
		req, err := http.NewRequest("", config.Host, nil)
		if err != nil {
			return nil, fmt.Errorf("failed to create proxy URL request for execProvider: %w", err)
		}
		u, err := config.Proxy(req)
		if err != nil {
			return nil, fmt.Errorf("failed to get proxy URL for execProvider: %w", err)
		}
		if u != nil {
			proxyURL = u.String()
		}
	}
	cluster := &clientauthentication.Cluster{
		Server:                   config.Host,
		TLSServerName:            config.ServerName,
		InsecureSkipTLSVerify:    config.Insecure,
		CertificateAuthorityData: caData,
		ProxyURL:                 proxyURL,
		DisableCompression:       config.DisableCompression,
	}
	if config.ExecProvider != nil {
		cluster.Config = config.ExecProvider.Config
	}
	return cluster, nil
}

// ExecClusterToConfig turns the cluster an exec plugin was given back into
// a Config (server, TLS settings, proxy, compression) without credentials.
func ExecClusterToConfig(cluster *clientauthentication.Cluster) (*Config, error) {
	if cluster == nil {
		return nil, fmt.Errorf("exec cluster: nil cluster")
	}
	var proxy func(*http.Request) (*url.URL, error)
	if cluster.ProxyURL != "" {
		proxyURL, err := parseProxyURL(cluster.ProxyURL)
		if err != nil {
			return nil, fmt.Errorf("cannot parse proxy URL: %w", err)
		}
		proxy = http.ProxyURL(proxyURL)
	}
	return &Config{
		Host: cluster.Server,
		TLSClientConfig: TLSClientConfig{
			Insecure:   cluster.InsecureSkipTLSVerify,
			ServerName: cluster.TLSServerName,
			CAData:     cloneBytes(cluster.CertificateAuthorityData),
		},
		Proxy:              proxy,
		DisableCompression: cluster.DisableCompression,
	}, nil
}

// parseProxyURL parses an http, https or socks5 proxy URL.
func parseProxyURL(proxyURL string) (*url.URL, error) {
	u, err := url.Parse(proxyURL)
	if err != nil {
		return nil, fmt.Errorf("could not parse: %v", proxyURL)
	}
	switch u.Scheme {
	case "http", "https", "socks5":
		return u, nil
	}
	return nil, fmt.Errorf("unsupported scheme %q, must be http, https, or socks5", u.Scheme)
}
