package testing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// target is what a resource request path names.
type target struct {
	gvr         schema.GroupVersionResource
	namespace   string
	name        string
	subresource string
}

// parsePath splits an API path into its target; ok is false for paths
// that name no resource (discovery, /version, /openapi).
func parsePath(p string) (target, bool) {
	segs := strings.Split(strings.Trim(p, "/"), "/")
	var t target
	switch {
	case len(segs) >= 3 && segs[0] == "api":
		t.gvr.Version, segs = segs[1], segs[2:]
	case len(segs) >= 4 && segs[0] == "apis":
		t.gvr.Group, t.gvr.Version, segs = segs[1], segs[2], segs[3:]
	default:
		return t, false
	}
	if len(segs) >= 3 && segs[0] == "namespaces" && segs[2] != "status" && segs[2] != "finalize" {
		t.namespace, segs = segs[1], segs[2:]
	}
	t.gvr.Resource = segs[0]
	if len(segs) > 1 {
		t.name = segs[1]
	}
	if len(segs) > 2 {
		t.subresource = strings.Join(segs[2:], "/")
	}
	return t, true
}

// actionBuilder turns requests into the Actions the reference fake records.
type actionBuilder struct {
	server *apiserver.Server
	scheme ObjectScheme
}

// build returns the Action of req and the request body it read.
func (b actionBuilder) build(req *http.Request, t target) (Action, []byte, error) {
	body, err := readBody(req)
	if err != nil {
		return nil, nil, err
	}
	q := req.URL.Query()
	impl := ActionImpl{Namespace: t.namespace, Resource: t.gvr, Subresource: t.subresource}
	switch req.Method {
	case http.MethodGet:
		return b.buildRead(impl, t, q), body, nil
	case http.MethodPost:
		var o metav1.CreateOptions
		b.decodeQuery(q, &o)
		impl.Verb = "create"
		obj := b.decodeBody(t, body)
		return CreateActionImpl{ActionImpl: impl, Name: t.name, Object: obj, CreateOptions: o}, body, nil
	case http.MethodPut:
		var o metav1.UpdateOptions
		b.decodeQuery(q, &o)
		impl.Verb = "update"
		return UpdateActionImpl{ActionImpl: impl, Object: b.decodeBody(t, body), UpdateOptions: o}, body, nil
	case http.MethodPatch:
		var o metav1.PatchOptions
		b.decodeQuery(q, &o)
		ct, _, _ := mime.ParseMediaType(req.Header.Get("Content-Type"))
		return NewPatchSubresourceActionWithOptions(t.gvr, t.namespace, t.name, types.PatchType(ct), body, o, subresources(t)...), body, nil
	case http.MethodDelete:
		var d metav1.DeleteOptions
		if len(bytes.TrimSpace(body)) > 0 {
			_ = json.Unmarshal(body, &d)
		}
		if t.name == "" {
			var l metav1.ListOptions
			b.decodeQuery(q, &l)
			return NewDeleteCollectionActionWithOptions(t.gvr, t.namespace, d, l), body, nil
		}
		return NewDeleteSubresourceActionWithOptions(t.gvr, t.subresource, t.namespace, t.name, d), body, nil
	}
	impl.Verb = strings.ToLower(req.Method)
	return GenericActionImpl{ActionImpl: impl}, body, nil
}

// buildRead returns the get, list, watch or proxy action of a GET.
func (b actionBuilder) buildRead(impl ActionImpl, t target, q url.Values) Action {
	if t.name != "" {
		if sub, path, ok := strings.Cut(t.subresource, "/"); ok && sub == "proxy" || t.subresource == "proxy" {
			return proxyAction(t, path, q)
		}
		var o metav1.GetOptions
		b.decodeQuery(q, &o)
		return NewGetSubresourceActionWithOptions(t.gvr, t.namespace, t.subresource, t.name, o)
	}
	var o metav1.ListOptions
	b.decodeQuery(q, &o)
	if o.Watch {
		return NewWatchActionWithOptions(t.gvr, t.namespace, o)
	}
	kind := t.gvr.GroupVersion().WithKind("")
	if res, ok := b.server.Resource(t.gvr); ok {
		kind.Kind = res.Kind
	}
	return NewListActionWithOptions(t.gvr, kind, t.namespace, o)
}

// proxyAction returns the ProxyGetAction of a GET on a proxy subresource;
// the name may carry a scheme and port (https:web:8443).
func proxyAction(t target, path string, q url.Values) Action {
	proto, name, port := "", t.name, ""
	parts := strings.Split(t.name, ":")
	switch len(parts) {
	case 2:
		name, port = parts[0], parts[1]
	case 3:
		proto, name, port = parts[0], parts[1], parts[2]
	}
	params := map[string]string{}
	for k, v := range q {
		if len(v) > 0 {
			params[k] = v[0]
		}
	}
	return NewProxyGetAction(t.gvr, t.namespace, proto, name, port, "/"+path, params)
}

// subresources returns the subresource of t as the variadic argument.
func subresources(t target) []string {
	if t.subresource == "" {
		return nil
	}
	return []string{t.subresource}
}

// decodeQuery fills opts from the query; unknown or bad values are left
// at their zero value, the server reports them.
func (b actionBuilder) decodeQuery(q url.Values, opts runtime.Object) {
	_ = scheme.ParameterCodec.DecodeParameters(q, schema.GroupVersion{Version: "v1"}, opts)
}

// decodeBody decodes a create or update body into its Go type, or into an
// Unstructured when the kind is unknown; nil when there is no body.
func (b actionBuilder) decodeBody(t target, body []byte) runtime.Object {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	// Unstructured's decoder keeps integers as int64, as the objects
	// callers hand the reference fake have them; a body without a kind
	// still fills u, the kind comes from the request below.
	u := &unstructured.Unstructured{}
	if err := u.UnmarshalJSON(body); err != nil && !runtime.IsMissingKind(err) {
		return nil
	}
	gvk := u.GroupVersionKind()
	if gvk.Kind == "" {
		gvk = b.kindOf(t)
	}
	if gvk.Kind == "" || b.scheme == nil || !b.scheme.Recognizes(gvk) {
		return u
	}
	obj, err := b.scheme.New(gvk)
	if err != nil || json.Unmarshal(body, obj) != nil {
		return u
	}
	return obj
}

// kindOf returns the kind a request on t sends: the resource's, or its
// subresource's when that differs (Scale, Eviction, Binding).
func (b actionBuilder) kindOf(t target) schema.GroupVersionKind {
	res, ok := b.server.Resource(t.gvr)
	if !ok {
		return schema.GroupVersionKind{}
	}
	gvk := t.gvr.GroupVersion().WithKind(res.Kind)
	for _, s := range res.Subresources {
		if s.Name == t.subresource && s.Kind != "" {
			gvk = schema.GroupVersionKind{Group: s.Group, Version: s.Version, Kind: s.Kind}
			if gvk.Version == "" {
				gvk.Group, gvk.Version = t.gvr.Group, t.gvr.Version
			}
		}
	}
	return gvk
}

// readBody reads the request body and puts it back for the server.
func readBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	body, err := io.ReadAll(req.Body)
	_ = req.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("fake: read request body: %w", err)
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	return body, nil
}
