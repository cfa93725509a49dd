package rest

import (
	"fmt"
	"net/http"
	"sync"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// AuthProvider is an authentication plugin named in a kubeconfig's
// auth-provider section.
type AuthProvider interface {
	// WrapTransport wraps rt to authenticate its requests.
	WrapTransport(http.RoundTripper) http.RoundTripper
	// Login runs the provider's interactive login, if it has one.
	Login() error
}

// Factory builds an AuthProvider for the cluster at clusterAddress from
// its config; persister stores refreshed state.
type Factory func(clusterAddress string, config map[string]string, persister AuthProviderConfigPersister) (AuthProvider, error)

// AuthProviderConfigPersister stores an auth provider's config, for
// example back into the kubeconfig file.
type AuthProviderConfigPersister interface {
	// Persist stores config.
	Persist(map[string]string) error
}

var (
	pluginsLock sync.Mutex
	plugins     = map[string]Factory{}
)

// RegisterAuthProviderPlugin makes the plugin available under name; a
// name may be registered once.
func RegisterAuthProviderPlugin(name string, plugin Factory) error {
	pluginsLock.Lock()
	defer pluginsLock.Unlock()
	if _, found := plugins[name]; found {
		return fmt.Errorf("auth Provider Plugin %q was registered twice", name)
	}
	plugins[name] = plugin
	return nil
}

// GetAuthProvider builds the auth provider apc names.
func GetAuthProvider(clusterAddress string, apc *clientcmdapi.AuthProviderConfig, persister AuthProviderConfigPersister) (AuthProvider, error) {
	if apc == nil {
		return nil, fmt.Errorf("no auth provider config given")
	}
	pluginsLock.Lock()
	p, ok := plugins[apc.Name]
	pluginsLock.Unlock()
	if !ok {
		return nil, fmt.Errorf("no Auth Provider found for name %q", apc.Name)
	}
	return p(clusterAddress, apc.Config, persister)
}
