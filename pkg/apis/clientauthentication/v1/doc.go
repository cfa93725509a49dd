// Package v1 holds the client.authentication.k8s.io/v1 wire form of
// ExecCredential, the JSON an exec credential plugin receives in
// KUBERNETES_EXEC_INFO and prints on standard output, with conversions to
// and from the internal form in package clientauthentication.
package v1
