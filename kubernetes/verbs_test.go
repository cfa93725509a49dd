package kubernetes_test

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	authenticationv1 "github.com/skiff-k8s/skiff/api/authentication/v1"
	autoscalingv1 "github.com/skiff-k8s/skiff/api/autoscaling/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	rbacv1 "github.com/skiff-k8s/skiff/api/rbac/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/kubernetes"
)

// verbCase is one typed client call and the request it must send.
type verbCase struct {
	name     string
	response string // JSON body of the 200 answer
	call     func(ctx context.Context, cs *kubernetes.Clientset) (any, error)
	method   string
	path     string
	query    string
	body     string // substring the request body must contain; "" for none
	want     any    // type of the decoded result; nil when the call returns only error
}

func int64p(v int64) *int64 { return &v }

var (
	podJSON        = `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p1","namespace":"ns1"}}`
	podListJSON    = `{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[` + podJSON + `]}`
	nodeJSON       = `{"kind":"Node","apiVersion":"v1","metadata":{"name":"n1"}}`
	deployJSON     = `{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"d1","namespace":"ns1"}}`
	scaleJSON      = `{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"d1"},"spec":{"replicas":3}}`
	statusSuccess  = `{"kind":"Status","apiVersion":"v1","status":"Success"}`
	clusterRoleJSN = `{"kind":"ClusterRoleList","apiVersion":"rbac.authorization.k8s.io/v1","items":[]}`
)

// namespacedCases exercise every standard verb on pods in namespace ns1.
func namespacedCases() []verbCase {
	pod := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "p1", Namespace: "ns1"}}
	return []verbCase{
		{"get", podJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").Get(ctx, "p1", metav1.GetOptions{ResourceVersion: "5"})
		}, "GET", "/api/v1/namespaces/ns1/pods/p1", "resourceVersion=5", "", &corev1.Pod{}},
		{"list", podListJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").List(ctx, metav1.ListOptions{LabelSelector: "app=x", TimeoutSeconds: int64p(9)})
		}, "GET", "/api/v1/namespaces/ns1/pods", "labelSelector=app%3Dx&timeout=9s&timeoutSeconds=9", "", &corev1.PodList{}},
		{"list all namespaces", podListJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("").List(ctx, metav1.ListOptions{})
		}, "GET", "/api/v1/pods", "", "", &corev1.PodList{}},
		{"create", podJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").Create(ctx, pod, metav1.CreateOptions{DryRun: []string{"All"}})
		}, "POST", "/api/v1/namespaces/ns1/pods", "dryRun=All", `"name":"p1"`, &corev1.Pod{}},
		{"update", podJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").Update(ctx, pod, metav1.UpdateOptions{FieldManager: "m"})
		}, "PUT", "/api/v1/namespaces/ns1/pods/p1", "fieldManager=m", `"namespace":"ns1"`, &corev1.Pod{}},
		{"update status", podJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").UpdateStatus(ctx, pod, metav1.UpdateOptions{})
		}, "PUT", "/api/v1/namespaces/ns1/pods/p1/status", "", `"name":"p1"`, &corev1.Pod{}},
		{"delete", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			policy := metav1.DeletePropagationForeground
			return nil, cs.CoreV1().Pods("ns1").Delete(ctx, "p1", metav1.DeleteOptions{PropagationPolicy: &policy})
		}, "DELETE", "/api/v1/namespaces/ns1/pods/p1", "", `"propagationPolicy":"Foreground"`, nil},
		{"delete collection", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.CoreV1().Pods("ns1").DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{FieldSelector: "spec.nodeName=n1"})
		}, "DELETE", "/api/v1/namespaces/ns1/pods", "fieldSelector=spec.nodeName%3Dn1", `"kind":"DeleteOptions"`, nil},
		{"delete collection with timeout", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.CoreV1().Pods("ns1").DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{TimeoutSeconds: int64p(4)})
		}, "DELETE", "/api/v1/namespaces/ns1/pods", "timeout=4s&timeoutSeconds=4", `"kind":"DeleteOptions"`, nil},
		{"patch", podJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").Patch(ctx, "p1", types.MergePatchType, []byte(`{"metadata":{"labels":{"a":"b"}}}`), metav1.PatchOptions{})
		}, "PATCH", "/api/v1/namespaces/ns1/pods/p1", "", `{"metadata":{"labels":{"a":"b"}}}`, &corev1.Pod{}},
		{"patch subresource", podJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").Patch(ctx, "p1", types.JSONPatchType, []byte(`[]`), metav1.PatchOptions{Force: boolp(true)}, "status")
		}, "PATCH", "/api/v1/namespaces/ns1/pods/p1/status", "force=true", `[]`, &corev1.Pod{}},
	}
}

func boolp(v bool) *bool { return &v }

