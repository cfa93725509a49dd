// Package meta reads and writes the metadata of any API object without
// knowing its Go type (Accessor, ListAccessor, TypeAccessor, NewAccessor),
// walks and replaces the items of any list (ExtractList, SetList,
// EachListItem), edits status conditions, and maps between kinds and
// resources with RESTMapper implementations (DefaultRESTMapper,
// MultiRESTMapper, PriorityRESTMapper, FirstHitRESTMapper and a lazily
// loaded mapper).
package meta
