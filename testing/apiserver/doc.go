// Package apiserver is an in-memory Kubernetes API server speaking real
// HTTP, for tests and demos: the real clients run against it unchanged.
//
// It serves every resource of a kube-apiserver v1.34 (names, scopes, verbs,
// short names, subresources from its discovery documents, Go types from the
// module's api packages) plus CustomResourceDefinitions created at runtime,
// through the API or AddCRD, served as unstructured with their status and
// scale subresources. Objects are kept as JSON under one global
// resourceVersion counter, with a bounded event history that serves
// watches from a resourceVersion and consistent paginated lists.
//
// It behaves like the real server for: create/get/update/delete with uid,
// creationTimestamp, generation, generateName, name and label validation,
// 404/409/422 Status bodies; status and scale subresources; finalizers,
// deletionTimestamp, grace periods of bound pods (removed when the period
// ends, as a kubelet would), preconditions,
// DeleteCollection, dryRun=All; label and field selectors (with the
// per-kind fields the real server supports), limit/continue, resourceVersion
// and resourceVersionMatch, 410 for compacted history; watches with
// selector transitions, bookmarks, watch-list (sendInitialEvents) and
// timeouts; JSON patch, merge patch, strategic merge patch and server-side
// apply with managedFields; unknown-field warnings and fieldValidation;
// JSON, YAML and, for built-in kinds, protobuf (objects, lists, Status
// errors, request bodies and length-prefixed watch frames; custom
// resources fall back to JSON, and answer 406 when only protobuf is
// acceptable and 415 to protobuf bodies), PartialObjectMetadata and Table
// (kubectl get); discovery (legacy and aggregated v2/v2beta1) and OpenAPI
// v3; defaults of pods, workloads and services; namespace deletion with
// its content; owner-reference garbage collection; reviews, bindings,
// evictions and token requests.
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
// delays, cut bodies, watches closed or cut after N events or answered 410),
// force 410s with Compact, require bearer tokens or client certificates and
// decide authorization with Options.
//
// Known differences from a real server: protobuf answers are re-encoded
// from the stored JSON, so a field unknown to the Go types is dropped
// from them; PartialObjectMetadata and Table are served in JSON only; each
// API version of a resource has its own storage (no conversion between
// versions); admission, quota and most per-kind validation are not
// modelled; garbage collection and namespace cleanup are synchronous;
// Table output has the real columns only for pods, deployments, services,
// namespaces and configmaps (Name and Age elsewhere).
//
// The package conformance holds a table of requests with the answers a
// real kube-apiserver gives; it runs against this server in unit tests and
// against a real server in integration tests.
package apiserver
