package gentype_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/gentype"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// widget stands for a custom resource type outside skiff's api/ tree.
type widget struct {
	corev1.ConfigMap
}

// DeepCopyObject copies the widget.
func (w *widget) DeepCopyObject() runtime.Object { return &widget{ConfigMap: *w.ConfigMap.DeepCopy()} }

// TestProtobufPreference checks the Accept header typed clients send:
// clients given PrefersProtobuf (the generated clients of built-in kinds)
// prefer protobuf, others JSON whatever their kind, and a Config
// ContentType wins.
func TestProtobufPreference(t *testing.T) {
	const pbFirst = "application/vnd.kubernetes.protobuf,application/json"
	tests := []struct {
		name        string
		contentType string
		get         func(rest.Interface) error
		want        string
	}{
		{name: "built-in kind with PrefersProtobuf", get: func(c rest.Interface) error {
			_, err := newConfigMaps(c, "ns", gentype.PrefersProtobuf[*corev1.ConfigMap]()).Get(context.Background(), "a", metav1.GetOptions{})
			return err
		}, want: pbFirst},
		{name: "built-in kind without PrefersProtobuf", get: func(c rest.Interface) error {
			_, err := newConfigMaps(c, "ns").Get(context.Background(), "a", metav1.GetOptions{})
			return err
		}, want: "application/json, */*"},
		{name: "built-in kind with PrefersProtobuf, Config forces JSON", contentType: "application/json", get: func(c rest.Interface) error {
			_, err := newConfigMaps(c, "ns", gentype.PrefersProtobuf[*corev1.ConfigMap]()).Get(context.Background(), "a", metav1.GetOptions{})
			return err
		}, want: "application/json, */*"},
		{name: "custom kind", get: func(c rest.Interface) error {
			_, err := newWidgets(c).Get(context.Background(), "a", metav1.GetOptions{})
			return err
		}, want: "application/json, */*"},
		{name: "custom kind with PrefersProtobuf", get: func(c rest.Interface) error {
			_, err := newWidgets(c, gentype.PrefersProtobuf[*widget]()).Get(context.Background(), "a", metav1.GetOptions{})
			return err
		}, want: pbFirst},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var accept string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				accept = r.Header.Get("Accept")
				mu.Unlock()
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(`{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"a"}}`))
			}))
			t.Cleanup(srv.Close)
			core := gentype.GroupConfig{GroupVersion: corev1.SchemeGroupVersion, APIPath: "/api", NegotiatedSerializer: scheme.Codecs.WithoutConversion()}
			cfg := &rest.Config{Host: srv.URL, ContentConfig: rest.ContentConfig{ContentType: tt.contentType}}
			client, err := gentype.NewGroupForConfig(cfg, core, func(c rest.Interface) rest.Interface { return c })
			require.NoError(t, err)
			require.NoError(t, tt.get(client))
			mu.Lock()
			defer mu.Unlock()
			assert.Equal(t, tt.want, accept)
		})
	}
}

// newWidgets is a typed client of widgets.
func newWidgets(client rest.Interface, options ...gentype.Option[*widget]) *gentype.Client[*widget] {
	return gentype.NewClient("configmaps", client, scheme.ParameterCodec, "ns", func() *widget { return &widget{} }, options...)
}
