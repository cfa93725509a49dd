// Package intern stores repeated values of one large decoded input once.
//
// A list of thousands of objects repeats most of its short strings
// (namespaces, label keys and values, image names, condition types,
// "True") and most of its managed-fields sets (pods of one workload carry
// byte-identical metadata.managedFields[*].fieldsV1). A cache that keeps
// the decoded objects, such as an informer's store, then holds a fraction
// of the bytes when the decoder shares equal values instead of copying
// each one. internal/jsonx and internal/protox decode through a Table.
//
// Interning is on only for inputs of at least MinInput bytes: small
// inputs have few values and the lookups would only cost time. Strings of
// at most MaxLen bytes go through a direct-mapped table (a collision
// replaces the older string: some repeats are then stored twice, none is
// wrong). FieldsV1 raw bytes, which are opaque to clients and never edited
// in place in practice, go through a table keyed by their content (a
// hash, then a full comparison). Both tables are emptied when the decode
// ends, so no value is shared across decodes and a pooled decoder keeps
// nothing alive.
//
// Sharing has one consequence for callers: objects decoded from one list
// share identical managedFields bytes. Like every object in a cache, they
// must not be modified in place; DeepCopy copies the bytes, and the
// shared slices' capacity ends at their length, so append copies too.
package intern
