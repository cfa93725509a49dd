// Package net holds the networking helpers the client layers share: error
// classification for retries (IsProbableEOF, IsConnectionReset,
// IsConnectionRefused, IsTimeout, IsHTTP2ConnectionLost), RFC 7234 Warning
// header parsing and formatting, and http.Transport defaults (HTTP/2 with
// connection health checks, CIDR-aware NO_PROXY).
package net
