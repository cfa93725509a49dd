package rest

import (
	"context"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRealConnectionResetRetriedForGetOnly has a server reset the TCP
// connection of the first request (SO_LINGER 0, so the client reads
// ECONNRESET or EOF) and answer the second: GET is retried and succeeds,
// POST, PUT and DELETE are not retried and fail.
func TestRealConnectionResetRetriedForGetOnly(t *testing.T) {
	tests := []struct {
		verb         string
		wantAttempts int64
		wantErr      bool
	}{
		{"GET", 2, false},
		{"POST", 1, true},
		{"PUT", 1, true},
		{"DELETE", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.verb, func(t *testing.T) {
			var attempts atomic.Int64
			_, srv := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if attempts.Add(1) == 1 {
					conn, _, err := w.(http.Hijacker).Hijack()
					if err != nil {
						t.Errorf("hijack: %v", err)
						return
					}
					if tcp, ok := conn.(*net.TCPConn); ok {
						_ = tcp.SetLinger(0)
					}
					_ = conn.Close()
					return
				}
				w.Header().Set("Content-Type", jsonCT)
				_, _ = w.Write([]byte(`{}`))
			}))
			cfg := testConfig(t, srv.URL)
			c, err := RESTClientFor(cfg)
			require.NoError(t, err)
			backoff := &recordingBackoff{}
			err = c.Verb(tt.verb).Namespace("ns").Resource("pods").Name("p").Body([]byte(`{}`)).
				BackOffWithContext(backoff).Do(context.Background()).Error()
			assert.Equal(t, tt.wantErr, err != nil, "err = %v", err)
			assert.Equal(t, tt.wantAttempts, attempts.Load(), "attempts")
			if !tt.wantErr {
				// The retry is the client's: it waits the artificial 1s
				// Retry-After of a retryable connection error.
				assert.Contains(t, backoff.sleeps, time.Second, "sleeps %v", backoff.sleeps)
			}
		})
	}
}
