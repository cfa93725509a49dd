// Package cache is the controller toolkit's client-side cache: it keeps a
// local copy of a resource in sync with the API server and tells handlers
// what changed.
//
// From the bottom up:
//
//   - Store, Indexer and ThreadSafeStore hold objects by key
//     (MetaNamespaceKeyFunc, SplitMetaNamespaceKey, ObjectName) with
//     secondary indices (NamespaceIndex and user IndexFuncs).
//   - ListWatch lists and watches one resource through a client;
//     NewListWatchFromClient builds one over a REST client.
//   - Reflector keeps a store in sync through a ListWatch. It is an explicit
//     state machine: watch-list streaming first (sendInitialEvents), falling
//     back to a paged list at resourceVersion "0" and a consistent relist,
//     then a watch from the last resourceVersion with bookmarks; 410 Gone
//     and "too old resource version" relist, other errors back off
//     exponentially with jitter (800 ms doubling to 30 s); a cancelled
//     context stops it cleanly.
//   - DeltaFIFO and RealFIFO queue what the reflector saw as Deltas (Added,
//     Updated, Deleted, Replaced, Sync), with DeletedFinalStateUnknown
//     tombstones for deletions missed during a relist. Controller (New)
//     pops them into a process function.
//   - SharedInformer and SharedIndexInformer put it together: one
//     reflector and cache shared by many ResourceEventHandlers, each fed
//     by its own unbounded buffer so a slow handler never holds up the
//     others, with per-handler resync, SetTransform, and HasSynced per
//     registration. WaitForCacheSync waits for them.
//
// TransformStripManagedFields is a ready transform that drops
// metadata.managedFields before objects are cached; most controllers never
// read them, and they are a large share of a cached object's memory.
//
// Objects in a store are shared with every reader: treat them as read-only
// and deep-copy before modifying. Objects decoded from one list response
// also share memory with each other: equal short strings and identical
// metadata.managedFields[*].fieldsV1 bytes are stored once per list, so
// modifying one object's bytes in place would change its neighbours too.
// DeepCopy copies them.
package cache
