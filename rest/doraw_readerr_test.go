package rest

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"testing/iotest"
)

// TestDoRawBodyReadError checks that a failure to read the body is
// reported, wrapped, whatever the status code, as Do reports it.
func TestDoRawBodyReadError(t *testing.T) {
	cut := errors.New("connection cut")
	for _, code := range []int{http.StatusOK, http.StatusNotFound, http.StatusInternalServerError} {
		t.Run(http.StatusText(code), func(t *testing.T) {
			rt := roundTripFunc(func(req *http.Request) (*http.Response, error) {
				body := io.MultiReader(strings.NewReader("partial"), iotest.ErrReader(cut))
				return &http.Response{StatusCode: code, Header: http.Header{}, Body: io.NopCloser(body), Request: req}, nil
			})
			c := clientWithTransport(t, rt)
			_, err := c.Get().AbsPath("/healthz").DoRaw(context.Background())
			if !errors.Is(err, cut) {
				t.Errorf("DoRaw error = %v, want one wrapping %v", err, cut)
			}
			doErr := c.Get().AbsPath("/healthz").Do(context.Background()).Error()
			if !errors.Is(doErr, cut) {
				t.Errorf("Do error = %v, want one wrapping %v", doErr, cut)
			}
		})
	}
}
