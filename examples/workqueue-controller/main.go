// Command workqueue-controller is the classic controller loop: it keeps,
// for every Deployment, a ConfigMap "<deployment>-summary" holding the
// Deployment's replica count and images, owned by the Deployment.
//
//	go run ./examples/workqueue-controller
//	go run ./examples/workqueue-controller -namespace demo -workers 4 -duration 5s
//
// Informers on Deployments and ConfigMaps call event handlers that only
// put the Deployment's namespace/name key into a rate-limited workqueue.
// Workers take keys from the queue and reconcile: create the ConfigMap,
// update it when it drifted, delete it when the Deployment is gone. A key
// whose reconcile failed goes back with AddRateLimited (exponential
// backoff per key), a key that succeeded is forgotten. The queue
// deduplicates: a key added many times while it waits is reconciled once.
// On Ctrl-C the queue drains (ShutDownWithDrain) before the program exits.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// main parses the flags and runs the controller until a signal arrives or
// the duration ends, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	namespace := flag.String("namespace", "", "namespace to manage (default: every namespace)")
	workers := flag.Int("workers", 2, "number of workers reconciling in parallel")
	duration := flag.Duration("duration", 0, "stop after this long (0: run until interrupted)")
	flag.Parse()
	if *workers < 1 {
		fmt.Fprintln(os.Stderr, "workqueue-controller: -workers must be at least 1")
		os.Exit(2)
	}

	// Ctrl-C or SIGTERM cancels ctx, which stops the controller.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}
	if err := run(ctx, *kubeconfig, *namespace, *workers, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "workqueue-controller:", err)
		os.Exit(1)
	}
}

// run builds the controller from the kubeconfig and runs it until ctx is
// done.
func run(ctx context.Context, kubeconfig, namespace string, workers int, out io.Writer) error {
	config, err := loadConfig(kubeconfig)
	if err != nil {
		return err
	}
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating clientset: %w", err)
	}
	return NewController(clientset, namespace, 10*time.Minute, out).Run(ctx, workers)
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
