// Package clientscheme is the scheme behind the built-in typed clients
// (kubernetes/typed/...): the serializer their REST clients negotiate
// with and the parameter codec their options go through.
//
// The reference's typed clients use kubernetes/scheme, which registers
// every kind of every built-in group version as it initializes. Importing
// it therefore links every API type, with its deep-copy methods, into any
// program that builds a clientset, though a program that lists pods uses
// one group. The typed clients here use a registry that starts with the
// meta kinds and grows, one group version at a time, as the resource
// clients that need it are built (Ensure, called by each generated
// constructor for every API package its methods use). A group version
// whose resource clients are never built is never registered, and the
// linker leaves its types out.
//
// When kubernetes/scheme is linked into the program (imported anywhere),
// its initialization hands its Scheme, Codecs and ParameterCodec to Use,
// and from then on the typed clients decode and encode through exactly
// that scheme, as in the reference: kinds a program adds to scheme.Scheme
// (its own custom resources) are understood by every typed client's REST
// client. Without kubernetes/scheme the one observable difference is that
// a group client's REST client, asked for an untyped result
// (Request.Do(ctx).Get()), recognizes only the kinds of the group versions
// whose resource clients the program has built.
//
// The registry is safe for concurrent use: every change builds a new
// scheme and publishes it atomically, so requests in flight keep the one
// they started with.
package clientscheme
