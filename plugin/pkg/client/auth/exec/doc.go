// Package exec runs exec credential plugins: programs named in a kubeconfig
// user's "exec" section that print a client.authentication.k8s.io/v1 or
// v1beta1 ExecCredential holding a bearer token or a client certificate.
//
// GetAuthenticator returns the Authenticator for an exec config and cluster
// (one per distinct pair in the process, so every client of a kubeconfig
// user shares its cached credential). UpdateTransportConfig hooks it into a
// transport.Config: requests without an Authorization header get the
// plugin's token, TLS handshakes get its client certificate. The credential
// is cached until its expirationTimestamp; a 401 answer makes the next
// request run the plugin again.
//
// The plugin gets the parent's environment plus the configured variables and
// KUBERNETES_EXEC_INFO, the JSON ExecCredential input (whether it may be
// interactive and, with provideClusterInfo, the cluster). Its standard
// error is passed through; standard input only when interactive.
package exec
