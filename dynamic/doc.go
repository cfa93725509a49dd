// Package dynamic is a client for any API resource, built-in or custom,
// that works on unstructured objects: a resource is named by its
// GroupVersionResource, objects travel as *unstructured.Unstructured and
// lists as *unstructured.UnstructuredList, so no Go types are needed.
//
// A typical use:
//
//	client, err := dynamic.NewForConfig(config)
//	gvr := schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}
//	list, err := client.Resource(gvr).Namespace("default").List(ctx, metav1.ListOptions{})
//
// Every request speaks JSON. Paths are absolute (/api/<version> for the
// core group, /apis/<group>/<version> otherwise), so a path prefix in the
// config's Host is kept. A response outside 2xx surfaces as a
// *errors.StatusError, so the predicates of apimachinery/api/errors
// (IsNotFound, IsConflict, ...) work on every error the client returns.
//
// Responses are decoded in one pass straight into the result, with the
// values unstructured.UnstructuredJSONScheme gives (integers become int64,
// other numbers float64, list items without apiVersion and kind inherit
// them from the list) but fewer allocations: repeated keys, strings and
// numbers share one copy per response (see decode.go).
package dynamic
