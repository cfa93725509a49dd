// Command in-cluster shows the configuration a program running in a pod
// uses: rest.InClusterConfig reads the API server's address from the
// KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT variables and the
// credentials from the service account mounted at
// /var/run/secrets/kubernetes.io/serviceaccount. It then lists the pods the
// service account may see, every -interval, -count times.
//
// Build it into an image and run it as a pod, or run it outside a cluster to
// see the error it reports there:
//
//	go run ./examples/in-cluster
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
)

// exitNotInCluster is the exit status when the program is not in a pod.
const exitNotInCluster = 3

// main parses the flags and runs the example, exiting 3 outside a
// cluster and 1 on other errors.
func main() {
	interval := flag.Duration("interval", 10*time.Second, "time between two lists")
	count := flag.Int("count", 1, "how many times to list the pods (0: until interrupted)")
	flag.Parse()
	if *interval <= 0 {
		fmt.Fprintln(os.Stderr, "in-cluster: -interval must be positive")
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, *interval, *count, os.Stdout)
	if errors.Is(err, rest.ErrNotInCluster) {
		fmt.Fprintln(os.Stderr, "in-cluster: this program must run inside a Kubernetes pod:", err)
		stop()
		os.Exit(exitNotInCluster)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "in-cluster:", err)
		stop()
		os.Exit(1)
	}
}

// run loads the in-cluster configuration and prints the number of pods
// every interval, count times (until ctx ends when count is 0).
func run(ctx context.Context, interval time.Duration, count int, out io.Writer) error {
	config, err := rest.InClusterConfig()
	if err != nil {
		return fmt.Errorf("loading in-cluster config: %w", err)
	}
	fmt.Fprintf(out, "in-cluster config: server %s\n", config.Host)
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating clientset: %w", err)
	}
	for i := 1; count == 0 || i <= count; i++ {
		pods, err := clientset.CoreV1().Pods(metav1.NamespaceAll).List(ctx, metav1.ListOptions{})
		if err != nil {
			return fmt.Errorf("listing pods: %w", err)
		}
		fmt.Fprintf(out, "there are %d pods in the cluster\n", len(pods.Items))
		if i == count {
			break
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(interval):
		}
	}
	return nil
}
