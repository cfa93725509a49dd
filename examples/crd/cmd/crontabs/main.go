// Command crontabs lists the CronTab custom resources of a cluster with
// the clientset gen-client generated for them:
//
//	go run ./examples/crd/cmd/crontabs -kubeconfig ~/.kube/config -namespace default
//
// The cluster needs the crontabs.stable.example.com CRD.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/examples/crd/client"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

func main() {
	kubeconfig := flag.String("kubeconfig", os.Getenv("KUBECONFIG"), "kubeconfig file (default: in-cluster config)")
	namespace := flag.String("namespace", "", "namespace to list (default: all)")
	flag.Parse()
	config, err := clientcmd.BuildConfigFromFlags("", *kubeconfig)
	if err == nil {
		err = run(context.Background(), config, *namespace, os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "crontabs:", err)
		os.Exit(1)
	}
}

// run prints one line per CronTab in namespace ("" for all).
func run(ctx context.Context, config *rest.Config, namespace string, out io.Writer) error {
	clientset, err := client.NewForConfig(config)
	if err != nil {
		return err
	}
	list, err := clientset.StableV1().CronTabs(namespace).List(ctx, metav1.ListOptions{})
	if err != nil {
		return fmt.Errorf("listing crontabs: %w", err)
	}
	for _, ct := range list.Items {
		fmt.Fprintf(out, "%s/%s\t%s\t%s\n", ct.Namespace, ct.Name, ct.Spec.CronSpec, ct.Spec.Image)
	}
	return nil
}
