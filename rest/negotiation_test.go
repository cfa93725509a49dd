package rest

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContentNegotiationHeaders checks the Accept and Content-Type headers
// a request sends for each combination of Config content settings and
// protobuf preference (behaviour §2.6.12).
func TestContentNegotiationHeaders(t *testing.T) {
	const (
		pb      = "application/vnd.kubernetes.protobuf"
		pbFirst = "application/vnd.kubernetes.protobuf,application/json"
	)
	tests := []struct {
		name            string
		contentType     string
		accept          string
		prefer          bool
		wantAccept      string
		wantContentType string
	}{
		{name: "defaulted, no preference (dynamic-like)", wantAccept: "application/json, */*", wantContentType: "application/json"},
		{name: "defaulted, prefers protobuf (built-in typed)", prefer: true, wantAccept: pbFirst, wantContentType: pb},
		{name: "ContentType json forces JSON", contentType: "application/json", prefer: true,
			wantAccept: "application/json, */*", wantContentType: "application/json"},
		{name: "AcceptContentTypes set by the user wins", accept: "application/json", prefer: true,
			wantAccept: "application/json", wantContentType: "application/json"},
		{name: "ContentType protobuf set by the user", contentType: pb,
			wantAccept: pb + ", */*", wantContentType: pb},
		{name: "both set by the user", contentType: pb, accept: pbFirst, prefer: true,
			wantAccept: pbFirst, wantContentType: pb},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *http.Request
			c := clientWithContent(t, tt.contentType, tt.accept, func(req *http.Request) { got = req })
			cm := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "a"}, Data: map[string]string{"k": "v"}}
			err := c.Post().UseProtobufAsDefaultIfPreferred(tt.prefer).Namespace("ns").Resource("configmaps").
				Body(cm).Do(context.Background()).Error()
			require.NoError(t, err)
			require.NotNil(t, got, "no request reached the transport")
			assert.Equal(t, tt.wantAccept, got.Header.Get("Accept"), "Accept")
			assert.Equal(t, tt.wantContentType, got.Header.Get("Content-Type"), "Content-Type")
		})
	}
}

// TestUseProtobufAsDefaultWithoutPreference checks that
// UseProtobufAsDefaultIfPreferred(false) changes nothing and
// UseProtobufAsDefault is idempotent.
func TestUseProtobufAsDefaultWithoutPreference(t *testing.T) {
	c := clientWithContent(t, "", "", nil)
	r := c.Get().UseProtobufAsDefaultIfPreferred(false)
	assert.Equal(t, "application/json, */*", r.headers.Get("Accept"))
	r = c.Get().UseProtobufAsDefault().UseProtobufAsDefault()
	assert.Equal(t, "application/vnd.kubernetes.protobuf,application/json", r.headers.Get("Accept"))
	assert.Equal(t, "application/vnd.kubernetes.protobuf", r.content.ContentType)
	// The client's own config is untouched: the next request is JSON again.
	assert.Equal(t, "application/json, */*", c.Get().headers.Get("Accept"))
}

// clientWithContent returns a core/v1 client with the given content
// settings whose transport calls seen and answers an empty JSON object.
func clientWithContent(t *testing.T, contentType, accept string, seen func(*http.Request)) *RESTClient {
	t.Helper()
	cfg := testConfig(t, "http://example.test")
	cfg.ContentType = contentType
	cfg.AcceptContentTypes = accept
	rt := roundTripFunc(func(req *http.Request) (*http.Response, error) {
		if seen != nil {
			seen(req)
		}
		return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}},
			Body: io.NopCloser(strings.NewReader(`{}`)), Request: req}, nil
	})
	c, err := RESTClientForConfigAndClient(cfg, &http.Client{Transport: rt})
	require.NoError(t, err)
	return c
}
