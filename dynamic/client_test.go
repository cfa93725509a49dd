package dynamic_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/rest"
)

func TestConfigFor(t *testing.T) {
	gv := schema.GroupVersion{Group: "apps", Version: "v1"}
	in := &rest.Config{Host: "https://example.com", UserAgent: "", ContentConfig: rest.ContentConfig{ContentType: "application/yaml", GroupVersion: &gv}}
	got := dynamic.ConfigFor(in)
	assert.Equal(t, "application/json", got.ContentType)
	assert.Equal(t, "application/json", got.AcceptContentTypes)
	assert.NotNil(t, got.NegotiatedSerializer)
	assert.Equal(t, rest.DefaultKubernetesUserAgent(), got.UserAgent)
	assert.Equal(t, "https://example.com", got.Host)
	assert.Equal(t, "application/yaml", in.ContentType, "the input config must not change")
	assert.Empty(t, in.UserAgent, "the input config must not change")

	in.UserAgent = "mine"
	assert.Equal(t, "mine", dynamic.ConfigFor(in).UserAgent)
}

func TestConstructors(t *testing.T) {
	const body = `{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"sa"}}`
	rec := newRecorder(t, fixed(http.StatusOK, body))
	gv := schema.GroupVersion{Group: "apps", Version: "v1"}
	config := &rest.Config{Host: rec.server.URL, QPS: -1, APIPath: "/apis", ContentConfig: rest.ContentConfig{GroupVersion: &gv}}
	restClient, err := rest.UnversionedRESTClientFor(dynamic.ConfigFor(config))
	require.NoError(t, err)
	forConfigAndClient, err := dynamic.NewForConfigAndClient(config, &http.Client{})
	require.NoError(t, err)
	clients := map[string]dynamic.Interface{
		"New":                   dynamic.New(restClient),
		"NewForConfigAndClient": forConfigAndClient,
		"NewForConfigOrDie":     dynamic.NewForConfigOrDie(config),
	}
	for name, client := range clients {
		t.Run(name, func(t *testing.T) {
			got, err := client.Resource(serviceAccounts).Namespace("ns").Get(context.Background(), "sa", metav1.GetOptions{})
			require.NoError(t, err)
			assert.Equal(t, "sa", got.GetName())
			req := rec.last(t)
			assert.Equal(t, "/api/v1/namespaces/ns/serviceaccounts/sa", req.Path, "the config's API path and group version must not matter")
			assert.Equal(t, "application/json", req.Accept)
		})
	}
}

func TestConstructorErrors(t *testing.T) {
	bad := &rest.Config{Host: "https://example.com", TLSClientConfig: rest.TLSClientConfig{CAFile: "/does/not/exist/ca.crt"}}
	_, err := dynamic.NewForConfig(bad)
	assert.Error(t, err, "NewForConfig with an unreadable CA file")
	_, err = dynamic.NewForConfig(nil)
	assert.Error(t, err, "NewForConfig(nil)")
	_, err = dynamic.NewForConfigAndClient(nil, nil)
	assert.Error(t, err, "NewForConfigAndClient(nil)")
	assert.Panics(t, func() { dynamic.NewForConfigOrDie(bad) })
}

func TestLegacyAPIPathResolverFunc(t *testing.T) {
	tests := []struct {
		gvk  schema.GroupVersionKind
		want string
	}{
		{schema.GroupVersionKind{Version: "v1", Kind: "Pod"}, "/api"},
		{schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}, "/apis"},
	}
	var resolver dynamic.APIPathResolverFunc = dynamic.LegacyAPIPathResolverFunc
	for _, tt := range tests {
		if got := resolver(tt.gvk); got != tt.want {
			t.Errorf("LegacyAPIPathResolverFunc(%v) = %q, want %q", tt.gvk, got, tt.want)
		}
	}
}
