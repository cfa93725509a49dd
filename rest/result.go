package rest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
	"github.com/skiff-k8s/skiff/tools/metrics"
)

// maxUnstructuredResponseTextBytes bounds how much of a text error body
// goes into an error message.
const maxUnstructuredResponseTextBytes = 2048

// Result is the outcome of Do: the response body, its status code and
// content type, the decoder for it, the warnings it carried and the error,
// if any.
type Result struct {
	body        []byte
	warnings    []utilnet.WarningHeader
	contentType string
	err         error
	statusCode  int

	decoder runtime.Decoder
}

// Raw returns the response body and the error.
func (r Result) Raw() ([]byte, error) {
	return r.body, r.err
}

// Get decodes the body into a new object. A Status body reporting a
// failure is returned as a *errors.StatusError.
func (r Result) Get() (runtime.Object, error) {
	if r.err != nil {
		return nil, r.Error()
	}
	if r.decoder == nil {
		return nil, fmt.Errorf("serializer for %s doesn't exist", r.contentType)
	}
	obj, _, err := r.decoder.Decode(r.body, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("decoding %s response: %w", r.contentType, err)
	}
	if err := failureStatus(obj); err != nil {
		return nil, err
	}
	return obj, nil
}

// StatusCode stores the HTTP status code in *statusCode.
func (r Result) StatusCode(statusCode *int) Result {
	*statusCode = r.statusCode
	return r
}

// ContentType stores the response content type in *contentType.
func (r Result) ContentType(contentType *string) Result {
	*contentType = r.contentType
	return r
}

// Into decodes the body into obj. An empty body is an error, and so is a
// Status body reporting a failure (as a *errors.StatusError).
func (r Result) Into(obj runtime.Object) error {
	if r.err != nil {
		return r.Error()
	}
	if r.decoder == nil {
		return fmt.Errorf("serializer for %s doesn't exist", r.contentType)
	}
	if len(r.body) == 0 {
		return fmt.Errorf("0-length response with status code: %d and content type: %s", r.statusCode, r.contentType)
	}
	out, _, err := r.decoder.Decode(r.body, nil, obj)
	if err != nil {
		if status := decodeStatus(r.decoder, r.body); status != nil && status.Status == metav1.StatusFailure {
			return apierrors.FromObject(status)
		}
		return fmt.Errorf("decoding %s response into %T: %w", r.contentType, obj, err)
	}
	if out == obj {
		return nil
	}
	return failureStatus(out)
}

// failureStatus returns the error a decoded non-success Status stands for.
func failureStatus(obj runtime.Object) error {
	if status, ok := obj.(*metav1.Status); ok && status.Status != metav1.StatusSuccess {
		return apierrors.FromObject(status)
	}
	return nil
}

// WasCreated stores in *wasCreated whether the server answered 201.
func (r Result) WasCreated(wasCreated *bool) Result {
	*wasCreated = r.statusCode == http.StatusCreated
	return r
}

// Warnings returns the parsed Warning headers of the response.
func (r Result) Warnings() []utilnet.WarningHeader {
	return r.warnings
}

// Error returns the error of the request. For an error response whose body
// is a Status with status Failure, that Status (as a *errors.StatusError)
// replaces the error synthesised from the HTTP code.
func (r Result) Error() error {
	if r.err == nil || !apierrors.IsUnexpectedServerError(r.err) || len(r.body) == 0 {
		return r.err
	}
	status := decodeStatus(r.decoder, r.body)
	if status == nil || status.Status != metav1.StatusFailure {
		return r.err
	}
	return apierrors.FromObject(status)
}

