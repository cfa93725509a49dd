// Package discovery asks an API server which groups, versions and
// resources it serves.
//
// DiscoveryClient requests the aggregated discovery document
// (apidiscovery.k8s.io/v2) from /api and /apis, which describes every group
// version in two requests. A server that answers with the plain APIVersions
// and APIGroupList documents instead is handled by fetching each group
// version's APIResourceList, concurrently; both paths give the same
// results. When some group versions cannot be discovered (an aggregated
// API server is down), the calls return what succeeded together with an
// *ErrGroupDiscoveryFailed naming the failed group versions.
//
// Every DiscoveryClient method that sends requests has a ...WithContext
// twin taking a context first (ServerGroupsWithContext,
// ServerGroupsAndResourcesWithContext, ...); the plain methods use
// context.Background().
//
// The cached/memory and cached/disk packages wrap a DiscoveryInterface in
// caches; the restmapper package turns discovery into a meta.RESTMapper.
//
// OpenAPISchema (the protobuf OpenAPI v2 document) is not offered: its
// return type belongs to gnostic-models, which skiff does not depend on.
// OpenAPIV3 gives the v3 documents as raw bytes.
package discovery
