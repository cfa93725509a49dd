// Package clientcmd turns kubeconfig files into client configurations the
// way kubectl does.
//
// It loads kubeconfig files (Load, LoadFromFile, Write, WriteToFile),
// finds and merges them with ClientConfigLoadingRules — an explicit path,
// else every file of $KUBECONFIG, else ~/.kube/config; for clusters, users,
// contexts and extensions the first file that defines a name wins, and for
// current-context and preferences the first non-empty value wins — resolves
// relative file references against the file that holds them, validates the
// result, and builds a *rest.Config from the selected context with
// ConfigOverrides applied (DirectClientConfig, NewNonInteractiveDeferredLoadingClientConfig,
// BuildConfigFromFlags). When no kubeconfig is found, the deferred loader
// falls back to the in-cluster service-account configuration.
//
// Most programs need one line:
//
//	config, err := clientcmd.BuildConfigFromFlags("", kubeconfigPath)
package clientcmd
