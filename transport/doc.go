// Package transport builds the http.RoundTripper a Kubernetes client talks
// through: TLS from files or inline data (with client certificates reloaded
// when their files change), a cache of *http.Transport values shared by
// configs with the same TLS and dial settings, HTTP/2 with connection health
// checks, and the round trippers that add credentials and identity headers
// (bearer token, bearer token file, basic auth, user agent, impersonation,
// auth proxy) or log traffic with secrets masked (NewDebuggingRoundTripper).
//
// New(config) returns the base transport wrapped by HTTPWrappersForConfig.
// Wrappers, outermost first: impersonation, user agent, bearer or basic auth,
// debugging, then config.WrapTransport around the base transport. Each
// wrapper leaves a header alone when the request already carries it.
package transport
