package clientscheme

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
)

// clients is the registry the built-in typed clients share.
var clients = New()

// Codecs is the negotiated serializer of the built-in typed clients: the
// shared registry's Serializer.
var Codecs = clients.Serializer()

// ParameterCodec is the parameter codec of the built-in typed clients: the
// shared registry's ParameterCodec.
var ParameterCodec = clients.ParameterCodec()

// Ensure registers gv into the shared registry (see Registry.Ensure).
func Ensure(gv schema.GroupVersion, add AddFunc) { clients.Ensure(gv, add) }

// Use makes the shared registry serve kubernetes/scheme's Scheme, Codecs
// and ParameterCodec (see Registry.Use).
func Use(s *runtime.Scheme, codecs serializer.CodecFactory, params runtime.ParameterCodec) {
	clients.Use(s, codecs, params)
}

// Scheme returns the scheme the shared registry serves now.
func Scheme() *runtime.Scheme { return clients.Scheme() }

// Err returns the shared registry's first registration failure, or nil.
func Err() error { return clients.Err() }
