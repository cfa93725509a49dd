// Command rest-list-pods lists the pods of a cluster with a bare RESTClient,
// the layer every typed client is built on, and prints the namespace, name
// and phase of each:
//
//	go run ./examples/rest-list-pods                    # every namespace
//	go run ./examples/rest-list-pods -namespace demo    # one namespace
//
// The kubeconfig is found as kubectl finds it: -kubeconfig, then
// $KUBECONFIG, then ~/.kube/config, and inside a pod the in-cluster
// configuration.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// main parses the flags and runs the example, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	namespace := flag.String("namespace", "", "namespace to list (default: all namespaces)")
	flag.Parse()

	if err := run(context.Background(), *kubeconfig, *namespace, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "rest-list-pods:", err)
		os.Exit(1)
	}
}

// run lists the pods of namespace ("" for all) and prints one line each.
func run(ctx context.Context, kubeconfig, namespace string, out io.Writer) error {
	config, err := loadConfig(kubeconfig)
	if err != nil {
		return err
	}
	client, err := newPodsClient(config)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAMESPACE\tNAME\tPHASE")
	opts := metav1.ListOptions{Limit: 500}
	for {
		var pods corev1.PodList
		err := client.Get().
			Namespace(namespace).
			Resource("pods").
			VersionedParams(&opts, scheme.ParameterCodec).
			Do(ctx).
			Into(&pods)
		if err != nil {
			return fmt.Errorf("listing pods: %w", err)
		}
		for _, pod := range pods.Items {
			fmt.Fprintf(w, "%s\t%s\t%s\n", pod.Namespace, pod.Name, pod.Status.Phase)
		}
		// A list longer than Limit comes in pages; Continue names the next.
		if pods.Continue == "" {
			break
		}
		opts.Continue = pods.Continue
	}
	return w.Flush()
}

// newPodsClient returns a RESTClient for the core API group ("/api/v1"),
// which decodes responses into the Go types of kubernetes/scheme.
func newPodsClient(config *rest.Config) (*rest.RESTClient, error) {
	config = rest.CopyConfig(config)
	config.APIPath = "api"
	config.GroupVersion = &corev1.SchemeGroupVersion
	config.NegotiatedSerializer = scheme.Codecs.WithoutConversion()
	client, err := rest.RESTClientFor(config)
	if err != nil {
		return nil, fmt.Errorf("creating REST client: %w", err)
	}
	return client, nil
}

// loadConfig builds a rest.Config from the kubeconfig path when one is
// given, else from $KUBECONFIG or ~/.kube/config, else from the in-cluster
// service account.
func loadConfig(kubeconfig string) (*rest.Config, error) {
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	rules.ExplicitPath = kubeconfig
	config, err := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, &clientcmd.ConfigOverrides{}).ClientConfig()
	if err != nil {
		return nil, fmt.Errorf("loading kubeconfig: %w", err)
	}
	return config, nil
}
