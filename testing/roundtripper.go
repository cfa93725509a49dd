package testing

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// serverReactor is the last reactor NewServerRoundTripper installs: for
// requests of the fake client it stands for the server (the recorder
// forwards the request when the chain reaches it); called directly, as by
// Fake.Invokes from a test, it answers from the server through a tracker.
type serverReactor struct {
	tracker ObjectTracker
}

// Handles says that the server takes every action.
func (s *serverReactor) Handles(Action) bool { return true }

// React answers action from the server.
func (s *serverReactor) React(action Action) (bool, runtime.Object, error) {
	return ObjectReaction(s.tracker)(action)
}

// serverWatchReactor is serverReactor's counterpart for watches.
type serverWatchReactor struct {
	tracker ObjectTracker
}

// Handles says that the server takes every watch.
func (s *serverWatchReactor) Handles(Action) bool { return true }

// React watches through the tracker.
func (s *serverWatchReactor) React(action Action) (bool, watch.Interface, error) {
	opts := metav1.ListOptions{}
	if a, ok := action.(WatchActionImpl); ok {
		opts = a.ListOptions
	}
	w, err := s.tracker.Watch(action.GetResource(), action.GetNamespace(), opts)
	return true, w, err
}

// NewServerRoundTripper makes server answer what fake's reactors pass on.
// It appends to fake's reaction and watch reaction chains a reactor for
// every action that stands for server (when a test calls Fake.Invokes
// directly, it answers through an ObjectTracker over server), and returns the
// http.RoundTripper a fake client sends through: it turns each resource
// request into an Action (objects decoded with scheme into their Go types,
// or as *unstructured.Unstructured when scheme is nil or does not know the
// kind), records it on fake and runs the chains. A reactor before the
// server's that handles the action answers instead: its object as a 200
// (201 for create) JSON body, its API error as the Status the server would
// send, any other error as a 500 InternalError with the error's text.
// Requests that name no resource (discovery, /version) go straight to the
// server without being recorded.
func NewServerRoundTripper(fake *Fake, server *apiserver.Server, scheme ObjectScheme) http.RoundTripper {
	tracker := NewServerObjectTracker(server, scheme)
	fake.Lock()
	fake.ReactionChain = append(fake.ReactionChain, &serverReactor{tracker: tracker})
	fake.WatchReactionChain = append(fake.WatchReactionChain, &serverWatchReactor{tracker: tracker})
	fake.Unlock()
	return &recorder{fake: fake, next: server.RoundTripper(), builder: actionBuilder{server: server, scheme: scheme}}
}

// recorder is the http.RoundTripper of a fake clientset: it records every
// resource request on the Fake, runs the reactors and lets the server
// answer what they pass on.
type recorder struct {
	fake    *Fake
	next    http.RoundTripper
	builder actionBuilder
}

// RoundTrip records and answers req.
func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	t, ok := parsePath(req.URL.Path)
	if !ok {
		return r.next.RoundTrip(req)
	}
	req = req.Clone(req.Context()) // build replaces the body it reads
	action, _, err := r.builder.build(req, t)
	if err != nil {
		return nil, err
	}
	switch a := action.(type) {
	case WatchActionImpl:
		serve, w, err := r.reactWatch(a)
		if serve {
			return r.next.RoundTrip(req)
		}
		if err != nil {
			return statusResponse(req, err), nil
		}
		return watchResponse(req, w, r.builder.scheme), nil
	case ProxyGetActionImpl:
		if rw := r.fake.InvokesProxy(a); rw != nil {
			return proxyResponse(req, rw), nil
		}
		return r.next.RoundTrip(req)
	}
	serve, acted, obj, err := r.react(action)
	if serve {
		req, err := r.resend(req, action, acted)
		if err != nil {
			return nil, err
		}
		return r.next.RoundTrip(req)
	}
	if err != nil {
		return statusResponse(req, err), nil
	}
	return objectResponse(req, action, obj, r.builder.scheme), nil
}

// react records action and runs the reaction chain as Fake.Invokes does,
// up to the server's reactor: serve says the server answers, acted is the
// copy of action the reactors saw (and may have changed).
func (r *recorder) react(action Action) (serve bool, acted Action, obj runtime.Object, err error) {
	chain, _, _ := r.fake.record(action)
	acted = action.DeepCopy()
	for _, re := range chain {
		if !re.Handles(acted) {
			continue
		}
		if _, ok := re.(*serverReactor); ok {
			return true, acted, nil, nil
		}
		handled, ret, err := re.React(acted)
		if handled {
			return false, acted, ret, err
		}
	}
	return true, acted, nil, nil
}