// decodeStatus decodes body as a Status, defaulting its version to v1,
// with decoder or, failing that, as plain JSON of kind Status.
func decodeStatus(decoder runtime.Decoder, body []byte) *metav1.Status {
	if decoder != nil {
		out, _, err := decoder.Decode(body, &schema.GroupVersionKind{Version: "v1"}, nil)
		if status, ok := out.(*metav1.Status); err == nil && ok {
			return status
		}
	}
	var status metav1.Status
	if err := json.Unmarshal(body, &status); err != nil || status.Kind != "Status" {
		return nil
	}
	return &status
}

// maxPresizedBody caps the buffer allocated up front from a response's
// Content-Length, so a wrong header cannot make the client reserve more.
const maxPresizedBody = 32 << 20

// readBody reads r to the end. A known length up to maxPresizedBody sizes
// the buffer once instead of growing it step by step.
func readBody(r io.Reader, contentLength int64) ([]byte, error) {
	if contentLength <= 0 || contentLength > maxPresizedBody {
		return readUnsized(r)
	}
	buf := make([]byte, contentLength, contentLength+1)
	n, err := io.ReadFull(r, buf)
	if err != nil {
		return buf[:n], err
	}
	// Read on to EOF, so the connection can be reused, and keep anything
	// beyond the announced length.
	probe := buf[len(buf) : len(buf)+1]
	for i := 0; i < 100; i++ {
		m, err := r.Read(probe)
		if m > 0 {
			rest, err := io.ReadAll(r)
			return append(buf[:len(buf)+1], rest...), err
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, io.ErrNoProgress
}

// bodyChunkSize is the size of the pooled pieces an unsized body is read
// into before it is copied, once, into a buffer of its exact size.
const bodyChunkSize = 256 << 10

// bodyChunks recycles the pieces between responses, so that a large list
// sent without Content-Length (as the API server sends them) costs one
// allocation of its size instead of a buffer regrown and cleared step by
// step.
var bodyChunks = sync.Pool{New: func() any {
	b := make([]byte, bodyChunkSize)
	return &b
}}

// readUnsized reads r to the end when its length is not known. What was
// read before an error is returned with it.
func readUnsized(r io.Reader) ([]byte, error) {
	var chunks []*[]byte
	defer func() {
		for _, c := range chunks {
			bodyChunks.Put(c)
		}
	}()
	total := 0
	var err error
	for {
		c := bodyChunks.Get().(*[]byte)
		chunks = append(chunks, c)
		var n int
		n, err = io.ReadFull(r, *c)
		total += n
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			err = nil
			break
		}
		if err != nil {
			break
		}
	}
	out := make([]byte, total)
	off := 0
	for _, c := range chunks {
		off += copy(out[off:], *c)
	}
	return out, err
}

// transformResponse reads a response into a Result, picking the decoder
// from its content type and synthesising the error of a non-2xx status.
func (r *Request) transformResponse(ctx context.Context, resp *http.Response, req *http.Request) Result {
	var body []byte
	if resp.Body != nil {
		data, err := readBody(resp.Body, resp.ContentLength)
		if err != nil {
			return Result{err: readBodyError(err)}
		}
		body = data
	}
	metrics.ResponseSize.Observe(ctx, req.Method, req.URL.Host, float64(len(body)))
	warnings := handleWarnings(ctx, resp.Header, r.warningHandler)
	contentType := resp.Header.Get("Content-Type")
	if len(contentType) == 0 {
		contentType = r.content.ContentType
	}
	decoder, err := r.decoderFor(contentType)
	if err != nil {
		return Result{err: apierrors.NewInternalError(err), warnings: warnings}
	}
	result := Result{body: body, contentType: contentType, statusCode: resp.StatusCode, decoder: decoder, warnings: warnings}
	if resp.StatusCode == http.StatusSwitchingProtocols || (resp.StatusCode >= http.StatusOK && resp.StatusCode <= http.StatusPartialContent) {
		return result
	}
	if decoder == nil {
		return Result{err: r.transformUnstructuredResponseError(resp, req, body), warnings: warnings}
	}
	retryAfter, _ := retryAfterSeconds(resp)
	result.err = r.newUnstructuredResponseError(body, isTextResponse(resp), resp.StatusCode, req.Method, retryAfter)
	return result
}

// readBodyError says that reading a response body failed.
func readBodyError(err error) error {
	if isHTTP2StreamError(err) {
		return fmt.Errorf("stream error when reading response body, may be caused by closed connection. Please retry. Original error: %w", err)
	}
	return fmt.Errorf("unexpected error when reading response body. Please retry. Original error: %w", err)
}

// http2StreamError has the shape of an HTTP/2 stream error (RST_STREAM or a
// locally detected stream failure). The standard library's HTTP/2 client
// returns net/http's unexported bundled http2StreamError, whose As method
// fills any struct with the same field names and convertible field types;
// matching through this mirror keeps golang.org/x/net/http2 (and the
// x/text tables it pulls in) out of every binary.
type http2StreamError struct {
	StreamID uint32
	Code     uint32
	Cause    error
}

// Error implements error, which errors.As requires of its target.
func (e http2StreamError) Error() string {
	return fmt.Sprintf("stream error: stream ID %d; code %d", e.StreamID, e.Code)
}

// http2StreamErrorPrefix starts the message of the standard library's
// stream error and of golang.org/x/net/http2.StreamError alike.
const http2StreamErrorPrefix = "stream error: stream ID "

// isHTTP2StreamError reports whether err is, or wraps, an HTTP/2 stream
// error: the standard library's (matched through its As method) or, from a
// transport built on golang.org/x/net/http2, one whose message has the
// stream error prefix.
func isHTTP2StreamError(err error) bool {
	var streamErr http2StreamError
	if errors.As(err, &streamErr) {
		return true
	}
	return err != nil && strings.Contains(err.Error(), http2StreamErrorPrefix)
}

// decoderFor returns the decoder for a content type; nil (and no error)
// when the client has none for it. An unparsable media type is an error.
func (r *Request) decoderFor(contentType string) (runtime.Decoder, error) {
	if len(contentType) == 0 {
		return nil, nil
	}
	mediaType, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, err
	}
	if r.content.Negotiator == nil {
		return nil, nil
	}
	decoder, err := r.content.Negotiator.Decoder(mediaType, params)
	if err != nil {
		return nil, nil
	}
	return decoder, nil
}

