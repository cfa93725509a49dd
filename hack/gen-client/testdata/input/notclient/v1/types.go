// Package v1 has no +genclient kinds, so gen-client skips it.
package v1

// Thing is not a client kind.
type Thing struct{}
