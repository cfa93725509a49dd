package cache

import (
	"slices"
	"strings"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// pod returns a pod with the given namespace, name and "tags" label (a
// comma-separated list the tags index splits).
func pod(namespace, name, tags string) *corev1.Pod {
	p := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Namespace: namespace, Name: name}}
	if tags != "" {
		p.Labels = map[string]string{"tags": tags}
	}
	return p
}

// tagsIndexFunc indexes a pod under each of its comma-separated tags.
func tagsIndexFunc(obj interface{}) ([]string, error) {
	p := obj.(*corev1.Pod)
	if p.Labels["tags"] == "" {
		return nil, nil
	}
	return strings.Split(p.Labels["tags"], ","), nil
}

// names returns the sorted "ns/name" keys of pods.
func names(objs []interface{}) []string {
	out := make([]string, 0, len(objs))
	for _, o := range objs {
		p := o.(*corev1.Pod)
		out = append(out, NewObjectName(p.Namespace, p.Name).String())
	}
	slices.Sort(out)
	return out
}

// sorted returns a sorted copy of s (never nil).
func sorted(s []string) []string {
	out := append([]string{}, s...)
	slices.Sort(out)
	return out
}
