package clientcmd

import (
	"log/slog"

	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// BuildConfigFromFlags returns the REST config for a --master URL and a
// --kubeconfig path. With both empty it tries the in-cluster config first
// and, failing that, the default loading rules ($KUBECONFIG or
// ~/.kube/config). With a kubeconfig path only that file is read; a master
// URL overrides the server.
func BuildConfigFromFlags(masterUrl, kubeconfigPath string) (*rest.Config, error) {
	return buildConfigFromFlags(masterUrl, kubeconfigPath, rest.InClusterConfig)
}

func buildConfigFromFlags(masterURL, kubeconfigPath string, inCluster func() (*rest.Config, error)) (*rest.Config, error) {
	rules := &ClientConfigLoadingRules{ExplicitPath: kubeconfigPath}
	if kubeconfigPath == "" && masterURL == "" {
		slog.Warn("neither --kubeconfig nor --master was specified; using the in-cluster config")
		config, err := inCluster()
		if err == nil {
			return config, nil
		}
		slog.Warn("in-cluster config failed, falling back to the default kubeconfig", "error", err)
		rules = NewDefaultClientConfigLoadingRules()
	}
	return NewNonInteractiveDeferredLoadingClientConfig(rules,
		&ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{Server: masterURL}}).ClientConfig()
}

// BuildConfigFromKubeconfigGetter returns the REST config of the
// kubeconfig the getter returns, with masterUrl overriding the server.
func BuildConfigFromKubeconfigGetter(masterUrl string, kubeconfigGetter KubeconfigGetter) (*rest.Config, error) {
	cc := NewNonInteractiveDeferredLoadingClientConfig(&ClientConfigGetter{kubeconfigGetter: kubeconfigGetter},
		&ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{Server: masterUrl}})
	return cc.ClientConfig()
}
