// Package v1 holds the types every Kubernetes API object shares: the
// metadata every object carries (TypeMeta, ObjectMeta, ListMeta), the
// options of the standard verbs (ListOptions, GetOptions, CreateOptions,
// UpdateOptions, PatchOptions, ApplyOptions, DeleteOptions), the Status
// returned for failures, the discovery documents (APIVersions, APIGroup,
// APIResourceList), watch events, server-side tables, label selectors, and
// the Time, MicroTime and Duration wrappers with their Kubernetes wire
// formats.
//
// It is the import-compatible replacement of
// k8s.io/apimachinery/pkg/apis/meta/v1: a program written for that package
// compiles against this one after rewriting its import path. Only the JSON
// wire format is supported; the protobuf and CBOR encodings are not.
package v1
