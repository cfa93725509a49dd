// Command listpods-reference is the minimal list-pods program built with
// k8s.io/client-go; size.sh compares its binary with listpods-skiff's. Its
// source is listpods-skiff before the import rewrite.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
	"k8s.io/client-go/util/homedir"
)

func main() {
	kubeconfig := flag.String("kubeconfig", filepath.Join(homedir.HomeDir(), ".kube", "config"), "path to the kubeconfig file")
	namespace := flag.String("namespace", "", "namespace to list (all when empty)")
	flag.Parse()
	if err := run(*kubeconfig, *namespace); err != nil {
		fmt.Fprintf(os.Stderr, "listpods: %v\n", err)
		os.Exit(1)
	}
}

// run lists the pods of namespace and prints one name per line.
func run(kubeconfig, namespace string) error {
	cfg, err := clientcmd.BuildConfigFromFlags("", kubeconfig)
	if err != nil {
		return fmt.Errorf("load kubeconfig %s: %w", kubeconfig, err)
	}
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return fmt.Errorf("build clientset: %w", err)
	}
	pods, err := cs.CoreV1().Pods(namespace).List(context.Background(), metav1.ListOptions{})
	if err != nil {
		return fmt.Errorf("list pods in %q: %w", namespace, err)
	}
	for _, p := range pods.Items {
		fmt.Printf("%s/%s\n", p.Namespace, p.Name)
	}
	return nil
}
