package gentype_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	autoscalingv1 "github.com/skiff-k8s/skiff/api/autoscaling/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/gentype"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	"github.com/skiff-k8s/skiff/rest"
)

// seen is one request the test server saw.
type seen struct{ method, path, query, contentType, body string }

// serve starts a server answering body to every request and returns the
// core/v1 REST client for it and the requests it saw.
func serve(t *testing.T, body string) (rest.Interface, *[]seen) {
	t.Helper()
	var reqs []seen
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		reqs = append(reqs, seen{r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Get("Content-Type"), string(data)})
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	core := gentype.GroupConfig{GroupVersion: corev1.SchemeGroupVersion, APIPath: "/api", NegotiatedSerializer: scheme.Codecs.WithoutConversion()}
	client, err := gentype.NewGroupForConfig(&rest.Config{Host: srv.URL}, core, func(c rest.Interface) rest.Interface { return c })
	if err != nil {
		t.Fatalf("NewGroupForConfig: %v", err)
	}
	return client, &reqs
}

// configMapApply is a minimal apply configuration.
type configMapApply struct {
	Kind       *string           `json:"kind,omitempty"`
	APIVersion *string           `json:"apiVersion,omitempty"`
	Name       *string           `json:"-"`
	Data       map[string]string `json:"data,omitempty"`
}

func (c *configMapApply) GetName() *string { return c.Name }

func strp(s string) *string { return &s }

func newConfigMaps(client rest.Interface, namespace string, options ...gentype.Option[*corev1.ConfigMap]) *gentype.ClientWithListAndApply[*corev1.ConfigMap, *corev1.ConfigMapList, *configMapApply] {
	return gentype.NewClientWithListAndApply[*corev1.ConfigMap, *corev1.ConfigMapList, *configMapApply](
		"configmaps", client, scheme.ParameterCodec, namespace,
		func() *corev1.ConfigMap { return &corev1.ConfigMap{} },
		func() *corev1.ConfigMapList { return &corev1.ConfigMapList{} }, options...)
}

func TestApply(t *testing.T) {
	tests := []struct {
		name  string
		apply func(c *gentype.ClientWithListAndApply[*corev1.ConfigMap, *corev1.ConfigMapList, *configMapApply]) (*corev1.ConfigMap, error)
		path  string
	}{
		{"apply", func(c *gentype.ClientWithListAndApply[*corev1.ConfigMap, *corev1.ConfigMapList, *configMapApply]) (*corev1.ConfigMap, error) {
			return c.Apply(context.Background(), &configMapApply{Name: strp("cm"), Data: map[string]string{"a": "b"}}, metav1.ApplyOptions{FieldManager: "me", Force: true})
		}, "/api/v1/namespaces/ns/configmaps/cm"},
		{"apply status", func(c *gentype.ClientWithListAndApply[*corev1.ConfigMap, *corev1.ConfigMapList, *configMapApply]) (*corev1.ConfigMap, error) {
			return c.ApplyStatus(context.Background(), &configMapApply{Name: strp("cm"), Data: map[string]string{"a": "b"}}, metav1.ApplyOptions{FieldManager: "me", Force: true})
		}, "/api/v1/namespaces/ns/configmaps/cm/status"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			client, reqs := serve(t, `{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"cm"},"data":{"a":"b"}}`)
			got, err := tc.apply(newConfigMaps(client, "ns"))
			if err != nil {
				t.Fatalf("apply: %v", err)
			}
			if got.Name != "cm" || got.Data["a"] != "b" {
				t.Errorf("result = %+v", got)
			}
			want := seen{"PATCH", tc.path, "fieldManager=me&force=true", "application/apply-patch+yaml", `{"data":{"a":"b"}}`}
			if len(*reqs) != 1 || (*reqs)[0] != want {
				t.Errorf("requests = %+v, want %+v", *reqs, want)
			}
		})
	}
}

func TestApplyRejectsBadConfigurations(t *testing.T) {
	client, reqs := serve(t, `{}`)
	c := newConfigMaps(client, "ns")
	if _, err := c.Apply(context.Background(), nil, metav1.ApplyOptions{}); err == nil {
		t.Error("Apply(nil): want an error")
	}
	if _, err := c.Apply(context.Background(), &configMapApply{}, metav1.ApplyOptions{}); err == nil || !strings.Contains(err.Error(), "no name") {
		t.Errorf("Apply without a name: error = %v, want one saying so", err)
	}
	if len(*reqs) != 0 {
		t.Errorf("the server saw %d requests, want none", len(*reqs))
	}
}

