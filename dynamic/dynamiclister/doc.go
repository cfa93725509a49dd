// Package dynamiclister reads objects of one resource, as
// *unstructured.Unstructured, from a cache.Indexer that a dynamic informer
// (package dynamicinformer) keeps in sync with the server.
//
// New returns a Lister for the indexer and the resource's
// GroupVersionResource; its Get answers a missing object with a NotFound
// error naming the resource's GroupResource, and List filters by label
// selector. NewRuntimeObjectShim adapts a Lister to cache.GenericLister.
//
// The returned objects are the cache's own: treat them as read-only and
// DeepCopy before modifying.
package dynamiclister
