package clientcmd

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"unicode"

	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// execClusterExtensionKey is the cluster extension passed to exec plugins as ExecConfig.Config.
const execClusterExtensionKey = "client.authentication.k8s.io/exec"

var (
	// ClusterDefaults fills in a cluster that the kubeconfig leaves empty:
	// the server is $KUBERNETES_MASTER or http://localhost:8080.
	ClusterDefaults = clientcmdapi.Cluster{Server: defaultServer()}

	// DefaultClientConfig is a client config with no kubeconfig, only
	// ClusterDefaults.
	DefaultClientConfig = DirectClientConfig{
		config:       *clientcmdapi.NewConfig(),
		overrides:    &ConfigOverrides{ClusterDefaults: ClusterDefaults},
		configAccess: NewDefaultClientConfigLoadingRules(),
	}
)

func defaultServer() string {
	if server := os.Getenv("KUBERNETES_MASTER"); server != "" {
		return server
	}
	return "http://localhost:8080"
}

// ClientConfig builds REST client configuration from some source.
type ClientConfig interface {
	// RawConfig returns the merged kubeconfig without overrides.
	RawConfig() (clientcmdapi.Config, error)
	// ClientConfig returns the REST config of the selected context.
	ClientConfig() (*rest.Config, error)
	// Namespace returns the selected namespace and whether an override chose it.
	Namespace() (string, bool, error)
	// ConfigAccess returns where the config was read from, for writing it back.
	ConfigAccess() ConfigAccess
}

// OverridingClientConfig is a ClientConfig that can also show the
// kubeconfig with its overrides applied.
type OverridingClientConfig interface {
	ClientConfig
	// MergedRawConfig returns the kubeconfig with the overrides applied.
	MergedRawConfig() (clientcmdapi.Config, error)
}

// PersistAuthProviderConfigForUser returns the persister for a user's auth provider state.
type PersistAuthProviderConfigForUser func(user string) rest.AuthProviderConfigPersister

// DirectClientConfig is a ClientConfig over an in-memory kubeconfig plus overrides.
type DirectClientConfig struct {
	config         clientcmdapi.Config
	contextName    string
	overrides      *ConfigOverrides
	fallbackReader io.Reader
	configAccess   ConfigAccess
}

// NewDefaultClientConfig returns a ClientConfig for config's current context.
func NewDefaultClientConfig(config clientcmdapi.Config, overrides *ConfigOverrides) OverridingClientConfig {
	return &DirectClientConfig{config: config, contextName: config.CurrentContext, overrides: overrides,
		configAccess: NewDefaultClientConfigLoadingRules()}
}

// NewNonInteractiveClientConfig returns a ClientConfig for the named
// context ("" means the current one) that never prompts.
func NewNonInteractiveClientConfig(config clientcmdapi.Config, contextName string, overrides *ConfigOverrides, configAccess ConfigAccess) OverridingClientConfig {
	return &DirectClientConfig{config: config, contextName: contextName, overrides: overrides, configAccess: configAccess}
}

// NewInteractiveClientConfig is NewNonInteractiveClientConfig that keeps
// fallbackReader for interactive use. skiff does not prompt for basic-auth
// credentials; the reader is kept only for API compatibility.
func NewInteractiveClientConfig(config clientcmdapi.Config, contextName string, overrides *ConfigOverrides, fallbackReader io.Reader, configAccess ConfigAccess) OverridingClientConfig {
	return &DirectClientConfig{config: config, contextName: contextName, overrides: overrides,
		fallbackReader: fallbackReader, configAccess: configAccess}
}

// NewClientConfigFromBytes decodes a kubeconfig and returns a ClientConfig
// for its current context. Relative paths in it are relative to the
// working directory.
func NewClientConfigFromBytes(configBytes []byte) (OverridingClientConfig, error) {
	config, err := Load(configBytes)
	if err != nil {
		return nil, err
	}
	return &DirectClientConfig{config: *config, overrides: &ConfigOverrides{}}, nil
}

// RESTConfigFromKubeConfig decodes a kubeconfig and returns the REST config
// of its current context.
func RESTConfigFromKubeConfig(configBytes []byte) (*rest.Config, error) {
	clientConfig, err := NewClientConfigFromBytes(configBytes)
	if err != nil {
		return nil, err
	}
	return clientConfig.ClientConfig()
}

// RawConfig returns the kubeconfig as given, without overrides.
func (config *DirectClientConfig) RawConfig() (clientcmdapi.Config, error) {
	return config.config, nil
}

