// Package clientscheme is the scheme behind the built-in typed clients
// (kubernetes/typed/...): the serializer their REST clients negotiate
// with and the parameter codec their options go through.
//
// The reference's typed clients use kubernetes/scheme, which registers
// every kind of every built-in group version as it initializes. Importing
// it therefore links every API type, with its deep-copy methods, into any
// program that builds a clientset, though a program that lists pods uses
// one group. The typed clients here use a registry that starts with the
// meta kinds and grows, one group version at a time, as the clients that
// need it are used (Ensure, called by each group client's RESTClient for
// its own group version and by each resource client's constructor for the
// other API packages its methods use). A group version
// whose resource clients are never built is never registered, and the
// linker leaves its types out.
//
// When kubernetes/scheme is linked into the program (imported anywhere),
// its initialization hands its Scheme, Codecs and ParameterCodec to Use,
// and from then on the typed clients decode and encode through exactly
// that scheme, as in the reference: kinds a program adds to scheme.Scheme
// (its own custom resources) are understood by every typed client's REST
// client. Without kubernetes/scheme the one observable difference is that
// a group client's REST client (which registers its own group version)
// decodes untyped results (Request.Do(ctx).Get()) and encodes request
// bodies only of the kinds of group versions the program has used: a
// core/v1 REST client asked to send or return an apps/v1 Deployment fails
// with "no kind is registered" until some apps/v1 client was built.
// Decoding into a typed object (Into) works for every kind.
//
// The registry is safe for concurrent use: every change builds a new
// scheme and publishes it atomically, so requests in flight keep the one
// they started with.
package clientscheme
