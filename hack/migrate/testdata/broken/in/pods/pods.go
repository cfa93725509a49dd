// Package pods reads pods through the typed clientset.
package pods

import (
	"context"
	"fmt"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

// Running returns the names of the running pods of namespace.
func Running(ctx context.Context, cs kubernetes.Interface, namespace string) ([]string, error) {
	list, err := cs.CoreV1().Pods(namespace).List(ctx, metav1.ListOptions{})
	if err != nil {
		return nil, fmt.Errorf("list pods in %s: %w", namespace, err)
	}
	var names []string
	for _, p := range list.Items {
		if p.Status.Phase == corev1.PodRunning {
			names = append(names, p.Name)
		}
	}
	return names, nil
}

// Host returns the API server a configuration talks to.
func Host(c *rest.Config) string { return c.Host }
