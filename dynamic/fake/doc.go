// Package fake is a dynamic.Interface for tests: the real dynamic client
// talking in process, without sockets, to an in-memory API server
// (testing/apiserver) seeded with the given objects.
//
// As with kubernetes/fake, every resource request is recorded as a
// testing.Action on the embedded testing.Fake (objects as
// *unstructured.Unstructured) and offered to the reactors first; requests
// no prepended reactor handles are answered by the server, with its
// semantics: field selectors, resourceVersions, every patch type,
// server-side apply, 404/409 Status errors.
//
// Kinds the server does not serve (custom resources) are registered as
// CustomResourceDefinitions when the client is built: one per group and
// resource, found from the seeded objects (plural guessed from the kind)
// and from the custom list kinds, served without a schema and with a status
// subresource. They are namespaced unless every seeded object of the kind
// has no namespace. A create of a custom resource (group with a dot) the
// server does not serve yet registers it the same way first, from the
// object's kind. Other requests on a resource that was neither seeded,
// listed in the list kinds nor created answer 404 Not Found, where the
// reference fake answers from its tracker (or panics, for a list).
//
// The server runs no goroutine of its own: there is nothing to close
// beyond the watches a test opens.
package fake
