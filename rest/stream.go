package rest

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/streaming"
	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	restwatch "github.com/skiff-k8s/skiff/rest/watch"
)

// Stream sends the request and returns the response body for the caller
// to read and close. A status outside 2xx is an error. Only responses
// with a Retry-After header are retried; transport errors are not.
func (r *Request) Stream(ctx context.Context) (io.ReadCloser, error) {
	if r.err != nil {
		return nil, r.err
	}
	defer r.pinURL()()
	// As in the reference, Stream does not run the empty-namespace
	// preflight of Do and DoRaw.
	if err := r.tryThrottle(ctx); err != nil {
		return nil, err
	}
	retry := newRetry(r.maxRetries)
	for {
		if err := retry.Before(ctx, r); err != nil {
			return nil, retry.WrapPreviousError(err)
		}
		req, err := r.newHTTPRequest(ctx)
		if err != nil {
			return nil, err
		}
		resp, err := r.client().Do(req)
		retry.After(ctx, r, resp, err)
		r.recordResult(ctx, req, resp, err)
		if err != nil {
			return nil, retry.WrapPreviousError(err)
		}
		if resp.StatusCode >= http.StatusOK && resp.StatusCode < http.StatusMultipleChoices {
			handleWarnings(ctx, resp.Header, r.warningHandler)
			return resp.Body, nil
		}
		if retry.IsNextRetry(ctx, r, req, resp, err, neverRetryError) {
			drainAndClose(resp)
			continue
		}
		err = r.streamError(ctx, req, resp)
		drainAndClose(resp)
		return nil, retry.WrapPreviousError(err)
	}
}

// streamError is the error of a non-2xx Stream response.
func (r *Request) streamError(ctx context.Context, req *http.Request, resp *http.Response) error {
	result := r.transformResponse(ctx, resp, req)
	if err := result.Error(); err != nil {
		return err
	}
	return fmt.Errorf("%d while accessing %v: %s", result.statusCode, req.URL, string(result.body))
}

// isRetryableWatch reports whether a transport error of a watch may be
// retried: a probable EOF or a timeout.
func isRetryableWatch(_ *http.Request, err error) bool {
	return utilnet.IsProbableEOF(err) || utilnet.IsTimeout(err)
}

// Watch sends the request as a watch and returns the stream of events. The
// first attempt is not throttled. When every attempt ends in a connection
// error worth retrying, an empty, closed watch is returned without error.
// The channel closes when the stream ends, on Stop, and when ctx ends
// (without an Error event); a stream that cannot be decoded delivers one
// Error event carrying a Status first.
func (r *Request) Watch(ctx context.Context) (watch.Interface, error) {
	if r.err != nil {
		return nil, r.err
	}
	defer r.pinURL()()
	retry := newRetry(r.maxRetries)
	for {
		if err := retry.Before(ctx, r); err != nil {
			return nil, retry.WrapPreviousError(err)
		}
		req, err := r.newHTTPRequest(ctx)
		if err != nil {
			return nil, err
		}
		resp, err := r.client().Do(req)
		retry.After(ctx, r, resp, err)
		r.recordResult(ctx, req, resp, err)
		if err == nil && resp.StatusCode == http.StatusOK {
			return r.newStreamWatcher(ctx, resp)
		}
		if retry.IsNextRetry(ctx, r, req, resp, err, isRetryableWatch) {
			drainAndClose(resp)
			continue
		}
		if err != nil {
			if isRetryableWatch(req, err) {
				return watch.NewEmptyWatch(), nil
			}
			return nil, retry.WrapPreviousError(err)
		}
		err = r.watchError(ctx, req, resp)
		drainAndClose(resp)
		return nil, retry.WrapPreviousError(err)
	}
}

// watchError is the error of a watch response other than 200.
func (r *Request) watchError(ctx context.Context, req *http.Request, resp *http.Response) error {
	result := r.transformResponse(ctx, resp, req)
	if err := result.Error(); err != nil {
		return err
	}
	return fmt.Errorf("for request %s, got status: %v", req.URL, resp.StatusCode)
}

// newStreamWatcher decodes a 200 watch response with the stream decoder
// negotiated for its content type.
func (r *Request) newStreamWatcher(ctx context.Context, resp *http.Response) (watch.Interface, error) {
	contentType := resp.Header.Get("Content-Type")
	if len(contentType) == 0 {
		contentType = r.content.ContentType
	}
	mediaType, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		resp.Body.Close()
		return nil, fmt.Errorf("watch response content type %q: %w", contentType, err)
	}
	if r.content.Negotiator == nil {
		resp.Body.Close()
		return nil, fmt.Errorf("watch: the client has no serializer for %s", mediaType)
	}
	objectDecoder, streamSerializer, framer, err := r.content.Negotiator.StreamDecoder(mediaType, params)
	if err != nil {
		resp.Body.Close()
		return nil, fmt.Errorf("watch: %w", err)
	}
	handleWarnings(ctx, resp.Header, r.warningHandler)
	frames := streaming.NewDecoder(framer.NewFrameReader(resp.Body), streamSerializer)
	reporter := apierrors.NewClientErrorReporter(http.StatusInternalServerError, r.verb, "ClientWatchDecoding")
	decoder := &ctxDecoder{Decoder: restwatch.NewDecoder(frames, objectDecoder), ctx: ctx}
	return watch.NewStreamWatcher(decoder, reporter), nil
}

// ctxDecoder ends the stream cleanly (io.EOF) when the watch's context is
// done, so cancelling a watch closes its channel without an Error event.
type ctxDecoder struct {
	watch.Decoder
	ctx context.Context
}

func (d *ctxDecoder) Decode() (watch.EventType, runtime.Object, error) {
	action, obj, err := d.Decoder.Decode()
	if err != nil && d.ctx.Err() != nil {
		return "", nil, io.EOF
	}
	return action, obj, err
}
