//go:build integration

package integration

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// protobufType is the media type of the Kubernetes protobuf encoding.
const protobufType = "application/vnd.kubernetes.protobuf"

// wireLog records the media types of the requests a client sent and of
// the responses it received.
type wireLog struct {
	mu        sync.Mutex
	sent, got []string
}

// roundTripFunc adapts a function to http.RoundTripper.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// record wraps rt so that the media types pass through l.
func (l *wireLog) record(rt http.RoundTripper) http.RoundTripper {
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		resp, err := rt.RoundTrip(r)
		l.mu.Lock()
		defer l.mu.Unlock()
		if r.Body != nil {
			l.sent = append(l.sent, r.Header.Get("Content-Type"))
		}
		if err == nil {
			l.got = append(l.got, resp.Header.Get("Content-Type"))
		}
		return resp, err
	})
}

// allProtobuf fails the test unless every recorded media type is protobuf.
func (l *wireLog) allProtobuf(t *testing.T) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	require.NotEmpty(t, l.got, "no response recorded")
	for _, list := range [][]string{l.sent, l.got} {
		for _, ct := range list {
			assert.True(t, strings.HasPrefix(ct, protobufType), "media type %q, want %s", ct, protobufType)
		}
	}
}

// protobufClientset returns a typed clientset that sends and accepts
// protobuf only, and the log of what went over the wire.
func protobufClientset(t *testing.T) (*kubernetes.Clientset, *wireLog) {
	t.Helper()
	cfg := adminConfig(t)
	cfg.ContentType = protobufType
	cfg.AcceptContentTypes = protobufType
	log := &wireLog{}
	cfg.Wrap(log.record)
	cs, err := kubernetes.NewForConfig(cfg)
	require.NoError(t, err, "kubernetes.NewForConfig")
	return cs, log
}

// TestProtobufTypedCRUD creates, reads, lists, updates and deletes objects
// of several kinds with every body in protobuf, both ways.
func TestProtobufTypedCRUD(t *testing.T) {
	e := newEnv(t)
	cs, log := protobufClientset(t)
	t.Run("ConfigMap", func(t *testing.T) {
		cms := cs.CoreV1().ConfigMaps(e.ns)
		cm, err := cms.Create(e.ctx, &corev1.ConfigMap{
			ObjectMeta: metav1.ObjectMeta{Name: "pb", Labels: map[string]string{"b": "2", "a": "1"}},
			Data:       map[string]string{"key": "value", "empty": ""},
			BinaryData: map[string][]byte{"bin": {0, 1, 2, 255}},
		}, metav1.CreateOptions{})
		require.NoError(t, err, "create")
		assert.Equal(t, map[string]string{"key": "value", "empty": ""}, cm.Data)
		assert.Equal(t, []byte{0, 1, 2, 255}, cm.BinaryData["bin"])
		assert.False(t, cm.CreationTimestamp.IsZero(), "creationTimestamp set by the server")
		assert.NotEmpty(t, cm.ManagedFields, "managedFields")
		cm.Data["key"] = "changed"
		cm, err = cms.Update(e.ctx, cm, metav1.UpdateOptions{})
		require.NoError(t, err, "update")
		got, err := cms.Get(e.ctx, "pb", metav1.GetOptions{})
		require.NoError(t, err, "get")
		assert.Equal(t, cm, got)
		list, err := cms.List(e.ctx, metav1.ListOptions{LabelSelector: "a=1"})
		require.NoError(t, err, "list")
		require.Len(t, list.Items, 1)
		assert.Equal(t, "changed", list.Items[0].Data["key"])
		require.NoError(t, cms.Delete(e.ctx, "pb", metav1.DeleteOptions{}), "delete")
	})
	t.Run("Service", func(t *testing.T) {
		svc, err := cs.CoreV1().Services(e.ns).Create(e.ctx, &corev1.Service{
			ObjectMeta: metav1.ObjectMeta{Name: "pb"},
			Spec: corev1.ServiceSpec{Selector: map[string]string{"app": "pb"},
				Ports: []corev1.ServicePort{{Name: "http", Port: 80, TargetPort: intstr.FromString("web")}}},
		}, metav1.CreateOptions{})
		require.NoError(t, err, "create")
		assert.Equal(t, intstr.FromString("web"), svc.Spec.Ports[0].TargetPort)
		assert.Equal(t, corev1.ProtocolTCP, svc.Spec.Ports[0].Protocol, "defaulted protocol")
		assert.NotEmpty(t, svc.Spec.ClusterIP)
		require.NoError(t, cs.CoreV1().Services(e.ns).Delete(e.ctx, "pb", metav1.DeleteOptions{}), "delete")
	})
	t.Run("Deployment", func(t *testing.T) {
		replicas := int32(2)
		dep, err := cs.AppsV1().Deployments(e.ns).Create(e.ctx, &appsv1.Deployment{
			ObjectMeta: metav1.ObjectMeta{Name: "pb"},
			Spec: appsv1.DeploymentSpec{
				Replicas: &replicas,
				Selector: &metav1.LabelSelector{MatchLabels: map[string]string{"app": "pb"}},
				Template: corev1.PodTemplateSpec{
					ObjectMeta: metav1.ObjectMeta{Labels: map[string]string{"app": "pb"}},
					Spec: corev1.PodSpec{Containers: []corev1.Container{{
						Name: "c", Image: "registry.k8s.io/pause:3.10",
						Resources: corev1.ResourceRequirements{
							Requests: corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("100m"), corev1.ResourceMemory: resource.MustParse("64Mi")},
						},
					}}},
				},
			},
		}, metav1.CreateOptions{})
		require.NoError(t, err, "create")
		assert.Equal(t, int32(2), *dep.Spec.Replicas)
		req := dep.Spec.Template.Spec.Containers[0].Resources.Requests
		assert.Equal(t, "100m", req.Cpu().String())
		assert.Equal(t, "64Mi", req.Memory().String())
		assert.Equal(t, appsv1.RollingUpdateDeploymentStrategyType, dep.Spec.Strategy.Type, "defaulted strategy")
		assert.Equal(t, intstr.FromString("25%"), *dep.Spec.Strategy.RollingUpdate.MaxSurge)
		require.NoError(t, cs.AppsV1().Deployments(e.ns).Delete(e.ctx, "pb", metav1.DeleteOptions{}), "delete")
	})
	log.allProtobuf(t)
}

