// Package conformance is a table of API requests with the answers a real
// kube-apiserver v1.34 gives: status code, Status reason and the fields
// that matter. Run sends every row to a server through a rest.Config, so
// the same table checks the in-memory server of testing/apiserver in unit
// tests and a real kube-apiserver in integration tests.
package conformance
