// Command listpods lists the pods of a cluster with the typed clientset
// and nothing else; the clientscheme link test builds it and checks that
// the kinds of the groups it never uses are not linked.
package main

import (
	"context"
	"fmt"
	"os"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
)

func main() {
	cs, err := kubernetes.NewForConfig(&rest.Config{Host: os.Getenv("KUBE_HOST")})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	pods, err := cs.CoreV1().Pods("").List(context.Background(), metav1.ListOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, p := range pods.Items {
		fmt.Println(p.Name)
	}
}
