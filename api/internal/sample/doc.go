// Package sample builds sample objects of every kind of the generated API
// packages for their round-trip tests, from the generator's committed
// input (hack/gen-types/data/input.json), so no ../shared is needed.
//
// A kind the OpenAPI documents describe is built from its trimmed OpenAPI
// v3 schema: every property is filled with a value of its type (strings,
// integers, numbers, booleans, base64 bytes, RFC 3339 date-times,
// quantities, alternating integer and string int-or-strings, maps with one
// entry, arrays with one element), nested objects included, a schema that
// refers to itself cut at its second occurrence on a path. A kind that no
// OpenAPI document describes (versions the server no longer serves,
// options kinds) is built the same way from the Go field table of the
// input instead. Every value is non-zero, so omitempty never drops it:
// a re-encoded sample that lacks a property means the Go type lacks the
// field or names it differently.
//
// Only tests import it.
package sample
