//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	autoscalingv1 "github.com/skiff-k8s/skiff/api/autoscaling/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deployment returns a one-container Deployment named name.
func deployment(name string) *appsv1.Deployment {
	one := int32(1)
	labels := map[string]string{"app": name}
	return &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: name},
		Spec: appsv1.DeploymentSpec{
			Replicas: &one,
			Selector: &metav1.LabelSelector{MatchLabels: labels},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "a", Image: "nginx"}}},
			},
		},
	}
}

// containerImages maps a Deployment's container names to their images.
func containerImages(d *appsv1.Deployment) map[string]string {
	m := map[string]string{}
	for _, c := range d.Spec.Template.Spec.Containers {
		m[c.Name] = c.Image
	}
	return m
}

// TestPatchTypes applies JSON, merge and strategic merge patches to a
// Deployment: a merge patch replaces the containers list, a strategic
// merge patch merges it by name.
func TestPatchTypes(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name  string
		typ   types.PatchType
		patch string
		want  map[string]string // container name -> image
	}{
		{"json patch", types.JSONPatchType,
			`[{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:2"}]`,
			map[string]string{"a": "nginx:2"}},
		{"merge patch replaces lists", types.MergePatchType,
			`{"spec":{"template":{"spec":{"containers":[{"name":"b","image":"busybox"}]}}}}`,
			map[string]string{"b": "busybox"}},
		{"strategic merge merges by name", types.StrategicMergePatchType,
			`{"spec":{"template":{"spec":{"containers":[{"name":"b","image":"busybox"},{"name":"a","image":"nginx:3"}]}}}}`,
			map[string]string{"a": "nginx:3", "b": "busybox"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := deployment(uniqueName(tt.name))
			require.NoError(t, e.apps.Post().Namespace(e.ns).Resource("deployments").Body(d).Do(e.ctx).Error(), "create")
			got := &appsv1.Deployment{}
			err := e.apps.Patch(tt.typ).Namespace(e.ns).Resource("deployments").Name(d.Name).
				Body([]byte(tt.patch)).Do(e.ctx).Into(got)
			require.NoError(t, err, "patch")
			assert.Equal(t, tt.want, containerImages(got), "containers after patch")
		})
	}
}

// TestPodStatusSubresource checks that the status subresource does not
// write spec and the main resource does not write status.
func TestPodStatusSubresource(t *testing.T) {
	e := newEnv(t)
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "p"},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "nginx"}}},
	}
	require.NoError(t, e.core.Post().Namespace(e.ns).Resource("pods").Body(pod).Do(e.ctx).Into(pod), "create pod")
	assert.Equal(t, corev1.PodPending, pod.Status.Phase, "phase after create")

	pod.Status.Phase = corev1.PodRunning
	pod.Status.Message = "via status"
	deadline := int64(30)
	pod.Spec.ActiveDeadlineSeconds = &deadline
	got := &corev1.Pod{}
	require.NoError(t, e.core.Put().Namespace(e.ns).Resource("pods").Name("p").SubResource("status").
		Body(pod).Do(e.ctx).Into(got), "update status")
	assert.Equal(t, corev1.PodRunning, got.Status.Phase, "phase after status update")
	assert.Equal(t, "via status", got.Status.Message)
	assert.Nil(t, got.Spec.ActiveDeadlineSeconds, "spec is not written through status")

	got.Status.Message = "via main resource"
	got.Labels = map[string]string{"set": "by-main"}
	require.NoError(t, e.core.Put().Namespace(e.ns).Resource("pods").Name("p").Body(got).Do(e.ctx).Into(got), "update pod")
	assert.Equal(t, "via status", got.Status.Message, "status is not written through the main resource")
	assert.Equal(t, map[string]string{"set": "by-main"}, got.Labels)
}

// TestDeploymentScaleSubresource reads and writes the scale subresource,
// an autoscaling/v1 Scale, and sees the Deployment's replicas follow.
func TestDeploymentScaleSubresource(t *testing.T) {
	e := newEnv(t)
	d := deployment("scaled")
	require.NoError(t, e.apps.Post().Namespace(e.ns).Resource("deployments").Body(d).Do(e.ctx).Error(), "create")

	raw, err := e.apps.Get().Namespace(e.ns).Resource("deployments").Name("scaled").SubResource("scale").DoRaw(e.ctx)
	require.NoError(t, err, "get scale")
	var tm metav1.TypeMeta
	require.NoError(t, json.Unmarshal(raw, &tm))
	assert.Equal(t, metav1.TypeMeta{Kind: "Scale", APIVersion: "autoscaling/v1"}, tm, "the scale of apps/v1 is an autoscaling/v1 Scale")
	scale := &autoscalingv1.Scale{}
	require.NoError(t, e.apps.Get().Namespace(e.ns).Resource("deployments").Name("scaled").SubResource("scale").
		Do(e.ctx).Into(scale), "get scale")
	assert.Equal(t, int32(1), scale.Spec.Replicas, "replicas in scale")

	scale.Spec.Replicas = 3
	require.NoError(t, e.apps.Put().Namespace(e.ns).Resource("deployments").Name("scaled").SubResource("scale").
		Body(scale).Do(e.ctx).Into(scale), "update scale")
	assert.Equal(t, int32(3), scale.Spec.Replicas, "replicas after scale update")

	require.NoError(t, e.apps.Get().Namespace(e.ns).Resource("deployments").Name("scaled").Do(e.ctx).Into(d), "get")
	require.NotNil(t, d.Spec.Replicas)
	assert.Equal(t, int32(3), *d.Spec.Replicas, "deployment replicas follow the scale")
}
