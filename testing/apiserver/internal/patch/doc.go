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
// (its Code says 400, 422 or 413) and *ConflictError (409).
//
// # Field management
//
// Ownership follows the real server's rules for the common cases: structs
// and maps are granular; lists with patchStrategy "merge" and a merge key are
// keyed ("k:" elements, with the full key tuple of the real schema for
// container and service ports and topology spread constraints); lists of
// primitives with patchStrategy "merge" are sets ("v:" elements); every other
// list, and metav1.LabelSelector, is atomic. apiVersion, kind and the
// server-owned metadata (name, namespace, uid, resourceVersion, generation,
// creationTimestamp, selfLink, managedFields) are never owned; status is
// owned only through the status subresource (UpdateSubresource,
// ApplySubresource). Entries are sorted by operation, time, manager,
// apiVersion and subresource; more than ten Update entries fold the oldest
// into "ancient-changes".
//
// Known differences from the real server: list-type, map-type and key data
// come from struct tags plus a small built-in table instead of the OpenAPI
// schema, so a few lists the real schema declares as keyed or sets without
// a patch strategy are atomic here; custom resources (nil type) have atomic
// lists; values are not defaulted before they are compared (only the
// "protocol" key field defaults to TCP); unknown fields are accepted and
// owned like known ones; FieldsV1 members are ordered as sorted JSON keys
// (the real server orders numeric keys numerically). Like the real
// server (which turns the option off in its JSON patch library), JSON patch
// rejects negative array indices.
package patch
