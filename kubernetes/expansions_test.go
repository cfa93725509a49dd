package kubernetes_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	certificatesv1beta1 "github.com/skiff-k8s/skiff/api/certificates/v1beta1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	eventsv1beta1 "github.com/skiff-k8s/skiff/api/events/v1beta1"
	extensionsv1beta1 "github.com/skiff-k8s/skiff/api/extensions/v1beta1"
	policyv1 "github.com/skiff-k8s/skiff/api/policy/v1"
	policyv1beta1 "github.com/skiff-k8s/skiff/api/policy/v1beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	typedcorev1 "github.com/skiff-k8s/skiff/kubernetes/typed/core/v1"
)

var eventJSON = `{"kind":"Event","apiVersion":"v1","metadata":{"name":"e1","namespace":"ns1"}}`

// expansionCases exercise the hand-written expansion methods.
func expansionCases() []verbCase {
	ev := &corev1.Event{ObjectMeta: metav1.ObjectMeta{Name: "e1", Namespace: "ns1"}}
	return []verbCase{
		{"pod bind", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			b := &corev1.Binding{ObjectMeta: metav1.ObjectMeta{Name: "p1"}, Target: corev1.ObjectReference{Kind: "Node", Name: "n1"}}
			return nil, cs.CoreV1().Pods("ns1").Bind(ctx, b, metav1.CreateOptions{})
		}, "POST", "/api/v1/namespaces/ns1/pods/p1/binding", "", `"target":{"kind":"Node","name":"n1"}`, nil},
		{"pod evict v1", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.CoreV1().Pods("ns1").EvictV1(ctx, &policyv1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: "p1", Namespace: "ns1"}})
		}, "POST", "/api/v1/namespaces/ns1/pods/p1/eviction", "", `"apiVersion":"policy/v1"`, nil},
		{"pod evict v1beta1", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.CoreV1().Pods("ns1").Evict(ctx, &policyv1beta1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: "p1", Namespace: "ns1"}})
		}, "POST", "/api/v1/namespaces/ns1/pods/p1/eviction", "", `"apiVersion":"policy/v1beta1"`, nil},
		{"policy evict", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.PolicyV1().Evictions("ns1").Evict(ctx, &policyv1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: "p1", Namespace: "ns1"}})
		}, "POST", "/api/v1/namespaces/ns1/pods/p1/eviction", "", `"kind":"Eviction"`, nil},
		{"pod logs", "log line", func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.CoreV1().Pods("ns1").GetLogs("p1", &corev1.PodLogOptions{Container: "c", Follow: true}).Do(ctx).Error()
		}, "GET", "/api/v1/namespaces/ns1/pods/p1/log", "container=c&follow=true", "", nil},
		{"pod logs without options", "log line", func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return nil, cs.CoreV1().Pods("ns1").GetLogs("p1", nil).Do(ctx).Error()
		}, "GET", "/api/v1/namespaces/ns1/pods/p1/log", "", "", nil},
		{"pod proxy", "ok", func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			_, err := cs.CoreV1().Pods("ns1").ProxyGet("https", "p1", "8443", "healthz", map[string]string{"b": "2", "a": "1"}).DoRaw(ctx)
			return nil, err
		}, "GET", "/api/v1/namespaces/ns1/pods/https:p1:8443/proxy/healthz", "a=1&b=2", "", nil},
		{"service proxy", "ok", func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			_, err := cs.CoreV1().Services("ns1").ProxyGet("", "s1", "80", "metrics", nil).DoRaw(ctx)
			return nil, err
		}, "GET", "/api/v1/namespaces/ns1/services/s1:80/proxy/metrics", "", "", nil},
		{"namespace finalize", `{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"ns1"}}`, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Namespaces().Finalize(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: "ns1"}}, metav1.UpdateOptions{})
		}, "PUT", "/api/v1/namespaces/ns1/finalize", "", `"name":"ns1"`, &corev1.Namespace{}},
		{"node patch status", nodeJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Nodes().PatchStatus(ctx, "n1", []byte(`{"status":{}}`))
		}, "PATCH", "/api/v1/nodes/n1/status", "", `{"status":{}}`, &corev1.Node{}},
		{"event create in its namespace", eventJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Events("").CreateWithEventNamespaceWithContext(ctx, ev)
		}, "POST", "/api/v1/namespaces/ns1/events", "", `"name":"e1"`, &corev1.Event{}},
		{"event update in its namespace", eventJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.CoreV1().Events("ns1").UpdateWithEventNamespace(ev)
		}, "PUT", "/api/v1/namespaces/ns1/events/e1", "", `"name":"e1"`, &corev1.Event{}},
		{"event patch in its namespace", eventJSON, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return (&kubernetesEventSink{cs}).patch(ev)
		}, "PATCH", "/api/v1/namespaces/ns1/events/e1", "", `{"count":2}`, &corev1.Event{}},
		{"event search", `{"kind":"EventList","apiVersion":"v1","items":[]}`, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			pod := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "p1", Namespace: "ns1", UID: "u1"}}
			return cs.CoreV1().Events("ns1").SearchWithContext(ctx, scheme.Scheme, pod)
		}, "GET", "/api/v1/namespaces/ns1/events", "fieldSelector=involvedObject.kind%3DPod%2CinvolvedObject.name%3Dp1%2CinvolvedObject.namespace%3Dns1%2CinvolvedObject.uid%3Du1", "", &corev1.EventList{}},
		{"events v1beta1 create in its namespace", `{"kind":"Event","apiVersion":"events.k8s.io/v1beta1","metadata":{"name":"e1","namespace":"ns1"}}`, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			return cs.EventsV1beta1().Events("").CreateWithEventNamespace(&eventsv1beta1.Event{ObjectMeta: metav1.ObjectMeta{Name: "e1", Namespace: "ns1"}})
		}, "POST", "/apis/events.k8s.io/v1beta1/namespaces/ns1/events", "", `"name":"e1"`, &eventsv1beta1.Event{}},
		{"csr v1beta1 approval", `{"kind":"CertificateSigningRequest","apiVersion":"certificates.k8s.io/v1beta1","metadata":{"name":"c1"}}`, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			csr := &certificatesv1beta1.CertificateSigningRequest{ObjectMeta: metav1.ObjectMeta{Name: "c1"}}
			return cs.CertificatesV1beta1().CertificateSigningRequests().UpdateApproval(ctx, csr, metav1.UpdateOptions{})
		}, "PUT", "/apis/certificates.k8s.io/v1beta1/certificatesigningrequests/c1/approval", "", `"name":"c1"`, &certificatesv1beta1.CertificateSigningRequest{}},
		{"extensions deployment rollback", statusSuccess, func(ctx context.Context, cs *kubernetes.Clientset) (any, error) {
			rb := &extensionsv1beta1.DeploymentRollback{Name: "d1", RollbackTo: extensionsv1beta1.RollbackConfig{Revision: 2}}
			return nil, cs.ExtensionsV1beta1().Deployments("ns1").Rollback(ctx, rb, metav1.CreateOptions{})
		}, "POST", "/apis/extensions/v1beta1/namespaces/ns1/deployments/d1/rollback", "", `"revision":2`, nil},
	}
}

