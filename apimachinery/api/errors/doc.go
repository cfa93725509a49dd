// Package errors holds the error a Kubernetes API server returns, as the Go
// error *StatusError carrying the decoded metav1.Status, constructors for
// every standard failure with the API server's messages, and predicates
// (IsNotFound, IsConflict, ...) that see through wrapped errors.
//
// A predicate matches on the Status reason; when the reason is empty or not
// one of the standard reasons it falls back to the HTTP status code, so an
// error built from a bare HTTP response is classified too.
package errors