// clusterCases exercise cluster-scoped kinds and other groups.
func clusterCases() []verbCase {
	node := &corev1.Node{ObjectMeta: metav1.ObjectMeta{Name: "n1"}}
	return []verbCase{
		{"node get", nodeJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Nodes().Get(ctx, "n1", metav1.GetOptions{})
		}, "GET", "/api/v1/nodes/n1", "", "", &corev1.Node{}},
		{"node create", nodeJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Nodes().Create(ctx, node, metav1.CreateOptions{})
		}, "POST", "/api/v1/nodes", "", `"kind":"Node"`, &corev1.Node{}},
		{"node update status", nodeJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Nodes().UpdateStatus(ctx, node, metav1.UpdateOptions{})
		}, "PUT", "/api/v1/nodes/n1/status", "", `"name":"n1"`, &corev1.Node{}},
		{"node delete", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.CoreV1().Nodes().Delete(ctx, "n1", metav1.DeleteOptions{GracePeriodSeconds: int64p(0)})
		}, "DELETE", "/api/v1/nodes/n1", "", `"gracePeriodSeconds":0`, nil},
		{"cluster role list", clusterRoleJSN, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.RbacV1().ClusterRoles().List(ctx, metav1.ListOptions{Limit: 2, Continue: "c"})
		}, "GET", "/apis/rbac.authorization.k8s.io/v1/clusterroles", "continue=c&limit=2", "", &rbacv1.ClusterRoleList{}},
		{"deployment get", deployJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.AppsV1().Deployments("ns1").Get(ctx, "d1", metav1.GetOptions{})
		}, "GET", "/apis/apps/v1/namespaces/ns1/deployments/d1", "", "", &appsv1.Deployment{}},
		{"deployment get scale", scaleJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.AppsV1().Deployments("ns1").GetScale(ctx, "d1", metav1.GetOptions{})
		}, "GET", "/apis/apps/v1/namespaces/ns1/deployments/d1/scale", "", "", &autoscalingv1.Scale{}},
		{"deployment update scale", scaleJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			scale := &autoscalingv1.Scale{ObjectMeta: metav1.ObjectMeta{Name: "d1"}, Spec: autoscalingv1.ScaleSpec{Replicas: 3}}
			return cs.AppsV1().Deployments("ns1").UpdateScale(ctx, "d1", scale, metav1.UpdateOptions{})
		}, "PUT", "/apis/apps/v1/namespaces/ns1/deployments/d1/scale", "", `"apiVersion":"autoscaling/v1"`, &autoscalingv1.Scale{}},
		{"service account create token", `{"kind":"TokenRequest","apiVersion":"authentication.k8s.io/v1","status":{"token":"t"}}`, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			tr := &authenticationv1.TokenRequest{Spec: authenticationv1.TokenRequestSpec{Audiences: []string{"a"}}}
			return cs.CoreV1().ServiceAccounts("ns1").CreateToken(ctx, "sa", tr, metav1.CreateOptions{})
		}, "POST", "/api/v1/namespaces/ns1/serviceaccounts/sa/token", "", `"audiences":["a"]`, &authenticationv1.TokenRequest{}},
		{"pod ephemeral containers", podJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Pods("ns1").UpdateEphemeralContainers(ctx, "p1", &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "p1"}}, metav1.UpdateOptions{})
		}, "PUT", "/api/v1/namespaces/ns1/pods/p1/ephemeralcontainers", "", `"name":"p1"`, &corev1.Pod{}},
	}
}

func TestVerbs(t *testing.T) {
	for _, tc := range append(namespacedCases(), clusterCases()...) {
		t.Run(tc.name, func(t *testing.T) {
			srv := newRecorder(t, http.StatusOK, tc.response)
			got, err := tc.call(context.Background(), srv.clientset(t))
			if err != nil {
				t.Fatalf("call: %v", err)
			}
			req := srv.last(t)
			if req.Method != tc.method || req.Path != tc.path || req.Query != tc.query {
				t.Errorf("request = %s %s?%s, want %s %s?%s", req.Method, req.Path, req.Query, tc.method, tc.path, tc.query)
			}
			if !strings.Contains(req.Body, tc.body) || (tc.body == "" && req.Body != "") {
				t.Errorf("body = %q, want it to contain %q", req.Body, tc.body)
			}
			checkResult(t, got, tc.want, tc.response)
		})
	}
}

// checkResult checks that got has want's type and holds the response.
func checkResult(t *testing.T, got, want any, response string) {
	t.Helper()
	if want == nil {
		return
	}
	if reflect.TypeOf(got) != reflect.TypeOf(want) {
		t.Fatalf("result type = %T, want %T", got, want)
	}
	if err := json.Unmarshal([]byte(response), want); err != nil {
		t.Fatalf("decoding the response: %v", err)
	}
	// Typed clients return objects without kind and apiVersion, as the
	// reference does.
	want.(runtime.Object).GetObjectKind().SetGroupVersionKind(schema.GroupVersionKind{})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("result = %+v, want %+v", got, want)
	}
}
