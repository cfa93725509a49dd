package clientscheme

import (
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
)

// AddFunc registers the kinds of one group version into a scheme: an API
// package's AddToScheme.
type AddFunc = func(*runtime.Scheme) error

// Registry is a scheme that grows by group version, with the serializer
// and parameter codec made from it. The zero value is not usable; build
// one with New.
type Registry struct {
	mu    sync.Mutex // serializes changes; readers only load state
	state atomic.Pointer[state]
	err   error // the first registration failure, under mu
}

// state is one immutable version of a Registry.
type state struct {
	scheme *runtime.Scheme
	codecs runtime.NegotiatedSerializer
	params runtime.ParameterCodec
	// added are the group versions registered, in order, with their
	// functions, and set the same as a set; both empty once the registry
	// uses an external scheme.
	added []registration
	set   map[schema.GroupVersion]bool
	// external is set when Use installed a scheme: Ensure does nothing.
	external bool
}

// registration is one group version added by Ensure.
type registration struct {
	gv  schema.GroupVersion
	add AddFunc
}

// New returns a registry holding the unversioned meta kinds (Status,
// WatchEvent, the option kinds under version "v1"), as kubernetes/scheme
// registers them.
func New() *Registry {
	r := &Registry{}
	r.state.Store(ownState(metaScheme(), nil))
	return r
}

// metaScheme returns a new scheme holding the unversioned meta kinds.
func metaScheme() *runtime.Scheme {
	s := runtime.NewScheme()
	metav1.AddToGroupVersion(s, schema.GroupVersion{Version: "v1"})
	return s
}

// build returns the state with the meta kinds and regs registered.
// Registration fails only for conflicting kinds, which the generated API
// packages never declare (kubernetes/scheme's RegistrationError test
// registers them all into one scheme).
func build(regs []registration) (*state, error) {
	s := metaScheme()
	for _, r := range regs {
		if err := r.add(s); err != nil {
			return nil, fmt.Errorf("registering the kinds of %s: %w", r.gv, err)
		}
	}
	return ownState(s, regs), nil
}

// ownState is the state serving s, the registry's own scheme holding regs.
func ownState(s *runtime.Scheme, regs []registration) *state {
	return newState(s, serializer.NewCodecFactory(s), runtime.NewParameterCodec(s), regs, false)
}

// newState assembles a state.
func newState(s *runtime.Scheme, codecs serializer.CodecFactory, params runtime.ParameterCodec, regs []registration, external bool) *state {
	set := make(map[schema.GroupVersion]bool, len(regs))
	for _, r := range regs {
		set[r.gv] = true
	}
	return &state{scheme: s, codecs: codecs.WithoutConversion(), params: params, added: regs, set: set, external: external}
}

// Ensure registers the kinds of gv with add unless gv is registered
// already or the registry uses an external scheme. A failure leaves the
// registry as it was and is kept for Err.
func (r *Registry) Ensure(gv schema.GroupVersion, add AddFunc) {
	if r.has(r.state.Load(), gv) {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	cur := r.state.Load()
	if r.has(cur, gv) {
		return
	}
	regs := append(cur.added[:len(cur.added):len(cur.added)], registration{gv: gv, add: add})
	next, err := build(regs)
	if err != nil {
		if r.err == nil {
			r.err = err
		}
		return
	}
	r.state.Store(next)
}

// has reports whether st needs no registration of gv.
func (r *Registry) has(st *state, gv schema.GroupVersion) bool {
	return st.external || st.set[gv]
}

// Use makes the registry serve s, codecs and params (kubernetes/scheme's
// Scheme, Codecs and ParameterCodec) from now on; Ensure does nothing
// afterwards.
func (r *Registry) Use(s *runtime.Scheme, codecs serializer.CodecFactory, params runtime.ParameterCodec) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.state.Store(newState(s, codecs, params, nil, true))
}

// Scheme returns the scheme the registry serves now.
func (r *Registry) Scheme() *runtime.Scheme { return r.state.Load().scheme }

// Err returns the first failure to register a group version, or nil.
func (r *Registry) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Serializer returns the negotiated serializer (without conversion) of
// whatever scheme the registry serves at the time of each call, for a
// client built before the kinds it needs were registered.
func (r *Registry) Serializer() runtime.NegotiatedSerializer { return negotiated{r} }

// ParameterCodec returns the parameter codec of whatever scheme the
// registry serves at the time of each call.
func (r *Registry) ParameterCodec() runtime.ParameterCodec { return parameters{r} }

// negotiated is Registry.Serializer.
type negotiated struct{ r *Registry }

func (n negotiated) SupportedMediaTypes() []runtime.SerializerInfo {
	return n.r.state.Load().codecs.SupportedMediaTypes()
}

func (n negotiated) EncoderForVersion(s runtime.Encoder, gv runtime.GroupVersioner) runtime.Encoder {
	return n.r.state.Load().codecs.EncoderForVersion(s, gv)
}

func (n negotiated) DecoderToVersion(s runtime.Decoder, gv runtime.GroupVersioner) runtime.Decoder {
	return n.r.state.Load().codecs.DecoderToVersion(s, gv)
}

// parameters is Registry.ParameterCodec.
type parameters struct{ r *Registry }

func (p parameters) DecodeParameters(values url.Values, from schema.GroupVersion, into runtime.Object) error {
	return p.r.state.Load().params.DecodeParameters(values, from, into)
}

func (p parameters) EncodeParameters(obj runtime.Object, to schema.GroupVersion) (url.Values, error) {
	return p.r.state.Load().params.EncodeParameters(obj, to)
}
