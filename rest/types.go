package rest

import (
	"context"
	"fmt"
	"io"
	"net/http"
)

// HTTPClient is what sends a request: *http.Client satisfies it.
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// ResponseWrapper is a request whose response is read raw or as a stream,
// such as a pod's logs or a proxied call.
type ResponseWrapper interface {
	DoRaw(context.Context) ([]byte, error)
	Stream(context.Context) (io.ReadCloser, error)
}

// RequestConstructionError says that a request could not be built.
type RequestConstructionError struct {
	// Err is the cause.
	Err error
}

// Error says that the request could not be built and why.
func (r *RequestConstructionError) Error() string {
	return fmt.Sprintf("request construction error: '%v'", r.Err)
}

// Unwrap returns the cause.
func (r *RequestConstructionError) Unwrap() error { return r.Err }
