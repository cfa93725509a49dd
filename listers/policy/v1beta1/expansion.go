package v1beta1

import (
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	policyv1beta1 "github.com/skiff-k8s/skiff/api/policy/v1beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/listers/internal/podmatch"
)

// PodDisruptionBudgetListerExpansion holds the hand-written methods of PodDisruptionBudgetLister.
type PodDisruptionBudgetListerExpansion interface {
	// GetPodPodDisruptionBudgets returns the PodDisruptionBudgets whose selectors select pod's labels;
	// a pod without labels or without a match is an error.
	GetPodPodDisruptionBudgets(pod *corev1.Pod) ([]*policyv1beta1.PodDisruptionBudget, error)
}

// GetPodPodDisruptionBudgets returns the PodDisruptionBudgets in pod's namespace whose selectors select
// its labels. PodDisruptionBudgets with invalid or empty selectors select nothing.
func (s *podDisruptionBudgetLister) GetPodPodDisruptionBudgets(pod *corev1.Pod) ([]*policyv1beta1.PodDisruptionBudget, error) {
	return podmatch.Find("PodDisruptionBudgets", "pod", pod.ObjectMeta, s.listPodDisruptionBudgetsIn,
		podmatch.LabelSelector(func(o *policyv1beta1.PodDisruptionBudget) *metav1.LabelSelector { return o.Spec.Selector }), podmatch.Rules{})
}

// listPodDisruptionBudgetsIn lists every PodDisruptionBudget in namespace.
func (s *podDisruptionBudgetLister) listPodDisruptionBudgetsIn(namespace string) ([]*policyv1beta1.PodDisruptionBudget, error) {
	return s.PodDisruptionBudgets(namespace).List(labels.Everything())
}
