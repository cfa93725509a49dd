package v1

import (
	batchv1 "github.com/skiff-k8s/skiff/api/batch/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/listers/internal/podmatch"
)

// JobListerExpansion holds the hand-written methods of JobLister.
type JobListerExpansion interface {
	// GetPodJobs returns copies of the Jobs whose selectors select pod's
	// labels; a pod without labels or without a match is an error.
	GetPodJobs(pod *corev1.Pod) (jobs []batchv1.Job, err error)
}

// GetPodJobs returns copies of the Jobs in pod's namespace whose selectors
// select its labels. A Job with an invalid selector is an error.
func (s *jobLister) GetPodJobs(pod *corev1.Pod) (jobs []batchv1.Job, err error) {
	found, err := podmatch.Find("jobs", "pod", pod.ObjectMeta, s.listIn,
		podmatch.LabelSelector(func(j *batchv1.Job) *metav1.LabelSelector { return j.Spec.Selector }),
		podmatch.Rules{InvalidIsError: true, EmptyMatches: true})
	if err != nil {
		return nil, err
	}
	for _, j := range found {
		jobs = append(jobs, *j)
	}
	return jobs, nil
}

// listIn lists every Job in namespace.
func (s *jobLister) listIn(namespace string) ([]*batchv1.Job, error) {
	return s.Jobs(namespace).List(labels.Everything())
}
