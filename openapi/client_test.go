package openapi

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
	"github.com/skiff-k8s/skiff/rest"
)

// newRESTClient returns an unversioned REST client for host.
func newRESTClient(t *testing.T, host string) rest.Interface {
	t.Helper()
	scheme := runtime.NewScheme()
	metav1.AddToGroupVersion(scheme, metav1.SchemeGroupVersion)
	client, err := rest.UnversionedRESTClientFor(&rest.Config{
		Host:          host,
		ContentConfig: rest.ContentConfig{NegotiatedSerializer: serializer.NewCodecFactory(scheme).WithoutConversion()},
	})
	require.NoError(t, err)
	return client
}

func TestClient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/openapi/v3":
			_, _ = w.Write([]byte(`{"paths":{"api/v1":{"serverRelativeURL":"/openapi/v3/api/v1?hash=H1"},"apis/apps/v1":{"serverRelativeURL":"/openapi/v3/apis/apps/v1?hash=H2"}}}`))
		case "/openapi/v3/api/v1":
			// Servers answer with a dot where the Accept header has "@".
			w.Header().Set("Content-Type", "application/com.github.proto-openapi.spec.v3.v1.0+protobuf")
			_, _ = w.Write([]byte("doc " + r.URL.Query().Get("hash") + " as " + r.Header.Get("Accept")))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	client := NewClient(newRESTClient(t, srv.URL))
	paths, err := client.Paths()
	require.NoError(t, err)
	require.Equal(t, 2, len(paths))
	assert.Equal(t, "/openapi/v3/apis/apps/v1?hash=H2", paths["apis/apps/v1"].ServerRelativeURL())
	doc, err := paths["api/v1"].Schema(ContentTypeOpenAPIV3PB)
	require.NoError(t, err)
	assert.Equal(t, "doc H1 as "+ContentTypeOpenAPIV3PB, string(doc))
	_, err = paths["apis/apps/v1"].Schema("application/json")
	require.Error(t, err, "a missing document is an error")
}

func TestClientErrors(t *testing.T) {
	tests := []struct {
		name string
		body string
		code int
	}{
		{"not found", "", http.StatusNotFound},
		{"bad json", "{", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.code)
				_, _ = w.Write([]byte(tt.body))
			}))
			defer srv.Close()
			_, err := NewClient(newRESTClient(t, srv.URL)).Paths()
			require.Error(t, err)
		})
	}
	_, err := NewClient(nil).Paths()
	require.Error(t, err)
}