// TestProtobufMatchesJSON reads the same server-defaulted objects in
// protobuf and in JSON and checks that both decode to equal values.
func TestProtobufMatchesJSON(t *testing.T) {
	e := newEnv(t)
	pb, log := protobufClientset(t)
	jsonCfg := adminConfig(t)
	jsonCfg.ContentType = "application/json"
	js, err := kubernetes.NewForConfig(jsonCfg)
	require.NoError(t, err, "kubernetes.NewForConfig")
	grace := int64(5)
	_, err = pb.CoreV1().Pods(e.ns).Create(e.ctx, &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "pb", Labels: map[string]string{"app": "pb"},
			Annotations: map[string]string{"note": "protobuf"}},
		Spec: corev1.PodSpec{
			TerminationGracePeriodSeconds: &grace,
			Containers: []corev1.Container{{
				Name: "c", Image: "registry.k8s.io/pause:3.10",
				Ports: []corev1.ContainerPort{{ContainerPort: 8080, Name: "web"}},
				Env:   []corev1.EnvVar{{Name: "A", Value: "1"}},
				Resources: corev1.ResourceRequirements{
					Limits: corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("1"), corev1.ResourceMemory: resource.MustParse("128Mi")},
				},
				ReadinessProbe: &corev1.Probe{ProbeHandler: corev1.ProbeHandler{
					HTTPGet: &corev1.HTTPGetAction{Path: "/ready", Port: intstr.FromString("web")}}},
			}},
		},
	}, metav1.CreateOptions{})
	require.NoError(t, err, "create pod")
	fromPB, err := pb.CoreV1().Pods(e.ns).List(e.ctx, metav1.ListOptions{})
	require.NoError(t, err, "list in protobuf")
	fromJSON, err := js.CoreV1().Pods(e.ns).List(e.ctx, metav1.ListOptions{ResourceVersion: fromPB.ResourceVersion})
	require.NoError(t, err, "list in JSON")
	require.Len(t, fromPB.Items, 1)
	require.Len(t, fromJSON.Items, 1)
	assert.Equal(t, fromJSON.Items[0], fromPB.Items[0], "the pod decoded from protobuf and from JSON")
	log.allProtobuf(t)
}

// TestProtobufWatch watches ConfigMaps over a protobuf watch stream.
func TestProtobufWatch(t *testing.T) {
	e := newEnv(t)
	cs, log := protobufClientset(t)
	cms := cs.CoreV1().ConfigMaps(e.ns)
	w, err := cms.Watch(e.ctx, metav1.ListOptions{})
	require.NoError(t, err, "watch")
	defer w.Stop()
	cm, err := cms.Create(e.ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "w"}, Data: map[string]string{"n": "1"}}, metav1.CreateOptions{})
	require.NoError(t, err, "create")
	cm.Data["n"] = "2"
	_, err = cms.Update(e.ctx, cm, metav1.UpdateOptions{})
	require.NoError(t, err, "update")
	require.NoError(t, cms.Delete(e.ctx, "w", metav1.DeleteOptions{}), "delete")

	want := []struct {
		typ watch.EventType
		n   string
	}{{watch.Added, "1"}, {watch.Modified, "2"}, {watch.Deleted, "2"}}
	ctx, cancel := context.WithTimeout(e.ctx, 30*time.Second)
	defer cancel()
	for _, w2 := range want {
		select {
		case ev, ok := <-w.ResultChan():
			require.True(t, ok, "watch closed early")
			got, isCM := ev.Object.(*corev1.ConfigMap)
			require.True(t, isCM, "event object %T, want *v1.ConfigMap", ev.Object)
			assert.Equal(t, w2.typ, ev.Type)
			assert.Equal(t, "w", got.Name)
			assert.Equal(t, w2.n, got.Data["n"])
		case <-ctx.Done():
			t.Fatalf("no %s event", w2.typ)
		}
	}
	log.allProtobuf(t)
}

// TestProtobufNotFound decodes the server's 404 Status sent in protobuf.
func TestProtobufNotFound(t *testing.T) {
	e := newEnv(t)
	cs, log := protobufClientset(t)
	_, err := cs.CoreV1().ConfigMaps(e.ns).Get(e.ctx, "missing", metav1.GetOptions{})
	require.Error(t, err)
	assert.True(t, apierrors.IsNotFound(err), "want IsNotFound, got %v", err)
	var status apierrors.APIStatus
	require.ErrorAs(t, err, &status)
	s := status.Status()
	assert.Equal(t, metav1.StatusReasonNotFound, s.Reason)
	assert.Equal(t, `configmaps "missing" not found`, s.Message)
	assert.Equal(t, "configmaps", s.Details.Kind)
	assert.Equal(t, int32(http.StatusNotFound), s.Code)
	log.allProtobuf(t)
}
