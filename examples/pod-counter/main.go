// Command pod-counter prints how many pods the cluster has, and how many of
// them are running, every few seconds until it is interrupted (Ctrl-C):
//
//	go run ./examples/pod-counter -interval 5s
//	go run ./examples/pod-counter -interval 1s -count 3   # stop after 3 counts
//
// Large clusters are listed in pages of 500 with tools/pager, so no single
// response holds every pod.
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

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
	"github.com/skiff-k8s/skiff/tools/pager"
)

// main parses the flags and counts pods until the count is reached or a
// signal arrives, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	interval := flag.Duration("interval", 5*time.Second, "time between two counts")
	count := flag.Int("count", 0, "stop after this many counts (0: run until interrupted)")
	flag.Parse()
	if *interval <= 0 {
		fmt.Fprintln(os.Stderr, "pod-counter: -interval must be positive")
		os.Exit(2)
	}

	// Ctrl-C or SIGTERM cancels ctx, which ends the loop and any request.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *kubeconfig, *interval, *count, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "pod-counter:", err)
		os.Exit(1)
	}
}

// run counts the pods every interval, count times (forever when count is 0),
// until ctx is cancelled. Cancellation is a normal end, not an error.
func run(ctx context.Context, kubeconfig string, interval time.Duration, count int, out io.Writer) error {
	config, err := loadConfig(kubeconfig)
	if err != nil {
		return err
	}
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating clientset: %w", err)
	}
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for i := 1; count == 0 || i <= count; i++ {
		total, running, err := countPods(ctx, clientset)
		if errors.Is(err, context.Canceled) {
			return nil
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "%s  %d pods in the cluster, %d running\n", time.Now().Format(time.TimeOnly), total, running)
		if i == count {
			break
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
	return nil
}

// countPods lists the pods of every namespace, 500 at a time, and returns
// how many there are and how many are in phase Running.
func countPods(ctx context.Context, clientset kubernetes.Interface) (total, running int, err error) {
	pods := pager.New(func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		return clientset.CoreV1().Pods(metav1.NamespaceAll).List(ctx, opts)
	})
	pods.PageSize = 500
	err = pods.EachListItem(ctx, metav1.ListOptions{}, func(obj runtime.Object) error {
		total++
		if pod, ok := obj.(*corev1.Pod); ok && pod.Status.Phase == corev1.PodRunning {
			running++
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("listing pods: %w", err)
	}
	return total, running, nil
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
