// Package cache holds the client-side caches controllers read from: the
// keyed Store, the Indexer (a Store with secondary indices) and the
// lock-protected ThreadSafeStore underneath them, plus the key functions
// (MetaNamespaceKeyFunc, SplitMetaNamespaceKey, ObjectName) and the
// DeletedFinalStateUnknown tombstone informers deliver for deletions they
// missed.
//
// Objects in a store are shared with every reader: treat them as read-only
// and deep-copy before modifying.
package cache