// ClientConfig returns the REST config of the selected context: server,
// proxy, compression and timeout always; credentials and TLS settings only
// when the server is https, so plain-http servers never receive secrets.
func (config *DirectClientConfig) ClientConfig() (*rest.Config, error) {
	authInfo, err := config.getAuthInfo()
	if err != nil {
		return nil, err
	}
	if _, err := config.getContext(); err != nil {
		return nil, err
	}
	cluster, err := config.getCluster()
	if err != nil {
		return nil, err
	}
	if err := config.ConfirmUsable(); err != nil {
		return nil, err
	}
	out, err := config.baseRESTConfig(cluster)
	if err != nil {
		return nil, err
	}
	if authInfo.Impersonate != "" {
		out.Impersonate = impersonation(authInfo)
	}
	if !rest.IsConfigTransportTLS(*out) {
		return out, nil
	}
	var persister rest.AuthProviderConfigPersister
	if config.configAccess != nil {
		name, _ := config.getAuthInfoName()
		persister = PersisterForUser(config.configAccess, name)
	}
	user, err := userIdentityConfig(authInfo, persister, cluster)
	if err != nil {
		return nil, err
	}
	if err := mergeInto(out, user); err != nil {
		return nil, err
	}
	if err := mergeInto(out, serverIdentityConfig(cluster)); err != nil {
		return nil, err
	}
	return out, nil
}

// baseRESTConfig sets what applies to every server: host, proxy,
// compression and timeout.
func (config *DirectClientConfig) baseRESTConfig(cluster clientcmdapi.Cluster) (*rest.Config, error) {
	out := &rest.Config{Host: cluster.Server, DisableCompression: cluster.DisableCompression}
	if cluster.ProxyURL != "" {
		u, err := parseProxyURL(cluster.ProxyURL)
		if err != nil {
			return nil, fmt.Errorf("invalid proxy-url %q: %w", cluster.ProxyURL, err)
		}
		out.Proxy = http.ProxyURL(u)
	}
	if config.overrides != nil && config.overrides.Timeout != "" {
		timeout, err := ParseTimeout(config.overrides.Timeout)
		if err != nil {
			return nil, err
		}
		out.Timeout = timeout
	}
	if u, err := url.ParseRequestURI(out.Host); err == nil && u.Opaque == "" && len(u.Path) > 1 {
		u.RawQuery = ""
		u.Fragment = ""
		out.Host = u.String()
	}
	return out, nil
}

func impersonation(a clientcmdapi.AuthInfo) rest.ImpersonationConfig {
	return rest.ImpersonationConfig{UserName: a.Impersonate, UID: a.ImpersonateUID,
		Groups: a.ImpersonateGroups, Extra: a.ImpersonateUserExtra}
}

// serverIdentityConfig carries how the client trusts the server.
func serverIdentityConfig(cluster clientcmdapi.Cluster) *rest.Config {
	out := &rest.Config{}
	out.CAFile = cluster.CertificateAuthority
	out.CAData = cluster.CertificateAuthorityData
	out.Insecure = cluster.InsecureSkipTLSVerify
	out.ServerName = cluster.TLSServerName
	return out
}

// userIdentityConfig carries the user's credentials: token (or token
// file, read now), client certificate, basic auth, auth provider and exec
// plugin.
func userIdentityConfig(a clientcmdapi.AuthInfo, persister rest.AuthProviderConfigPersister, cluster clientcmdapi.Cluster) (*rest.Config, error) {
	out := &rest.Config{}
	if a.Token != "" {
		out.BearerToken = a.Token
		out.BearerTokenFile = a.TokenFile
	} else if a.TokenFile != "" {
		data, err := os.ReadFile(a.TokenFile)
		if err != nil {
			return nil, fmt.Errorf("reading tokenFile of user%s: %w", origin(a.LocationOfOrigin), err)
		}
		out.BearerToken = strings.TrimSpace(string(data))
		out.BearerTokenFile = a.TokenFile
	}
	if a.Impersonate != "" {
		out.Impersonate = impersonation(a)
	}
	if a.ClientCertificate != "" || len(a.ClientCertificateData) > 0 {
		out.CertFile, out.CertData = a.ClientCertificate, a.ClientCertificateData
		out.KeyFile, out.KeyData = a.ClientKey, a.ClientKeyData
	}
	if a.Username != "" || a.Password != "" {
		out.Username, out.Password = a.Username, a.Password
	}
	if a.AuthProvider != nil {
		out.AuthProvider = a.AuthProvider.DeepCopy()
		out.AuthConfigPersister = persister
	}
	if a.Exec != nil {
		out.ExecProvider = a.Exec.DeepCopy()
		out.ExecProvider.InstallHint = cleanANSIEscapeCodes(out.ExecProvider.InstallHint)
		if ext := cluster.Extensions[execClusterExtensionKey]; ext != nil {
			out.ExecProvider.Config = ext.DeepCopyObject()
		}
	}
	return out, nil
}

// cleanANSIEscapeCodes replaces every rune that is not a letter, mark,
// number, punctuation, symbol, separator or whitespace control (tab to
// carriage return) with its U+XXXX form, so an install hint cannot drive
// the terminal.
func cleanANSIEscapeCodes(s string) string {
	var b strings.Builder
	for _, r := range s {
		if (r >= '\t' && r <= '\r') || unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z) {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, "%U", r)
	}
	return b.String()
}
