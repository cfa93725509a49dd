// Package apiserver is an in-memory Kubernetes API server speaking real
// HTTP, for tests and demos.
//
// It serves every kind of the module's api packages with the resource
// names, scopes, verbs and subresources of a kube-apiserver v1.34, plus
// CustomResourceDefinitions registered at runtime (served as unstructured).
// Objects are kept as JSON under one global resourceVersion counter; a
// bounded event history serves watches from a resourceVersion and
// consistent paginated lists.
//
// It runs three ways:
//
//	s, _ := apiserver.New(apiserver.Options{})
//	cfg := s.RESTConfig()            // in process: no sockets
//	run := s.Start()                 // httptest over plain HTTP
//	run, _ := s.StartTLS()           // httptest over HTTPS with client certs
//	_ = run.WriteKubeconfig(path)    // for kubectl and clientcmd
//
// and as a standalone process: go run ./hack/apiserver.
//
// Tests inject failures with InjectFault (429 with Retry-After, 5xx,
// delays, cut bodies, watches closed after N events or answered 410) and
// can require bearer tokens or client certificates (Options).
//
// The package conformance holds a table of requests with the answers a
// real kube-apiserver gives; it runs against this server in unit tests and
// against a real server in integration tests.
package apiserver
