// Package disk caches discovery on disk, for command-line tools that run
// many short processes against the same cluster.
//
// CachedDiscoveryClient keeps servergroups.json and
// <group>/<version>/serverresources.json under a discovery cache directory
// and serves them while they are younger than the TTL the caller passes;
// behind it a memory cache and, optionally, an HTTP cache (NewCacheRoundTripper)
// that revalidates discovery responses with their ETag or Last-Modified.
//
// The conventional layout is the one kubectl uses: the root is
// $KUBECACHEDIR or ~/.kube/cache, the discovery cache of a server is
// DiscoveryCacheDir(root+"/discovery", host) and the HTTP cache is
// root+"/http"; kubectl's TTL was 10 minutes for years and is now 6 hours.
//
// Directories are created 0750 and files 0660, each written to a temporary
// file and renamed into place so that a concurrent reader never sees half a
// file. A file that cannot be decoded is ignored and rewritten.
package disk
