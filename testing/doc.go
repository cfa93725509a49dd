// Package testing is the machinery of skiff's fake clients: recorded
// Actions, the Fake that records them and runs reactors, and ObjectTrackers.
//
// It mirrors the reference's client-go/testing surface with one deliberate
// change of substance: the fakes built on it (kubernetes/fake, dynamic/fake)
// are the real clients talking in process, over real HTTP semantics, to the
// in-memory API server of testing/apiserver. Every request is recorded as an
// Action on the Fake and offered to the reactor chain first; a reactor that
// handles it answers in place of the server. Requests no reactor handles
// are served by the in-memory server, so field selectors, resourceVersions,
// patches of every type and server-side apply behave as on a real cluster.
//
// Beyond the reference's surface, NewServerRoundTripper wires a Fake to a
// testing/apiserver.Server for any client built on rest.Config (the fake
// clientsets use it, and so can the fakes of generated clientsets), and
// NewServerObjectTracker gives a tracker over an existing server.
//
// Reactors run without the Fake's lock held (the reference holds it), so a
// reactor may call the fake client or read Actions.
//
// NewObjectTracker returns a tracker backed by its own in-memory server:
// where the reference tracker's semantics differ from the server's (it
// ignores field selectors, keeps a resourceVersion counter per resource,
// accepts objects in namespaces that do not exist), the server wins.
package testing
