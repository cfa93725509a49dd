package clientcmd

import (
	"io"
	"sync"

	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// InClusterConfig is a ClientConfig for the pod the program runs in.
type InClusterConfig interface {
	ClientConfig
	// Possible reports whether the program runs in a pod with a service account.
	Possible() bool
}

// DeferredLoadingClientConfig loads the kubeconfig on first use and falls
// back to in-cluster configuration when the kubeconfig is empty or only
// the defaults. It is safe for concurrent use.
type DeferredLoadingClientConfig struct {
	loader         ClientConfigLoader
	overrides      *ConfigOverrides
	fallbackReader io.Reader

	loadingLock  sync.Mutex
	clientConfig ClientConfig

	icc InClusterConfig
}

// NewNonInteractiveDeferredLoadingClientConfig returns a ClientConfig that
// loads through loader when first asked and never prompts.
func NewNonInteractiveDeferredLoadingClientConfig(loader ClientConfigLoader, overrides *ConfigOverrides) ClientConfig {
	return &DeferredLoadingClientConfig{loader: loader, overrides: overrides, icc: &inClusterClientConfig{overrides: overrides}}
}

// NewInteractiveDeferredLoadingClientConfig is the deferred loader that
// keeps fallbackReader for interactive use (skiff does not prompt).
func NewInteractiveDeferredLoadingClientConfig(loader ClientConfigLoader, overrides *ConfigOverrides, fallbackReader io.Reader) ClientConfig {
	return &DeferredLoadingClientConfig{loader: loader, overrides: overrides,
		icc: &inClusterClientConfig{overrides: overrides}, fallbackReader: fallbackReader}
}

// createClientConfig loads once and caches the resulting client config.
func (config *DeferredLoadingClientConfig) createClientConfig() (ClientConfig, error) {
	config.loadingLock.Lock()
	defer config.loadingLock.Unlock()
	if config.clientConfig != nil {
		return config.clientConfig, nil
	}
	merged, err := config.loader.Load()
	if err != nil {
		return nil, err
	}
	var current string
	if config.overrides != nil {
		current = config.overrides.CurrentContext
	}
	if config.fallbackReader != nil {
		config.clientConfig = NewInteractiveClientConfig(*merged, current, config.overrides, config.fallbackReader, config.loader)
	} else {
		config.clientConfig = NewNonInteractiveClientConfig(*merged, current, config.overrides, config.loader)
	}
	return config.clientConfig, nil
}

// RawConfig returns the merged kubeconfig.
func (config *DeferredLoadingClientConfig) RawConfig() (clientcmdapi.Config, error) {
	cc, err := config.createClientConfig()
	if err != nil {
		return clientcmdapi.Config{}, err
	}
	return cc.RawConfig()
}

// MergedRawConfig returns the merged kubeconfig with overrides applied.
func (config *DeferredLoadingClientConfig) MergedRawConfig() (clientcmdapi.Config, error) {
	cc, err := config.createClientConfig()
	if err != nil {
		return clientcmdapi.Config{}, err
	}
	if occ, ok := cc.(OverridingClientConfig); ok {
		return occ.MergedRawConfig()
	}
	return cc.RawConfig()
}

// ClientConfig returns the kubeconfig's REST config. When the kubeconfig
// is empty, or yields exactly the loader's default config, and the
// program runs in a pod, the in-cluster config is returned instead. Other
// errors are returned as they are.
func (config *DeferredLoadingClientConfig) ClientConfig() (*rest.Config, error) {
	cc, err := config.createClientConfig()
	if err != nil {
		return nil, err
	}
	restConfig, err := cc.ClientConfig()
	switch {
	case err != nil:
		if !IsEmptyConfig(err) {
			return nil, err
		}
	case restConfig != nil:
		if !config.loader.IsDefaultConfig(restConfig) {
			return restConfig, nil
		}
	}
	if config.icc != nil && config.icc.Possible() {
		return config.icc.ClientConfig()
	}
	return restConfig, err
}

// Namespace returns the kubeconfig's namespace. When the kubeconfig does
// not choose one (or is empty) and the program runs in a pod, the pod's
// namespace is used.
func (config *DeferredLoadingClientConfig) Namespace() (string, bool, error) {
	cc, err := config.createClientConfig()
	if err != nil {
		return "", false, err
	}
	ns, overridden, err := cc.Namespace()
	if (err != nil && !IsEmptyConfig(err)) || overridden || config.icc == nil || !config.icc.Possible() {
		return ns, overridden, err
	}
	if ns != "" {
		if ns != "default" {
			return ns, false, nil
		}
		if raw, err := cc.RawConfig(); err == nil {
			current := raw.CurrentContext
			if config.overrides != nil && config.overrides.CurrentContext != "" {
				current = config.overrides.CurrentContext
			}
			if ctx := raw.Contexts[current]; ctx != nil && ctx.Namespace != "" {
				return ns, false, nil
			}
		}
	}
	return config.icc.Namespace()
}

// ConfigAccess returns the loader.
func (config *DeferredLoadingClientConfig) ConfigAccess() ConfigAccess { return config.loader }
