// Package patch is the patch engine of the in-memory API server: JSON patch
// (RFC 6902), JSON merge patch (RFC 7386), strategic merge patch driven by the
// patchStrategy and patchMergeKey struct tags of the generated API types, and
// server-side apply with field ownership recorded in metadata.managedFields.
//
// Every function works on JSON bytes: it decodes them into
// map[string]interface{} trees (integers as int64, other numbers as float64),
// transforms the tree and encodes the result with sorted keys. Inputs are
// never modified. Malformed input returns an error, never a panic.
//
// Errors that the server should report to the client are *InvalidPatchError
// (its Code says 400 or 422) and *ConflictError (409).
package patch
