// Command clientset-get-pod reads one pod with the typed clientset and
// prints its phase, node, containers and conditions:
//
//	go run ./examples/clientset-get-pod -namespace demo -name web-0
//
// A pod that does not exist is reported as such: the clientset returns a
// *errors.StatusError that apierrors.IsNotFound recognises.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// main parses the flags and runs the example, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	namespace := flag.String("namespace", "default", "namespace of the pod")
	name := flag.String("name", "", "name of the pod (required)")
	flag.Parse()

	if *name == "" {
		fmt.Fprintln(os.Stderr, "clientset-get-pod: -name is required")
		flag.Usage()
		os.Exit(2)
	}
	if err := run(context.Background(), *kubeconfig, *namespace, *name, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "clientset-get-pod:", err)
		os.Exit(1)
	}
}

// run fetches the pod namespace/name and describes it on out.
func run(ctx context.Context, kubeconfig, namespace, name string, out io.Writer) error {
	config, err := loadConfig(kubeconfig)
	if err != nil {
		return err
	}
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating clientset: %w", err)
	}
	pod, err := clientset.CoreV1().Pods(namespace).Get(ctx, name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return fmt.Errorf("pod %q not found in namespace %q", name, namespace)
	}
	var status *apierrors.StatusError
	if errors.As(err, &status) {
		return fmt.Errorf("getting pod %s/%s: server said %d %s: %s", namespace, name,
			status.ErrStatus.Code, status.ErrStatus.Reason, status.ErrStatus.Message)
	}
	if err != nil {
		return fmt.Errorf("getting pod %s/%s: %w", namespace, name, err)
	}
	describe(out, pod)
	return nil
}

// describe prints the interesting parts of pod, one per line.
func describe(out io.Writer, pod *corev1.Pod) {
	fmt.Fprintf(out, "pod %s/%s (uid %s, resourceVersion %s)\n", pod.Namespace, pod.Name, pod.UID, pod.ResourceVersion)
	fmt.Fprintf(out, "  phase:  %s\n", pod.Status.Phase)
	fmt.Fprintf(out, "  node:   %s\n", pod.Spec.NodeName)
	fmt.Fprintf(out, "  pod IP: %s\n", pod.Status.PodIP)
	for _, k := range slices.Sorted(maps.Keys(pod.Labels)) {
		fmt.Fprintf(out, "  label:  %s=%s\n", k, pod.Labels[k])
	}
	for _, c := range pod.Spec.Containers {
		fmt.Fprintf(out, "  container %s: %s\n", c.Name, c.Image)
	}
	for _, c := range pod.Status.Conditions {
		fmt.Fprintf(out, "  condition %s=%s\n", c.Type, c.Status)
	}
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
