// Package fake is a kubernetes.Interface for tests: the real typed
// clientset talking in process, without sockets, to an in-memory API
// server (testing/apiserver) seeded with the given objects.
//
// Every resource request is recorded as a testing.Action on the embedded
// testing.Fake (Actions, ClearActions) and offered to its reactor chains
// first, as with the reference's fake clientset: a reactor added with
// PrependReactor or PrependWatchReactor that handles an action answers in
// place of the server (its object or error is encoded as the HTTP answer).
// The last reactor of each chain, installed by the constructors, passes the
// request on to the server, so reactors added with AddReactor after it
// never run, as in the reference.
//
// The group getters return the generated typed fakes
// (kubernetes/typed/<group>/<version>/fake, e.g. *FakeCoreV1) sharing the
// clientset's Fake, so tests that type-assert them keep working.
//
// Where the reference's fake differs from a real API server, this one
// follows the server: field selectors and resourceVersions are honoured,
// namespaced objects need their namespace (seeded objects get theirs
// created), generateName, patches of every type and server-side apply
// work, and errors carry the real Status. Errors a reactor returns that
// are not API errors reach the caller as a 500 InternalError StatusError
// with the same message. Discovery is served by the server, not from
// Fake.Resources, and discovery requests are not recorded. Calling
// Fake.Invokes or InvokesWatch directly reaches the same server through an
// ObjectTracker when no reactor before it answers.
//
// The server runs no goroutine of its own; there is nothing to close
// beyond the watches a test opens, which it stops as with any client.
package fake
