package rest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// requestBody is what Body recorded: bytes that can be sent again on a
// retry, or a reader that can be sent once.
type requestBody struct {
	data   []byte
	reader io.Reader
	set    bool
}

// rewindable reports whether the body can be sent again.
func (b requestBody) rewindable() bool { return b.reader == nil }

// open returns a fresh reader of the body, nil when there is none.
func (b requestBody) open() io.Reader {
	switch {
	case b.reader != nil:
		return b.reader
	case b.set:
		return bytes.NewReader(b.data)
	default:
		return nil
	}
}

// Body sets the request body:
//   - string: the contents of the file at that path;
//   - []byte: sent as is, and again on retries;
//   - io.Reader: streamed once, which disables retries;
//   - runtime.Object: encoded with the client's content type, which also
//     becomes the Content-Type header; a typed nil means no body.
//
// Any other type is an error surfacing at execution.
func (r *Request) Body(obj interface{}) *Request {
	if r.err != nil {
		return r
	}
	switch t := obj.(type) {
	case string:
		data, err := os.ReadFile(t)
		if err != nil {
			r.err = fmt.Errorf("request body: %w", err)
			return r
		}
		r.body = requestBody{data: data, set: true}
	case []byte:
		r.body = requestBody{data: t, set: true}
	case io.Reader:
		r.body = requestBody{reader: t, set: true}
	case runtime.Object:
		r.objectBody(t)
	default:
		r.err = fmt.Errorf("unknown type used for body: %+v", obj)
	}
	return r
}

// objectBody encodes obj with the client's negotiated encoder.
func (r *Request) objectBody(obj runtime.Object) {
	if v := reflect.ValueOf(obj); v.Kind() == reflect.Pointer && v.IsNil() {
		r.body = requestBody{}
		return
	}
	content := r.content
	if content.Negotiator == nil {
		r.err = fmt.Errorf("request body: the client has no serializer to encode %T", obj)
		return
	}
	encoder, err := content.Negotiator.Encoder(content.ContentType, nil)
	if err != nil {
		r.err = fmt.Errorf("request body: %w", err)
		return
	}
	data, err := runtime.Encode(encoder, obj)
	if err != nil {
		r.err = fmt.Errorf("request body: encoding %T: %w", obj, err)
		return
	}
	r.body = requestBody{data: data, set: true}
	r.SetHeader("Content-Type", content.ContentType)
}
