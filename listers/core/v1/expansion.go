package v1

import (
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/listers/internal/podmatch"
)

// ReplicationControllerListerExpansion holds the hand-written methods of
// ReplicationControllerLister.
type ReplicationControllerListerExpansion interface {
	// GetPodControllers returns the ReplicationControllers whose selectors
	// select pod's labels; a pod without labels or without a match is an
	// error.
	GetPodControllers(pod *corev1.Pod) ([]*corev1.ReplicationController, error)
}

// GetPodControllers returns the ReplicationControllers in pod's namespace
// whose selectors select its labels. A controller with an empty selector
// selects nothing.
func (s *replicationControllerLister) GetPodControllers(pod *corev1.Pod) ([]*corev1.ReplicationController, error) {
	return podmatch.Find("controllers", "pod", pod.ObjectMeta, s.listIn, controllerSelector, podmatch.Rules{})
}

// controllerSelector returns the selector of a ReplicationController.
func controllerSelector(rc *corev1.ReplicationController) (labels.Selector, error) {
	return labels.Set(rc.Spec.Selector).AsSelectorPreValidated(), nil
}

// listIn lists every ReplicationController in namespace.
func (s *replicationControllerLister) listIn(namespace string) ([]*corev1.ReplicationController, error) {
	return s.ReplicationControllers(namespace).List(labels.Everything())
}
