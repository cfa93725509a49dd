// Package pods reads pods and runs commands in them.
package pods

import (
	"context"
	"fmt"
	"os"

	"hello.example/trace"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/remotecommand"
)

// Running returns the names of the running pods of namespace.
func Running(ctx context.Context, cs kubernetes.Interface, namespace string) ([]string, error) {
	defer trace.Start("running")()
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

// Exec runs a shell in a pod.
func Exec(c *rest.Config, u string) error {
	exec, err := remotecommand.NewSPDYExecutor(c, "POST", nil)
	if err != nil {
		return err
	}
	return exec.StreamWithContext(context.Background(), remotecommand.StreamOptions{Stdout: os.Stdout})
}
