package discovery

import (
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/version"
	"github.com/skiff-k8s/skiff/openapi"
	"github.com/skiff-k8s/skiff/rest"
)

// Media types of the discovery documents.
const (
	// AcceptV1 asks for the plain APIVersions, APIGroupList and
	// APIResourceList documents.
	AcceptV1 string = "application/json"
	// AcceptV2Beta1 asks for the aggregated apidiscovery.k8s.io/v2beta1
	// document.
	AcceptV2Beta1 string = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"
	// AcceptV2 asks for the aggregated apidiscovery.k8s.io/v2 document.
	AcceptV2 string = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
)

// DiscoveryInterface discovers the groups, versions, resources, version
// and OpenAPI documents of an API server.
type DiscoveryInterface interface {
	// RESTClient returns the client the discovery requests go through.
	RESTClient() rest.Interface
	ServerGroupsInterface
	ServerResourcesInterface
	ServerVersionInterface
	OpenAPIV3SchemaInterface
	// WithLegacy returns a client that asks for the plain (not
	// aggregated) discovery documents only.
	WithLegacy() DiscoveryInterface
}

// AggregatedDiscoveryInterface is a DiscoveryInterface that can return the
// resources of every group version together with the groups, when the
// server serves aggregated discovery.
type AggregatedDiscoveryInterface interface {
	DiscoveryInterface
	// GroupsAndMaybeResources returns the groups and, when the server
	// answered with aggregated discovery, the resources and the failed
	// group versions; otherwise both maps are nil.
	GroupsAndMaybeResources() (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error, error)
}

// CachedDiscoveryInterface is a DiscoveryInterface with a cache.
type CachedDiscoveryInterface interface {
	DiscoveryInterface
	// Fresh reports whether the cached answers are known to be current;
	// when false, a caller missing something should Invalidate and ask
	// again.
	Fresh() bool
	// Invalidate drops the cache; the next call asks the server.
	Invalidate()
}

// ServerGroupsInterface lists the API groups of a server.
type ServerGroupsInterface interface {
	// ServerGroups returns the groups with their versions, the core group
	// first.
	ServerGroups() (*metav1.APIGroupList, error)
}

// ServerResourcesInterface lists the resources of a server.
type ServerResourcesInterface interface {
	// ServerResourcesForGroupVersion returns the resources of one group
	// version ("v1", "apps/v1").
	ServerResourcesForGroupVersion(groupVersion string) (*metav1.APIResourceList, error)
	// ServerGroupsAndResources returns every group and the resources of
	// every group version; on partial failure, what succeeded and an
	// *ErrGroupDiscoveryFailed.
	ServerGroupsAndResources() ([]*metav1.APIGroup, []*metav1.APIResourceList, error)
	// ServerPreferredResources returns each resource once, in the
	// preferred version of its group where it has one.
	ServerPreferredResources() ([]*metav1.APIResourceList, error)
	// ServerPreferredNamespacedResources is ServerPreferredResources
	// restricted to namespaced resources.
	ServerPreferredNamespacedResources() ([]*metav1.APIResourceList, error)
}

// ServerVersionInterface reads the version of a server.
type ServerVersionInterface interface {
	// ServerVersion returns the answer of GET /version.
	ServerVersion() (*version.Info, error)
}

// OpenAPIV3SchemaInterface reads the OpenAPI v3 documents of a server.
type OpenAPIV3SchemaInterface interface {
	// OpenAPIV3 returns a client for the documents under /openapi/v3.
	OpenAPIV3() openapi.Client
}
