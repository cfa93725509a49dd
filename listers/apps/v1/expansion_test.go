package v1_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	listersappsv1 "github.com/skiff-k8s/skiff/listers/apps/v1"
	"github.com/skiff-k8s/skiff/tools/cache"
)

func meta(ns, name string, lbls map[string]string) metav1.ObjectMeta {
	return metav1.ObjectMeta{Namespace: ns, Name: name, Labels: lbls}
}

func selector(lbls map[string]string) *metav1.LabelSelector {
	return &metav1.LabelSelector{MatchLabels: lbls}
}

func indexer(t *testing.T, objs ...interface{}) cache.Indexer {
	t.Helper()
	idx := cache.NewIndexer(cache.MetaNamespaceKeyFunc, cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc})
	for _, o := range objs {
		require.NoError(t, idx.Add(o))
	}
	return idx
}

func rs(ns, name string, sel *metav1.LabelSelector) *appsv1.ReplicaSet {
	return &appsv1.ReplicaSet{ObjectMeta: meta(ns, name, nil), Spec: appsv1.ReplicaSetSpec{Selector: sel}}
}

func TestGetPodReplicaSets(t *testing.T) {
	web := map[string]string{"app": "web"}
	idx := indexer(t,
		rs("a", "web", selector(web)),
		rs("a", "other", selector(map[string]string{"app": "db"})),
		rs("a", "empty", &metav1.LabelSelector{}),
		rs("a", "invalid", &metav1.LabelSelector{MatchExpressions: []metav1.LabelSelectorRequirement{{Key: "app", Operator: "Bogus"}}}),
		rs("b", "web-b", selector(web)),
	)
	cases := []struct {
		name    string
		pod     *corev1.Pod
		want    []string
		wantErr string
	}{
		{"match", &corev1.Pod{ObjectMeta: meta("a", "p", web)}, []string{"web"}, ""},
		{"other namespace", &corev1.Pod{ObjectMeta: meta("b", "p", web)}, []string{"web-b"}, ""},
		{"no labels", &corev1.Pod{ObjectMeta: meta("a", "p", nil)}, nil, "because it has no labels"},
		{"no match", &corev1.Pod{ObjectMeta: meta("a", "p", map[string]string{"app": "x"})}, nil, "could not find"},
	}
	l := listersappsv1.NewReplicaSetLister(idx)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := l.GetPodReplicaSets(tc.pod)
			if tc.wantErr != "" {
				assert.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			var names []string
			for _, r := range got {
				names = append(names, r.Name)
			}
			assert.Equal(t, tc.want, names)
		})
	}
}

func TestGetHistoryDaemonSets(t *testing.T) {
	ds := func(name string, sel *metav1.LabelSelector) *appsv1.DaemonSet {
		return &appsv1.DaemonSet{ObjectMeta: meta("a", name, nil), Spec: appsv1.DaemonSetSpec{Selector: sel}}
	}
	hist := &appsv1.ControllerRevision{ObjectMeta: meta("a", "rev", map[string]string{"app": "agent"})}
	cases := []struct {
		name    string
		objs    []interface{}
		want    int
		wantErr string
	}{
		{"match", []interface{}{ds("agent", selector(map[string]string{"app": "agent"}))}, 1, ""},
		{"empty selector selects nothing", []interface{}{ds("all", &metav1.LabelSelector{})}, 0, "could not find"},
		{"invalid selector is an error", []interface{}{ds("bad", &metav1.LabelSelector{MatchExpressions: []metav1.LabelSelectorRequirement{{Key: "app", Operator: "Bogus"}}})}, 0, "invalid label selector"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := listersappsv1.NewDaemonSetLister(indexer(t, tc.objs...)).GetHistoryDaemonSets(hist)
			if tc.wantErr != "" {
				assert.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Len(t, got, tc.want)
		})
	}
}

func TestDeploymentListerNotFound(t *testing.T) {
	_, err := listersappsv1.NewDeploymentLister(indexer(t)).Deployments("a").Get("missing")
	assert.EqualError(t, err, `deployment.apps "missing" not found`)
}