// kubernetesEventSink patches through EventSinkImpl, the event
// broadcaster's sink.
type kubernetesEventSink struct{ cs *kubernetes.Clientset }

func (s *kubernetesEventSink) patch(ev *corev1.Event) (*corev1.Event, error) {
	return (&typedcorev1.EventSinkImpl{Interface: s.cs.CoreV1().Events("")}).Patch(ev, []byte(`{"count":2}`))
}

func TestExpansions(t *testing.T) {
	for _, tc := range expansionCases() {
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

func TestEventNamespaceMismatch(t *testing.T) {
	srv := newRecorder(t, http.StatusOK, eventJSON)
	events := srv.clientset(t).CoreV1().Events("other")
	ev := &corev1.Event{ObjectMeta: metav1.ObjectMeta{Name: "e1", Namespace: "ns1"}}
	if _, err := events.CreateWithEventNamespace(ev); err == nil || !strings.Contains(err.Error(), "namespace 'ns1' in namespace 'other'") {
		t.Errorf("CreateWithEventNamespace error = %v, want a namespace mismatch", err)
	}
	if _, err := events.Search(scheme.Scheme, &corev1.ObjectReference{Name: "p1", Namespace: "ns1"}); err == nil {
		t.Error("Search across namespaces: want an error")
	}
	if len(srv.requests) != 0 {
		t.Errorf("the server saw %d requests, want none", len(srv.requests))
	}
}

func TestGetFieldSelector(t *testing.T) {
	name, kind := "p1", "Pod"
	events := kubernetes.New(nil).CoreV1().Events("ns1")
	if got, want := events.GetFieldSelector(&name, nil, &kind, nil).String(), "involvedObject.kind=Pod,involvedObject.name=p1"; got != want {
		t.Errorf("GetFieldSelector = %q, want %q", got, want)
	}
	if got := events.GetFieldSelector(nil, nil, nil, nil).String(); got != "" {
		t.Errorf("GetFieldSelector of nothing = %q, want empty", got)
	}
}
