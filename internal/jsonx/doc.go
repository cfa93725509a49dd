// Package jsonx is skiff's fast JSON codec for the API types.
//
// Unmarshal and Marshal compile a decoder and an encoder for each Go type
// the first time they meet it (from reflect metadata, once) and keep them
// in a registry keyed by the exact reflect.Type. Decoding and encoding then
// work on memory directly through field offsets: no reflection per value,
// no intermediate tokens, strings and small pointer-free values carved out
// of shared arenas, and slices allocated once at their final length
// (elements are decoded into a reusable per-type buffer first).
//
// In an input of 64 KiB or more (a list), equal short strings are stored
// once and so are equal FieldsV1 (managedFields) raw bytes
// (internal/intern), which live in their own arena so that dropping
// managedFields frees them: objects decoded from one list share identical
// managedFields bytes and, like every cached object, must not be modified
// in place. Nothing is shared across decodes.
//
// The codec follows the Kubernetes rules for decoding, which differ from
// encoding/json in two ways: object keys match struct fields
// case-sensitively, and numbers decoded into interface{} become int64 when
// they are integers (float64 otherwise). Everything else (syntax, escapes,
// invalid UTF-8, nulls, type errors) behaves as encoding/json does, and
// Marshal writes exactly the bytes encoding/json writes.
//
// Types with their own JSON methods are encoded and decoded by those
// methods, except for metav1.Time, resource.Quantity and
// intstr.IntOrString, whose fast paths produce what their methods produce.
// Nothing is added to the API structs: a JSON method on ObjectMeta would be
// promoted to every user type embedding it and hide the user's fields.
//
// Types the compiled codec does not handle (text marshalers, non-string
// map keys, embedded pointers, the ",string" option, ...) are handed to
// encoding/json as a whole.
package jsonx
