package fakeclient

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// newClientset starts an in-memory API server holding objs and returns a
// clientset that talks to it in process (real requests, no sockets).
func newClientset(t *testing.T, objs ...runtime.Object) (*kubernetes.Clientset, *apiserver.Server) {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	t.Cleanup(server.Close)
	require.NoError(t, server.Add(objs...))
	clientset, err := kubernetes.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	return clientset, server
}

// pod returns a pod of namespace "shop" in phase with the given Ready status.
func pod(name string, phase corev1.PodPhase, ready corev1.ConditionStatus) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: "shop"},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "app", Image: "shop:1"}}},
		Status: corev1.PodStatus{
			Phase:      phase,
			Conditions: []corev1.PodCondition{{Type: corev1.PodReady, Status: ready}},
		},
	}
}

// inNamespace moves p to namespace.
func inNamespace(namespace string, p *corev1.Pod) *corev1.Pod {
	p.Namespace = namespace
	return p
}

func TestNotReadyPods(t *testing.T) {
	tests := []struct {
		name string
		objs []runtime.Object
		want []string
	}{
		{name: "no pods", want: nil},
		{
			name: "all ready",
			objs: []runtime.Object{pod("web-1", corev1.PodRunning, corev1.ConditionTrue)},
			want: nil,
		},
		{
			name: "pending, failing readiness and finished pods",
			objs: []runtime.Object{
				pod("web-1", corev1.PodRunning, corev1.ConditionTrue),
				pod("web-2", corev1.PodRunning, corev1.ConditionFalse),
				pod("db-0", corev1.PodPending, corev1.ConditionFalse),
				pod("migrate", corev1.PodSucceeded, corev1.ConditionFalse),
			},
			want: []string{"db-0", "migrate", "web-2"},
		},
		{
			name: "pods of other namespaces are not counted",
			objs: []runtime.Object{
				inNamespace("other", pod("elsewhere", corev1.PodPending, corev1.ConditionFalse)),
				pod("api", corev1.PodFailed, corev1.ConditionFalse),
			},
			want: []string{"api"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clientset, _ := newClientset(t, tt.objs...)
			got, err := NotReadyPods(context.Background(), clientset, "shop")
			require.NoError(t, err)
			require.Equal(t, tt.want, got, "NotReadyPods(shop): got %v, want %v", got, tt.want)
		})
	}
}

// TestNotReadyPodsServerError makes the server answer the list with 500 and
// checks the error reaches the caller as a StatusError.
func TestNotReadyPodsServerError(t *testing.T) {
	clientset, server := newClientset(t, pod("web-1", corev1.PodPending, corev1.ConditionFalse))
	remove := server.InjectFault(apiserver.Fault{
		Method:     http.MethodGet,
		PathPrefix: "/api/v1/namespaces/shop/pods",
		Status:     http.StatusInternalServerError,
		Message:    "etcd is on fire",
	})
	defer remove()

	_, err := NotReadyPods(context.Background(), clientset, "shop")
	require.Error(t, err)
	require.True(t, apierrors.IsInternalError(err), "got %v, want an InternalError", err)
	require.Contains(t, err.Error(), "etcd is on fire")
}
