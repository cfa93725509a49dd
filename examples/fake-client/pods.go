package fakeclient

import (
	"context"
	"fmt"
	"sort"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
)

// NotReadyPods returns the sorted names of the pods of namespace that are
// not both Running and Ready: the pods an operator would look at first.
func NotReadyPods(ctx context.Context, clientset kubernetes.Interface, namespace string) ([]string, error) {
	pods, err := clientset.CoreV1().Pods(namespace).List(ctx, metav1.ListOptions{})
	if err != nil {
		return nil, fmt.Errorf("listing pods in %q: %w", namespace, err)
	}
	var names []string
	for _, pod := range pods.Items {
		if !isReady(&pod) {
			names = append(names, pod.Name)
		}
	}
	sort.Strings(names)
	return names, nil
}

// isReady reports whether pod is Running with its Ready condition True.
func isReady(pod *corev1.Pod) bool {
	if pod.Status.Phase != corev1.PodRunning {
		return false
	}
	for _, c := range pod.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}
