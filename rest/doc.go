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
// skiff speaks JSON only: UseProtobufAsDefault and
// UseProtobufAsDefaultIfPreferred keep the request's JSON content type.
package rest
