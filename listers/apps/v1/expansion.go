package v1

import (
	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/listers/internal/podmatch"
)

// DaemonSetListerExpansion holds the hand-written methods of
// DaemonSetLister.
type DaemonSetListerExpansion interface {
	// GetPodDaemonSets returns the DaemonSets whose selectors select pod's
	// labels; a pod without labels or without a match is an error.
	GetPodDaemonSets(pod *corev1.Pod) ([]*appsv1.DaemonSet, error)
	// GetHistoryDaemonSets returns the DaemonSets whose selectors select
	// the labels of history; history without labels or without a match is
	// an error.
	GetHistoryDaemonSets(history *appsv1.ControllerRevision) ([]*appsv1.DaemonSet, error)
}

// GetPodDaemonSets returns the DaemonSets in pod's namespace whose
// selectors select its labels. DaemonSets with invalid or empty selectors
// select nothing.
func (s *daemonSetLister) GetPodDaemonSets(pod *corev1.Pod) ([]*appsv1.DaemonSet, error) {
	return podmatch.Find("daemon set", "pod", pod.ObjectMeta, s.listDaemonSetsIn, daemonSetSelector, podmatch.Rules{})
}

// GetHistoryDaemonSets returns the DaemonSets in the namespace of history
// whose selectors select its labels. An invalid selector is an error; an
// empty one selects nothing.
func (s *daemonSetLister) GetHistoryDaemonSets(history *appsv1.ControllerRevision) ([]*appsv1.DaemonSet, error) {
	return podmatch.Find("DaemonSet", "ControllerRevision", history.ObjectMeta, s.listDaemonSetsIn, daemonSetSelector,
		podmatch.Rules{InvalidIsError: true})
}

// daemonSetSelector returns the selector of a DaemonSet.
var daemonSetSelector = podmatch.LabelSelector(func(o *appsv1.DaemonSet) *metav1.LabelSelector { return o.Spec.Selector })

// listDaemonSetsIn lists every DaemonSet in namespace.
func (s *daemonSetLister) listDaemonSetsIn(namespace string) ([]*appsv1.DaemonSet, error) {
	return s.DaemonSets(namespace).List(labels.Everything())
}

// ReplicaSetListerExpansion holds the hand-written methods of ReplicaSetLister.
type ReplicaSetListerExpansion interface {
	// GetPodReplicaSets returns the ReplicaSets whose selectors select pod's labels;
	// a pod without labels or without a match is an error.
	GetPodReplicaSets(pod *corev1.Pod) ([]*appsv1.ReplicaSet, error)
}

// GetPodReplicaSets returns the ReplicaSets in pod's namespace whose selectors select
// its labels. ReplicaSets with invalid or empty selectors select nothing.
func (s *replicaSetLister) GetPodReplicaSets(pod *corev1.Pod) ([]*appsv1.ReplicaSet, error) {
	return podmatch.Find("ReplicaSets", "pod", pod.ObjectMeta, s.listReplicaSetsIn,
		podmatch.LabelSelector(func(o *appsv1.ReplicaSet) *metav1.LabelSelector { return o.Spec.Selector }), podmatch.Rules{})
}

// listReplicaSetsIn lists every ReplicaSet in namespace.
func (s *replicaSetLister) listReplicaSetsIn(namespace string) ([]*appsv1.ReplicaSet, error) {
	return s.ReplicaSets(namespace).List(labels.Everything())
}

// StatefulSetListerExpansion holds the hand-written methods of StatefulSetLister.
type StatefulSetListerExpansion interface {
	// GetPodStatefulSets returns the StatefulSets whose selectors select pod's labels;
	// a pod without labels or without a match is an error.
	GetPodStatefulSets(pod *corev1.Pod) ([]*appsv1.StatefulSet, error)
}

// GetPodStatefulSets returns the StatefulSets in pod's namespace whose selectors select
// its labels. StatefulSets with invalid or empty selectors select nothing.
func (s *statefulSetLister) GetPodStatefulSets(pod *corev1.Pod) ([]*appsv1.StatefulSet, error) {
	return podmatch.Find("StatefulSets", "pod", pod.ObjectMeta, s.listStatefulSetsIn,
		podmatch.LabelSelector(func(o *appsv1.StatefulSet) *metav1.LabelSelector { return o.Spec.Selector }), podmatch.Rules{})
}

// listStatefulSetsIn lists every StatefulSet in namespace.
func (s *statefulSetLister) listStatefulSetsIn(namespace string) ([]*appsv1.StatefulSet, error) {
	return s.StatefulSets(namespace).List(labels.Everything())
}
