package clientcmd_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// ExampleBuildConfigFromFlags loads a kubeconfig file into a rest.Config,
// the first step of most client programs.
func ExampleBuildConfigFromFlags() {
	dir, err := os.MkdirTemp("", "kubeconfig-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	kubeconfig := filepath.Join(dir, "config")
	err = os.WriteFile(kubeconfig, []byte(`apiVersion: v1
kind: Config
clusters:
- name: dev
  cluster: {server: "https://dev.example.com:6443", insecure-skip-tls-verify: true}
users:
- name: alice
  user: {token: alice-token}
contexts:
- name: dev
  context: {cluster: dev, user: alice, namespace: team-a}
current-context: dev
`), 0o600)
	if err != nil {
		fmt.Println(err)
		return
	}

	config, err := clientcmd.BuildConfigFromFlags("", kubeconfig)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(config.Host, config.Insecure)

	loader := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(
		&clientcmd.ClientConfigLoadingRules{ExplicitPath: kubeconfig}, &clientcmd.ConfigOverrides{})
	namespace, _, err := loader.Namespace()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(namespace)
	// Output:
	// https://dev.example.com:6443 true
	// team-a
}