// transformUnstructuredResponseError builds the error of a non-2xx
// response from its code and, for text bodies, its text. Both callers
// (Do and DoRaw) have read the whole body already: readBody never returns
// a nil slice, and Stream builds its errors in streamError.
func (r *Request) transformUnstructuredResponseError(resp *http.Response, req *http.Request, body []byte) error {
	retryAfter, _ := retryAfterSeconds(resp)
	return r.newUnstructuredResponseError(body, isTextResponse(resp), resp.StatusCode, req.Method, retryAfter)
}

// newUnstructuredResponseError synthesises the StatusError of an HTTP
// code for the request's resource and name.
func (r *Request) newUnstructuredResponseError(body []byte, isTextResponse bool, statusCode int, method string, retryAfter int) error {
	message := "unknown"
	if isTextResponse {
		if len(body) > maxUnstructuredResponseTextBytes {
			body = body[:maxUnstructuredResponseTextBytes]
		}
		message = strings.TrimSpace(string(body))
	}
	var groupResource schema.GroupResource
	if len(r.resource) > 0 {
		groupResource.Group = r.content.GroupVersion.Group
		groupResource.Resource = r.resource
	}
	return apierrors.NewGenericServerResponse(statusCode, method, groupResource, r.resourceName, message, retryAfter, true)
}

// isTextResponse reports whether the response body is text: an empty or
// text/* content type.
func isTextResponse(resp *http.Response) bool {
	contentType := resp.Header.Get("Content-Type")
	if len(contentType) == 0 {
		return true
	}
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return strings.HasPrefix(media, "text/")
}
