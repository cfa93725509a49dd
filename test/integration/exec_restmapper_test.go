//go:build integration

package integration

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/cached/memory"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/restmapper"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writePlugin writes an exec credential plugin: a shell script printing
// an ExecCredential whose status is statusJSON.
func writePlugin(t *testing.T, statusJSON string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "credential-plugin")
	script := fmt.Sprintf("#!/bin/sh\ncat <<'EOF'\n"+
		`{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":%s}`+"\nEOF\n", statusJSON)
	require.NoError(t, os.WriteFile(path, []byte(script), 0o755), "writing the plugin")
	return path
}

// TestExecCredentialPlugin authenticates through an exec plugin that
// returns the admin token, then one that returns the admin client
// certificate, and one that returns a bad token (401).
func TestExecCredentialPlugin(t *testing.T) {
	e := newEnv(t)
	token := contextConfig(t, "admin-token").BearerToken
	require.NotEmpty(t, token, "admin-token context has a token")
	admin := adminConfig(t)
	certPEM, err := os.ReadFile(admin.CertFile)
	require.NoError(t, err)
	keyPEM, err := os.ReadFile(admin.KeyFile)
	require.NoError(t, err)
	quote := func(b []byte) string { return fmt.Sprintf("%q", string(b)) }
	tests := []struct {
		name   string
		status string
		ok     bool
	}{
		{"token", fmt.Sprintf(`{"token":%q}`, token), true},
		{"client certificate", fmt.Sprintf(`{"clientCertificateData":%s,"clientKeyData":%s}`, quote(certPEM), quote(keyPEM)), true},
		{"bad token", `{"token":"wrong"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := rest.AnonymousClientConfig(admin)
			cfg.QPS = -1
			cfg.ExecProvider = &clientcmdapi.ExecConfig{
				Command:         writePlugin(t, tt.status),
				APIVersion:      "client.authentication.k8s.io/v1",
				InteractiveMode: clientcmdapi.NeverExecInteractiveMode,
			}
			c := clientFor(t, e.ts, cfg, corev1.SchemeGroupVersion)
			err := c.Get().Namespace(e.ns).Resource("configmaps").Do(e.ctx).Into(&corev1.ConfigMapList{})
			if tt.ok {
				assert.NoError(t, err)
			} else {
				assert.True(t, apierrors.IsUnauthorized(err), "bad token from the plugin: want IsUnauthorized, got %v", err)
			}
		})
	}
}

// TestRESTMapper resolves kinds, plurals, singulars and short names,
// including the Widget CRD's, through discovery of the real server.
func TestRESTMapper(t *testing.T) {
	e := newEnv(t)
	cfg := adminConfig(t)
	dc, err := dynamic.NewForConfig(cfg)
	require.NoError(t, err)
	ensureWidgetCRD(t, e.ctx, dc)
	disc, err := discovery.NewDiscoveryClientForConfig(cfg)
	require.NoError(t, err)
	cached := memory.NewMemCacheClient(disc)
	mapper := restmapper.NewShortcutExpander(restmapper.NewDeferredDiscoveryRESTMapper(cached), cached, nil)

	resources := []struct {
		in   schema.GroupVersionResource
		want schema.GroupVersionResource
	}{
		{schema.GroupVersionResource{Resource: "pods"}, schema.GroupVersionResource{Version: "v1", Resource: "pods"}},
		{schema.GroupVersionResource{Resource: "pod"}, schema.GroupVersionResource{Version: "v1", Resource: "pods"}},
		{schema.GroupVersionResource{Resource: "po"}, schema.GroupVersionResource{Version: "v1", Resource: "pods"}},
		{schema.GroupVersionResource{Resource: "deploy"}, schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}},
		{schema.GroupVersionResource{Resource: "wd"}, widgetGVR},
		{schema.GroupVersionResource{Resource: "widget"}, widgetGVR},
	}
	for _, tt := range resources {
		t.Run("ResourceFor "+tt.in.Resource, func(t *testing.T) {
			got, err := mapper.ResourceFor(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	kinds := []struct {
		gk        schema.GroupKind
		resource  string
		namespace bool
	}{
		{schema.GroupKind{Kind: "Pod"}, "pods", true},
		{schema.GroupKind{Kind: "Namespace"}, "namespaces", false},
		{schema.GroupKind{Group: "apps", Kind: "Deployment"}, "deployments", true},
		{schema.GroupKind{Group: "skiff.test", Kind: "Widget"}, "widgets", true},
	}
	for _, tt := range kinds {
		t.Run("RESTMapping "+tt.gk.String(), func(t *testing.T) {
			m, err := mapper.RESTMapping(tt.gk)
			require.NoError(t, err)
			assert.Equal(t, tt.resource, m.Resource.Resource)
			assert.Equal(t, tt.namespace, m.Scope.Name() == meta.RESTScopeNameNamespace, "scope %s", m.Scope.Name())
		})
	}
	_, err = mapper.RESTMapping(schema.GroupKind{Kind: "NoSuchKind"})
	assert.Error(t, err, "unknown kind")
}
