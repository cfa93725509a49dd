package apiserver

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/internal/apiinstall"
)

// Options configure a Server. The zero value works.
type Options struct {
	// HistorySize is about how many events the watch history keeps; a watch
	// or continue token older than that gets 410 Gone. Default: 10000.
	HistorySize int
	// BookmarkInterval is how often an idle watch that allows bookmarks
	// receives one. Default: 1s.
	BookmarkInterval time.Duration
	// Now returns the current time for timestamps. Default: time.Now.
	Now func() time.Time
	// Tokens, when not empty, makes the server require a bearer token: the
	// map goes from token to user name. Requests without a known token
	// (and without an accepted client certificate) get 401.
	Tokens map[string]string
	// Forbidden lists user names whose requests get 403.
	Forbidden []string
	// Authorize, when set, decides every resource request: false answers
	// 403 Forbidden with the real server's message. Default: allow.
	Authorize func(Attributes) bool
	// RequireAuth makes every request need a known bearer token or a
	// verified client certificate (StartTLS issues one), else 401.
	RequireAuth bool
	// SkipDefaultNamespaces starts the server without the default,
	// kube-system, kube-public and kube-node-lease namespaces.
	SkipDefaultNamespaces bool
}

// Server is an in-memory Kubernetes API server. It implements
// http.Handler; Start, StartTLS and Config serve it. Every method is safe
// for concurrent use.
type Server struct {
	opts     Options
	scheme   *runtime.Scheme
	registry *registry
	store    *store
	faults   *faultTable
	mu       sync.Mutex
	// crdResources maps a CRD name to the group and plural it registered.
	crdResources map[string]schema.GroupResource
	stop         chan struct{}
	stopOnce     sync.Once
	serviceIPs   int
	openapi      openapiDocs
}

