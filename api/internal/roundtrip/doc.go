// Package roundtrip compares JSON documents semantically for the
// round-trip tests of the generated API types: both sides are decoded
// with encoding/json into maps, slices and scalars, integers kept exact as
// int64 (the Kubernetes rule for numbers in interface{}), and every path
// at which they differ is reported.
//
// Only tests import it.
package roundtrip