// reactWatch records action and runs the watch reaction chain up to the
// server's reactor.
func (r *recorder) reactWatch(action Action) (serve bool, w watch.Interface, err error) {
	_, chain, _ := r.fake.record(action)
	acted := action.DeepCopy()
	for _, re := range chain {
		if !re.Handles(acted) {
			continue
		}
		if _, ok := re.(*serverWatchReactor); ok {
			return true, nil, nil
		}
		handled, ret, err := re.React(acted)
		if handled {
			return false, ret, err
		}
	}
	return true, nil, nil
}

// resend returns req, or a copy carrying the object of acted as its body
// when a reactor changed the object of a create or update without
// answering.
func (r *recorder) resend(req *http.Request, action, acted Action) (*http.Request, error) {
	a, ok := action.(interface{ GetObject() runtime.Object })
	b, ok2 := acted.(interface{ GetObject() runtime.Object })
	if !ok || !ok2 || b.GetObject() == nil || reflect.DeepEqual(a.GetObject(), b.GetObject()) {
		return req, nil
	}
	obj := b.GetObject()
	raw, err := json.Marshal(withKind(obj, r.builder.scheme))
	if err != nil {
		return nil, fmt.Errorf("testing: encode the object a reactor changed: %w", err)
	}
	out := req.Clone(req.Context())
	out.Body = io.NopCloser(bytes.NewReader(raw))
	out.ContentLength = int64(len(raw))
	out.Header.Set("Content-Type", "application/json")
	return out, nil
}

// newResponse returns a response with a JSON body.
func newResponse(req *http.Request, code int, body io.ReadCloser) *http.Response {
	return &http.Response{
		Status: strconv.Itoa(code) + " " + http.StatusText(code), StatusCode: code,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{"Content-Type": []string{"application/json"}},
		Body:   body, ContentLength: -1, Request: req,
	}
}

// jsonResponse returns a response with v encoded as its body.
func jsonResponse(req *http.Request, code int, v any) *http.Response {
	raw, err := json.Marshal(v)
	if err != nil {
		return statusResponse(req, apierrors.NewInternalError(err))
	}
	return newResponse(req, code, io.NopCloser(strings.NewReader(string(raw))))
}

// statusResponse encodes err as the Status a server sends: API errors
// keep their code and reason, others become 500 InternalError with the
// error's text as the message.
func statusResponse(req *http.Request, err error) *http.Response {
	var st metav1.Status
	var api apierrors.APIStatus
	if errors.As(err, &api) {
		st = api.Status()
	} else {
		st = metav1.Status{Status: metav1.StatusFailure, Message: err.Error(), Reason: metav1.StatusReasonInternalError, Code: http.StatusInternalServerError}
	}
	st.Kind, st.APIVersion = "Status", "v1"
	if st.Code == 0 {
		st.Code = http.StatusInternalServerError
	}
	return jsonResponse(req, int(st.Code), st)
}

// objectResponse encodes what a reactor returned.
func objectResponse(req *http.Request, action Action, obj runtime.Object, scheme ObjectScheme) *http.Response {
	code := http.StatusOK
	if action.GetVerb() == "create" {
		code = http.StatusCreated
	}
	if obj == nil {
		if strings.HasPrefix(action.GetVerb(), "delete") {
			return jsonResponse(req, code, metav1.Status{TypeMeta: metav1.TypeMeta{Kind: "Status", APIVersion: "v1"}, Status: metav1.StatusSuccess})
		}
		return jsonResponse(req, code, map[string]any{})
	}
	return jsonResponse(req, code, withKind(obj, scheme))
}

// withKind returns obj, or a copy with apiVersion and kind set from the
// scheme when it has none, as the server sends them.
func withKind(obj runtime.Object, scheme ObjectScheme) runtime.Object {
	if obj == nil || scheme == nil || obj.GetObjectKind().GroupVersionKind().Kind != "" {
		return obj
	}
	kinds, _, err := scheme.ObjectKinds(obj)
	if err != nil || len(kinds) == 0 {
		return obj
	}
	obj = obj.DeepCopyObject()
	obj.GetObjectKind().SetGroupVersionKind(kinds[0])
	return obj
}

// proxyResponse answers a proxy request with what the reactor's
// ResponseWrapper returns.
func proxyResponse(req *http.Request, rw interface {
	DoRaw(context.Context) ([]byte, error)
}) *http.Response {
	raw, err := rw.DoRaw(req.Context())
	if err != nil {
		return statusResponse(req, err)
	}
	resp := newResponse(req, http.StatusOK, io.NopCloser(strings.NewReader(string(raw))))
	resp.Header.Set("Content-Type", "text/plain")
	return resp
}
