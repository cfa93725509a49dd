// Package protox is skiff's protobuf codec for the API types: the proto2
// wire format the reference's gogo-generated code reads and writes, and
// the "k8s\x00" envelope of the Kubernetes API's protobuf bodies.
//
// There is no generated code and no protobuf library. Marshal and
// Unmarshal compile an encoder and a decoder for each Go type the first
// time they meet it (from reflect metadata, once, cached by type) and then
// work on memory through field offsets, with per-kind functions and a
// field table indexed by field number. Field numbers come from the
// `protobuf:"..."` struct tags of the api/ types and, for the hand-written
// apimachinery types that carry no tags, from a table of the reference's
// numbers (metatags.go). Wire types come from the Go types, because some
// of the reference's tags name the wrong one. A generated
// Marshal/Unmarshal pair per type would cost megabytes of straight-line
// code for the 300+ kinds; one compiled table-driven codec keeps programs
// small.
//
// Encoding follows gogo's proto2 output exactly: every non-pointer field
// is written (empty strings, zero varints, empty messages), pointers,
// []byte and named slices only when non-nil, repeated fields as one key per
// element (not packed), maps as entry messages {key = 1; value = 2} in
// ascending key order, fields in ascending number order. Named slice types
// (metav1.Verbs, ExtraValue) are messages {repeated items = 1}, always
// written as map values and decoded non-nil when present. metav1.Time
// and MicroTime are {int64 seconds = 1; int32 nanos = 2} (empty when zero),
// resource.Quantity is {string string = 1}. TypeMeta inside objects is not
// encoded: the envelope carries apiVersion and kind.
//
// Encoding sizes the value first and allocates once (MarshalEnvelope
// writes the envelope and the object into that one buffer). Unmarshal
// copies decoded strings and []byte values into shared 32 KiB chunks
// instead of allocating each one (a retained string keeps at most its
// chunk alive), strings and []byte values in separate chunks so that
// dropping managedFields after the decode frees their bytes. In an input
// of 64 KiB or more (a list), Unmarshal also stores equal short strings
// once and equal FieldsV1 (managedFields) bytes once (internal/intern):
// objects decoded from one list share identical managedFields bytes and,
// like every cached object, must not be modified in place. UnmarshalShared
// does not copy at all and points them into the input, for a buffer the
// caller hands over, such as a response body read for this one decode (a
// retained string then keeps the whole input alive). Repeated fields and maps are counted before they are allocated,
// and small pointer targets and slices are carved from shared slabs.
// Unknown fields are skipped; malformed input returns an error naming the
// type, field path and offset, never a panic.
package protox
