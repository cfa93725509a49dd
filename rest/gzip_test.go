package rest

import (
	"compress/gzip"
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
)

// TestCompression checks that responses are requested gzip-compressed
// and decoded transparently, unless DisableCompression is set.
func TestCompression(t *testing.T) {
	p := newTestPKI(t) // a TLS config gives the client its own transport
	for _, disable := range []bool{false, true} {
		t.Run(map[bool]string{false: "default gzip", true: "disabled"}[disable], func(t *testing.T) {
			var seen atomic.Value
			_, srv := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				acceptEncoding := r.Header.Get("Accept-Encoding")
				seen.Store(acceptEncoding)
				w.Header().Set("Content-Type", jsonCT)
				body := `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"` + strings.Repeat("p", 50) + `"}}`
				if strings.Contains(acceptEncoding, "gzip") {
					w.Header().Set("Content-Encoding", "gzip")
					gz := gzip.NewWriter(w)
					_, _ = gz.Write([]byte(body))
					_ = gz.Close()
					return
				}
				_, _ = w.Write([]byte(body))
			}))
			cfg := testConfig(t, srv.URL)
			cfg.DisableCompression = disable
			cfg.TLSClientConfig.CAData = p.caPEM // unused over http, but makes the transport non-default
			c, err := RESTClientFor(cfg)
			require.NoError(t, err)
			pod := &corev1.Pod{}
			require.NoError(t, c.Get().Namespace("ns").Resource("pods").Name("p").Do(context.Background()).Into(pod))
			assert.Equal(t, strings.Repeat("p", 50), pod.Name)
			acceptEncoding, _ := seen.Load().(string)
			assert.Equal(t, !disable, strings.Contains(acceptEncoding, "gzip"), "Accept-Encoding = %q", acceptEncoding)
		})
	}
}
