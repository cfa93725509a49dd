package v1beta1

import (
	appsv1beta1 "github.com/skiff-k8s/skiff/api/apps/v1beta1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/listers/internal/podmatch"
)

// StatefulSetListerExpansion holds the hand-written methods of StatefulSetLister.
type StatefulSetListerExpansion interface {
	// GetPodStatefulSets returns the StatefulSets whose selectors select pod's labels;
	// a pod without labels or without a match is an error.
	GetPodStatefulSets(pod *corev1.Pod) ([]*appsv1beta1.StatefulSet, error)
}

// GetPodStatefulSets returns the StatefulSets in pod's namespace whose selectors select
// its labels. StatefulSets with invalid or empty selectors select nothing.
func (s *statefulSetLister) GetPodStatefulSets(pod *corev1.Pod) ([]*appsv1beta1.StatefulSet, error) {
	return podmatch.Find("StatefulSets", "pod", pod.ObjectMeta, s.listStatefulSetsIn,
		podmatch.LabelSelector(func(o *appsv1beta1.StatefulSet) *metav1.LabelSelector { return o.Spec.Selector }), podmatch.Rules{})
}

// listStatefulSetsIn lists every StatefulSet in namespace.
func (s *statefulSetLister) listStatefulSetsIn(namespace string) ([]*appsv1beta1.StatefulSet, error) {
	return s.StatefulSets(namespace).List(labels.Everything())
}
