// Package rest is the HTTP core of the client: Config describes how to reach
// and authenticate to an API server, RESTClient sends requests for one API
// group version, and Request builds one call (verb, namespace, resource,
// name, subresource, query parameters, body), sends it with client-side
// throttling and Retry-After aware retries, and decodes the answer into a
// Result or a watch.Interface.
//
// A typical use:
//
//	config.APIPath = "api"
//	config.GroupVersion = &corev1.SchemeGroupVersion
//	config.NegotiatedSerializer = codecs
//	client, err := rest.RESTClientFor(config)
//	pods := &corev1.PodList{}
//	err = client.Get().Namespace("default").Resource("pods").
//		VersionedParams(&metav1.ListOptions{Limit: 500}, parameterCodec).
//		Do(ctx).Into(pods)
//
// A response outside 2xx becomes a *errors.StatusError: the server's Status
// when the body holds one, else an error synthesised from the HTTP code, so
// the predicates of apimachinery/api/errors (IsNotFound, IsConflict, ...)
// work on every error this package returns.
//
// Content negotiation. A Config whose ContentType and AcceptContentTypes
// are empty sends JSON (Accept "application/json, */*"), unless the
// request asks for protobuf with UseProtobufAsDefault or
// UseProtobufAsDefaultIfPreferred(true), as the typed clients of built-in
// kinds do: bodies are then encoded as application/vnd.kubernetes.protobuf
// and the Accept header is
// "application/vnd.kubernetes.protobuf,application/json", so the server
// answers protobuf for built-in kinds and JSON for custom resources. A
// ContentType or AcceptContentTypes set in the Config always wins;
// ContentType "application/json" keeps every request on JSON. The dynamic
// client always speaks JSON. Responses, error Statuses included, are
// decoded by their Content-Type, and watch streams use the framing of
// theirs: newline-separated JSON, or 4-byte big-endian length-prefixed
// protobuf WatchEvent messages for
// "application/vnd.kubernetes.protobuf;stream=watch".
package rest
