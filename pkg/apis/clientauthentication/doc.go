// Package clientauthentication holds the version-independent form of the
// client.authentication.k8s.io types that exec credential plugins speak:
// ExecCredential with its spec (the cluster the plugin authenticates to,
// whether it may interact) and status (the token or client certificate and
// when it expires). The wire forms are in v1 and v1beta1.
package clientauthentication
