// Package listers is the generic lister engine: [ResourceIndexer] lists
// and gets objects of one Go type from a cache.Indexer, either across
// every namespace or within one.
//
// The generated listers below this package (listers/<group>/<version>)
// are thin: each per-kind lister embeds a ResourceIndexer built by [New]
// and narrows it to a namespace with [NewNamespaced]. A Get that finds
// nothing returns the apimachinery NotFound error of the lister's
// GroupResource, as the reference does (its resource is the lowercase kind
// name, e.g. "deployment").
package listers
