package fake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// autoRegister registers, before a create of a custom resource the server
// does not serve yet, a CustomResourceDefinition for it, as the reference
// fake accepts objects of any resource.
type autoRegister struct {
	server *apiserver.Server
	next   http.RoundTripper
	mu     sync.Mutex
}

// RoundTrip registers the resource of a create when needed and sends req on.
func (a *autoRegister) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method == http.MethodPost {
		var err error
		if req, err = a.register(req); err != nil {
			return nil, err
		}
	}
	return a.next.RoundTrip(req)
}

// register adds a CRD for the resource req creates when it is a custom
// resource (a group with a dot) the server does not serve; it returns the
// request to send, a copy when it read the body.
//
// The path is split here rather than with package testing's parsePath or
// testing/apiserver's parseResourcePath: both are unexported, exporting
// either would add surface the reference packages do not have, and the
// server's one needs the resource to be served already, which is exactly
// what is not the case here. Only a collection create of a dotted group
// matters, so the split is a few lines.
func (a *autoRegister) register(req *http.Request) (*http.Request, error) {
	segs := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	if len(segs) < 4 || segs[0] != "apis" || !strings.Contains(segs[1], ".") {
		return req, nil
	}
	gvr := schema.GroupVersionResource{Group: segs[1], Version: segs[2]}
	tail := segs[3:]
	namespaced := len(tail) >= 3 && tail[0] == "namespaces"
	if namespaced {
		tail = tail[2:]
	}
	if len(tail) != 1 {
		return req, nil
	}
	gvr.Resource = tail[0]
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.server.Resource(gvr); ok || req.Body == nil {
		return req, nil
	}
	body, err := io.ReadAll(req.Body)
	_ = req.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("fake dynamic client: read request body: %w", err)
	}
	req = req.Clone(req.Context())
	req.Body = io.NopCloser(bytes.NewReader(body))
	var head struct {
		Kind string `json:"kind"`
	}
	if json.Unmarshal(body, &head) != nil || head.Kind == "" {
		return req, nil
	}
	crds := newCRDSet()
	crds.add(gvr, head.Kind, namespaced)
	for _, crd := range crds.objects() {
		if err := a.server.AddCRD(crd); err != nil {
			return nil, fmt.Errorf("fake dynamic client: register %s: %w", gvr.GroupResource(), err)
		}
	}
	return req, nil
}