func TestClientAccessorsAndOptions(t *testing.T) {
	client, reqs := serve(t, `{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"cm"}}`)
	c := gentype.NewClient("configmaps", client, scheme.ParameterCodec, "", func() *corev1.ConfigMap { return &corev1.ConfigMap{} },
		gentype.PrefersProtobuf[*corev1.ConfigMap]())
	if c.GetClient() != client || c.GetNamespace() != "" {
		t.Errorf("GetClient/GetNamespace = %v/%q, want the client and \"\"", c.GetClient(), c.GetNamespace())
	}
	if _, err := c.Get(context.Background(), "cm", metav1.GetOptions{}); err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got := (*reqs)[0].path; got != "/api/v1/configmaps/cm" {
		t.Errorf("cluster-wide Get path = %q", got)
	}
	l := gentype.NewClientWithList("configmaps", client, scheme.ParameterCodec, "ns", func() *corev1.ConfigMap { return &corev1.ConfigMap{} },
		func() *corev1.ConfigMapList { return &corev1.ConfigMapList{} })
	if l.GetNamespace() != "ns" {
		t.Errorf("GetNamespace = %q, want ns", l.GetNamespace())
	}
	a := gentype.NewClientWithApply[*corev1.ConfigMap, *configMapApply]("configmaps", client, scheme.ParameterCodec, "ns", func() *corev1.ConfigMap { return &corev1.ConfigMap{} })
	if _, err := a.Apply(context.Background(), &configMapApply{Name: strp("cm")}, metav1.ApplyOptions{FieldManager: "m"}); err != nil {
		t.Fatalf("ClientWithApply.Apply: %v", err)
	}
}

func TestPointerSlices(t *testing.T) {
	src := []int{1, 2, 3}
	ptrs := gentype.ToPointerSlice(src)
	if len(ptrs) != 3 || ptrs[1] != &src[1] {
		t.Fatalf("ToPointerSlice = %v, want pointers into src", ptrs)
	}
	back := gentype.FromPointerSlice(append(ptrs, nil))
	if want := []int{1, 2, 3, 0}; len(back) != 4 || back[0] != 1 || back[2] != 3 || back[3] != 0 {
		t.Errorf("FromPointerSlice = %v, want %v", back, want)
	}
	if gentype.ToPointerSlice[int](nil) != nil || gentype.FromPointerSlice[int](nil) != nil {
		t.Error("nil slices must stay nil")
	}
}

func TestGroupConfig(t *testing.T) {
	var got rest.Interface
	newClient := func(c rest.Interface) rest.Interface { got = c; return c }
	g := gentype.GroupConfig{GroupVersion: schema.GroupVersion{Group: "apps", Version: "v1"}, APIPath: "/apis", NegotiatedSerializer: scheme.Codecs.WithoutConversion()}
	if _, err := gentype.NewGroupForConfig(nil, g, newClient); err == nil {
		t.Error("NewGroupForConfig(nil): want an error")
	}
	if _, err := gentype.NewGroupForConfigAndClient(nil, nil, g, newClient); err == nil {
		t.Error("NewGroupForConfigAndClient(nil): want an error")
	}
	config := &rest.Config{Host: "http://127.0.0.1:1"}
	c, err := gentype.NewGroupForConfig(config, g, newClient)
	if err != nil {
		t.Fatalf("NewGroupForConfig: %v", err)
	}
	if c != got || c.APIVersion() != g.GroupVersion {
		t.Errorf("client APIVersion = %v, want %v", c.APIVersion(), g.GroupVersion)
	}
	if config.GroupVersion != nil || config.APIPath != "" || config.UserAgent != "" {
		t.Error("NewGroupForConfig changed the caller's config")
	}
	if u := c.Get().Resource("deployments").URL().Path; u != "/apis/apps/v1/deployments" {
		t.Errorf("URL path = %q, want /apis/apps/v1/deployments", u)
	}
}

func TestMust(t *testing.T) {
	if got := gentype.Must(7, nil); got != 7 {
		t.Errorf("Must = %d, want 7", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("Must did not panic on an error")
		}
	}()
	gentype.Must(0, io.EOF)
}

func TestApplySubresource(t *testing.T) {
	client, reqs := serve(t, `{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"d"},"spec":{"replicas":4}}`)
	c := gentype.NewClient("replicationcontrollers", client, scheme.ParameterCodec, "ns", func() *corev1.ReplicationController { return &corev1.ReplicationController{} })
	got, err := gentype.ApplySubresource(context.Background(), c, "d", "scale", map[string]any{"spec": map[string]any{"replicas": 4}},
		metav1.ApplyOptions{FieldManager: "m"}, &autoscalingv1.Scale{})
	if err != nil || got.Spec.Replicas != 4 {
		t.Fatalf("ApplySubresource = %+v, %v", got, err)
	}
	want := seen{"PATCH", "/api/v1/namespaces/ns/replicationcontrollers/d/scale", "fieldManager=m&force=false", "application/apply-patch+yaml", `{"spec":{"replicas":4}}`}
	if (*reqs)[0] != want {
		t.Errorf("request = %+v, want %+v", (*reqs)[0], want)
	}
	var nilConfig *struct{}
	if _, err := gentype.ApplySubresource(context.Background(), c, "d", "scale", nilConfig, metav1.ApplyOptions{}, &autoscalingv1.Scale{}); err == nil {
		t.Error("ApplySubresource(nil): want an error")
	}
}