// New returns a Server serving every built-in kind of the module's api
// packages, with the usual namespaces.
func New(opts Options) (*Server, error) {
	if opts.BookmarkInterval <= 0 {
		opts.BookmarkInterval = time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	base, err := builtinTables()
	if err != nil {
		return nil, err
	}
	scheme, reg := base.scheme, base.registry.clone()
	s := &Server{
		opts: opts, scheme: scheme, registry: reg, store: newStore(opts.HistorySize),
		faults: newFaultTable(), crdResources: map[string]schema.GroupResource{}, stop: make(chan struct{}),
	}
	if !opts.SkipDefaultNamespaces {
		for _, ns := range []string{"default", "kube-system", "kube-public", "kube-node-lease"} {
			if err := s.ensureNamespace(ns); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// Scheme returns the scheme holding every built-in kind. It is built once
// and shared by every Server: treat it as read-only.
func (s *Server) Scheme() *runtime.Scheme { return s.scheme }

// builtin is the immutable starting point of every Server: the scheme of
// the built-in kinds and the resource table loaded from the embedded
// discovery documents.
type builtin struct {
	scheme   *runtime.Scheme
	registry *registry
}

// builtinTables builds the built-in scheme and resource table on first use
// and returns the same ones afterwards; New clones the table, which CRDs
// change, and shares the scheme, which nothing changes.
var builtinTables = sync.OnceValues(buildBuiltin)

// buildBuiltin builds the scheme of the built-in kinds and the resource
// table (about 3 ms).
func buildBuiltin() (*builtin, error) {
	scheme := runtime.NewScheme()
	if err := apiinstall.AddToScheme(scheme); err != nil {
		return nil, fmt.Errorf("apiserver: build scheme: %w", err)
	}
	reg, err := newBuiltinRegistry(scheme)
	if err != nil {
		return nil, err
	}
	return &builtin{scheme: scheme, registry: reg}, nil
}

// Resource returns the description of a served resource.
func (s *Server) Resource(gvr schema.GroupVersionResource) (*Resource, bool) {
	return s.registry.lookup(gvr)
}

// ResourceVersion returns the newest resourceVersion.
func (s *Server) ResourceVersion() uint64 {
	rv, _ := s.store.current()
	return rv
}

// Compact drops the watch history up to the current resourceVersion, as an
// etcd compaction would: older watches and continue tokens get 410.
func (s *Server) Compact() {
	s.store.compact(s.ResourceVersion())
}

// ensureNamespace creates an Active namespace when it does not exist.
func (s *Server) ensureNamespace(name string) error {
	res, _ := s.registry.lookup(schema.GroupVersionResource{Version: "v1", Resource: "namespaces"})
	m := map[string]any{"apiVersion": "v1", "kind": "Namespace", "metadata": map[string]any{"name": name}}
	_, err := s.create(res, "", m, writeOptions{})
	if err != nil && !apierrors.IsAlreadyExists(err) {
		return fmt.Errorf("apiserver: create namespace %s: %w", name, err)
	}
	return nil
}

// ServeHTTP answers one API request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.applyFaults(w, r) {
		return
	}
	if err := s.authenticate(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	path := strings.TrimSuffix(r.URL.Path, "/")
	known := path == "/version" || strings.HasPrefix(path, "/api/") || strings.HasPrefix(path, "/apis/")
	if _, ok := negotiate(r); !ok && known {
		s.writeError(w, r, s.notAcceptableFor(r, path))
		return
	}
	switch {
	case path == "/version":
		s.serveVersion(w, r)
	case path == "/healthz" || path == "/readyz" || path == "/livez":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok"))
	case path == "/openapi/v3" || strings.HasPrefix(path, "/openapi/v3/"):
		s.serveOpenAPI(w, r, path)
	case path == "/api" || path == "/apis":
		s.serveRootDiscovery(w, r, path)
	case strings.HasPrefix(path, "/api/") || strings.HasPrefix(path, "/apis/"):
		s.serveAPI(w, r, path)
	default:
		s.writeError(w, r, errPathNotFound())
	}
}

// requestInfo is a parsed resource request.
type requestInfo struct {
	verb      string
	res       *Resource
	namespace string
	name      string
	sub       string
}

// serveAPI routes /api/v1/... and /apis/<g>/<v>/... requests.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request, path string) {
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	var gv schema.GroupVersion
	if segs[0] == "api" {
		gv, segs = schema.GroupVersion{Version: segs[1]}, segs[2:]
	} else if len(segs) == 2 {
		s.serveGroupDiscovery(w, r, segs[1])
		return
	} else {
		gv, segs = schema.GroupVersion{Group: segs[1], Version: segs[2]}, segs[3:]
	}
	if len(segs) == 0 {
		s.serveVersionDiscovery(w, r, gv)
		return
	}
	info, err := s.parseResourcePath(r, gv, segs)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if info.res.custom {
		var ok bool
		if r, ok = withoutProtobuf(r); !ok {
			s.writeError(w, r, errNotAcceptableCustom())
			return
		}
	}
	s.dispatch(w, r, info)
}

// parseResourcePath resolves the resource, namespace, name and
// subresource of a request, and its verb.
func (s *Server) parseResourcePath(r *http.Request, gv schema.GroupVersion, segs []string) (*requestInfo, error) {
	watchPrefix := segs[0] == "watch"
	if watchPrefix {
		segs = segs[1:]
	}
	info := &requestInfo{}
	if len(segs) >= 3 && segs[0] == "namespaces" && !isNamespaceSubresource(segs[2]) {
		info.namespace, segs = segs[1], segs[2:]
	}
	if len(segs) == 0 || len(segs) > 3 {
		return nil, errPathNotFound()
	}
	res, ok := s.registry.lookup(gv.WithResource(segs[0]))
	if !ok {
		return nil, errPathNotFound()
	}
	info.res = res
	if len(segs) > 1 {
		info.name = segs[1]
	}
	if len(segs) > 2 {
		info.sub = segs[2]
		if _, ok := res.subresource(info.sub); !ok {
			return nil, errPathNotFound()
		}
	}
	if res.Namespaced != (info.namespace != "") && (info.name != "" || !res.Namespaced) {
		return nil, errPathNotFound()
	}
	info.verb = verbOf(r, info, watchPrefix)
	return info, nil
}

// isNamespaceSubresource says whether seg, after /namespaces/<name>/, names
// a subresource of the namespace rather than a namespaced resource.
func isNamespaceSubresource(seg string) bool {
	return seg == "status" || seg == "finalize"
}

// verbOf maps the HTTP method and path to the API verb.
func verbOf(r *http.Request, info *requestInfo, watchPrefix bool) string {
	q := r.URL.Query()
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		if watchPrefix || q.Get("watch") == "true" || q.Get("watch") == "1" {
			return "watch"
		}
		if info.name == "" {
			return "list"
		}
		return "get"
	case http.MethodPost:
		return "create"
	case http.MethodPut:
		return "update"
	case http.MethodPatch:
		return "patch"
	case http.MethodDelete:
		if info.name == "" {
			return "deletecollection"
		}
		return "delete"
	}
	return r.Method
}

// dispatch runs the handler of the request's verb.
func (s *Server) dispatch(w http.ResponseWriter, r *http.Request, info *requestInfo) {
	verbs := info.res.Verbs
	if info.sub != "" {
		sub, _ := info.res.subresource(info.sub)
		verbs = sub.Verbs
	}
	if !contains(verbs, info.verb) {
		s.writeError(w, r, errMethodNotAllowed(info.res, info.verb))
		return
	}
	if err := s.authorize(r, info); err != nil {
		s.writeError(w, r, err)
		return
	}
	var err error
	switch info.verb {
	case "get":
		err = s.handleGet(w, r, info)
	case "list":
		err = s.handleList(w, r, info)
	case "watch":
		err = s.handleWatch(w, r, info)
	case "create":
		err = s.handleCreate(w, r, info)
	case "update":
		err = s.handleUpdate(w, r, info)
	case "patch":
		err = s.handlePatch(w, r, info)
	case "delete":
		err = s.handleDelete(w, r, info)
	case "deletecollection":
		err = s.handleDeleteCollection(w, r, info)
	}
	if err != nil {
		s.writeError(w, r, err)
	}
}

// newUID returns a random RFC 4122 version 4 UID.
func newUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// nameSuffix returns the 5 random characters generateName appends.
func nameSuffix() string {
	const alphabet = "bcdfghjklmnpqrstvwxz2456789"
	var b [5]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b[:])
}
