package apiserver

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/skiff-k8s/skiff/rest"
)

// InProcessHost is the Host of an in-process rest.Config.
const InProcessHost = "http://apiserver.in-process"

// RoundTripper returns an http.RoundTripper that serves requests with the
// server directly, without sockets; streaming responses (watches) stream.
func (s *Server) RoundTripper() http.RoundTripper {
	return roundTripper{s: s}
}

// RESTConfig returns a rest.Config whose Transport talks to the server in
// process.
func (s *Server) RESTConfig() *rest.Config {
	return &rest.Config{Host: InProcessHost, Transport: s.RoundTripper()}
}

// roundTripper runs the handler in a goroutine per request.
type roundTripper struct {
	s *Server
}

// RoundTrip serves req and returns once the handler wrote its header.
func (rt roundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithCancel(req.Context())
	hreq := req.WithContext(ctx)
	pr, pw := io.Pipe()
	rw := &pipeWriter{header: http.Header{}, pw: pw, ready: make(chan struct{})}
	go func() {
		defer func() {
			if v := recover(); v != nil {
				rw.writeHeaderOnce(http.StatusOK)
				_ = pw.CloseWithError(io.ErrUnexpectedEOF)
				return
			}
			rw.writeHeaderOnce(http.StatusOK)
			_ = pw.Close()
		}()
		rt.s.ServeHTTP(rw, hreq)
	}()
	select {
	case <-rw.ready:
	case <-req.Context().Done():
		cancel()
		_ = pr.CloseWithError(req.Context().Err())
		return nil, req.Context().Err()
	}
	resp := &http.Response{
		Status: strconv.Itoa(rw.code) + " " + http.StatusText(rw.code), StatusCode: rw.code,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: rw.snapshot, Body: &cancelBody{r: pr, ctxDone: req.Context().Done(), cancel: cancel}, Request: req, ContentLength: -1,
	}
	return resp, nil
}

// pipeWriter is an http.ResponseWriter writing into a pipe.
type pipeWriter struct {
	header   http.Header
	snapshot http.Header
	pw       *io.PipeWriter
	once     sync.Once
	ready    chan struct{}
	code     int
}

// Header returns the response header.
func (w *pipeWriter) Header() http.Header { return w.header }

// WriteHeader records the status and releases the RoundTrip.
func (w *pipeWriter) WriteHeader(code int) { w.writeHeaderOnce(code) }

// writeHeaderOnce publishes the status and header the first time.
func (w *pipeWriter) writeHeaderOnce(code int) {
	w.once.Do(func() {
		w.code = code
		w.snapshot = w.header.Clone()
		close(w.ready)
	})
}

// Write writes body bytes; it fails once the client closed the body.
func (w *pipeWriter) Write(p []byte) (int, error) {
	w.writeHeaderOnce(http.StatusOK)
	return w.pw.Write(p)
}

// Flush is a no-op: every write reaches the reader at once.
func (w *pipeWriter) Flush() {}

// cancelBody is the response body; closing it ends the handler's writes.
type cancelBody struct {
	r       *io.PipeReader
	ctxDone <-chan struct{}
	cancel  context.CancelFunc
}

// Read reads the body, failing once the request context ends.
func (b *cancelBody) Read(p []byte) (int, error) {
	select {
	case <-b.ctxDone:
		_ = b.r.CloseWithError(errors.New("context canceled"))
		return 0, errors.New("context canceled")
	default:
	}
	return b.r.Read(p)
}

// Close closes the body.
func (b *cancelBody) Close() error {
	b.cancel()
	return b.r.CloseWithError(errors.New("response body closed"))
}
