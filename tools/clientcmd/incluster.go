package clientcmd

import (
	"errors"
	"os"
	"strings"

	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

const (
	serviceAccountTokenFile     = "/var/run/secrets/kubernetes.io/serviceaccount/token"
	serviceAccountNamespaceFile = "/var/run/secrets/kubernetes.io/serviceaccount/namespace"
)

// inClusterClientConfig is the ClientConfig of a pod. The fields after
// overrides default to the real environment and files; tests replace them.
type inClusterClientConfig struct {
	overrides               *ConfigOverrides
	inClusterConfigProvider func() (*rest.Config, error)
	getenv                  func(string) string
	tokenFile               string
	namespaceFile           string
}

var _ InClusterConfig = &inClusterClientConfig{}

func (config *inClusterClientConfig) env(key string) string {
	if config.getenv != nil {
		return config.getenv(key)
	}
	return os.Getenv(key)
}

func orDefault(value, def string) string {
	if value == "" {
		return def
	}
	return value
}

// RawConfig is an error: a pod has no kubeconfig.
func (config *inClusterClientConfig) RawConfig() (clientcmdapi.Config, error) {
	return clientcmdapi.Config{}, errors.New("inCluster environment config doesn't support multiple clusters")
}

// ClientConfig returns rest.InClusterConfig with the server, token and CA
// overrides applied. Overriding either token field replaces both.
func (config *inClusterClientConfig) ClientConfig() (*rest.Config, error) {
	provider := config.inClusterConfigProvider
	if provider == nil {
		provider = rest.InClusterConfig
	}
	icc, err := provider()
	if err != nil {
		return nil, err
	}
	if o := config.overrides; o != nil {
		if o.ClusterInfo.Server != "" {
			icc.Host = o.ClusterInfo.Server
		}
		if o.AuthInfo.Token != "" || o.AuthInfo.TokenFile != "" {
			icc.BearerToken = o.AuthInfo.Token
			icc.BearerTokenFile = o.AuthInfo.TokenFile
		}
		if o.ClusterInfo.CertificateAuthority != "" {
			icc.CAFile = o.ClusterInfo.CertificateAuthority
		}
	}
	return icc, nil
}

// Namespace returns $POD_NAMESPACE, else the service account's namespace
// file (trimmed), else "default".
func (config *inClusterClientConfig) Namespace() (string, bool, error) {
	if ns := config.env("POD_NAMESPACE"); ns != "" {
		return ns, false, nil
	}
	if data, err := os.ReadFile(orDefault(config.namespaceFile, serviceAccountNamespaceFile)); err == nil {
		if ns := strings.TrimSpace(string(data)); ns != "" {
			return ns, false, nil
		}
	}
	return "default", false, nil
}

// ConfigAccess returns the default loading rules.
func (config *inClusterClientConfig) ConfigAccess() ConfigAccess {
	return NewDefaultClientConfigLoadingRules()
}

// Possible reports whether KUBERNETES_SERVICE_HOST and _PORT are set and
// the service account token file exists.
func (config *inClusterClientConfig) Possible() bool {
	info, err := os.Stat(orDefault(config.tokenFile, serviceAccountTokenFile))
	return config.env("KUBERNETES_SERVICE_HOST") != "" && config.env("KUBERNETES_SERVICE_PORT") != "" &&
		err == nil && !info.IsDir()
}
