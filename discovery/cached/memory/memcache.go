package memory

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"syscall"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/version"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/openapi"
	"github.com/skiff-k8s/skiff/rest"
)

// ErrCacheNotFound is returned for a group version the server did not list.
var ErrCacheNotFound = errors.New("not found")

// cacheEntry is the cached answer for one group version.
type cacheEntry struct {
	resourceList *metav1.APIResourceList
	err          error
}

// memCacheClient is the in-memory CachedDiscoveryInterface.
type memCacheClient struct {
	delegate discovery.DiscoveryInterface

	lock                   sync.RWMutex
	groupToServerResources map[string]*cacheEntry
	groupList              *metav1.APIGroupList
	cacheValid             bool
	openapiClient          openapi.Client
	receivedAggregated     bool
}

var (
	_ discovery.CachedDiscoveryInterface     = &memCacheClient{}
	_ discovery.AggregatedDiscoveryInterface = &memCacheClient{}
)

// NewMemCacheClient returns a CachedDiscoveryInterface caching the answers
// of delegate in memory. It is filled on first use and after Invalidate;
// Fresh reports whether it is filled. Errors of single group versions are
// cached too, except transient ones (timeouts, refused or reset
// connections, 429 and 5xx answers), which are asked again on the next
// lookup of that group version.
func NewMemCacheClient(delegate discovery.DiscoveryInterface) discovery.CachedDiscoveryInterface {
	return &memCacheClient{delegate: delegate, groupToServerResources: map[string]*cacheEntry{}}
}

// isTransientError reports whether err may go away on a retry.
func isTransientError(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) {
		return true
	}
	var status apierrors.APIStatus
	if errors.As(err, &status) && status.Status().Code >= 500 {
		return true
	}
	return apierrors.IsTooManyRequests(err)
}

// ServerResourcesForGroupVersion returns the cached resources of
// groupVersion, asking again when the cached answer was a transient error.
func (d *memCacheClient) ServerResourcesForGroupVersion(groupVersion string) (*metav1.APIResourceList, error) {
	d.lock.Lock()
	defer d.lock.Unlock()
	if !d.cacheValid {
		if err := d.refreshLocked(); err != nil {
			return nil, err
		}
	}
	entry, ok := d.groupToServerResources[groupVersion]
	if !ok {
		return nil, ErrCacheNotFound
	}
	if !d.receivedAggregated && entry.err != nil && isTransientError(entry.err) {
		list, err := d.serverResourcesForGroupVersion(groupVersion)
		entry = &cacheEntry{resourceList: list, err: err}
		d.groupToServerResources[groupVersion] = entry
	}
	return entry.resourceList, entry.err
}

// serverResourcesForGroupVersion asks the delegate; an empty answer is an
// error, so that it is asked again after Invalidate.
func (d *memCacheClient) serverResourcesForGroupVersion(groupVersion string) (*metav1.APIResourceList, error) {
	list, err := d.delegate.ServerResourcesForGroupVersion(groupVersion)
	if err != nil {
		return list, err
	}
	if list == nil || len(list.APIResources) == 0 {
		return list, fmt.Errorf("received empty response for: %s", groupVersion)
	}
	return list, nil
}

// ServerGroupsAndResources returns the cached groups and resources.
func (d *memCacheClient) ServerGroupsAndResources() ([]*metav1.APIGroup, []*metav1.APIResourceList, error) {
	return discovery.ServerGroupsAndResources(d)
}

// GroupsAndMaybeResources returns the cached groups and, when the delegate
// answered with aggregated discovery, the cached resources and failures.
func (d *memCacheClient) GroupsAndMaybeResources() (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error, error) {
	d.lock.Lock()
	defer d.lock.Unlock()
	if !d.cacheValid {
		if err := d.refreshLocked(); err != nil {
			return nil, nil, nil, err
		}
	}
	if !d.receivedAggregated {
		return d.groupList, nil, nil, nil
	}
	resources := map[schema.GroupVersion]*metav1.APIResourceList{}
	failed := map[schema.GroupVersion]error{}
	for gvString, entry := range d.groupToServerResources {
		gv, err := schema.ParseGroupVersion(gvString)
		if err != nil {
			continue
		}
		if entry.err != nil {
			failed[gv] = entry.err
			continue
		}
		resources[gv] = entry.resourceList
	}
	return d.groupList, resources, failed, nil
}

// ServerGroups returns the cached groups.
func (d *memCacheClient) ServerGroups() (*metav1.APIGroupList, error) {
	groups, _, _, err := d.GroupsAndMaybeResources()
	return groups, err
}

// RESTClient returns the delegate's REST client.
func (d *memCacheClient) RESTClient() rest.Interface {
	return d.delegate.RESTClient()
}

// ServerPreferredResources returns the preferred resources from the cache.
func (d *memCacheClient) ServerPreferredResources() ([]*metav1.APIResourceList, error) {
	return discovery.ServerPreferredResources(d)
}

// ServerPreferredNamespacedResources returns the preferred namespaced
// resources from the cache.
func (d *memCacheClient) ServerPreferredNamespacedResources() ([]*metav1.APIResourceList, error) {
	return discovery.ServerPreferredNamespacedResources(d)
}

// ServerVersion asks the delegate; the version is not cached.
func (d *memCacheClient) ServerVersion() (*version.Info, error) {
	return d.delegate.ServerVersion()
}

// OpenAPIV3 returns a client remembering the paths and documents the
// delegate's client fetches, until Invalidate.
func (d *memCacheClient) OpenAPIV3() openapi.Client {
	d.lock.Lock()
	defer d.lock.Unlock()
	if d.openapiClient == nil {
		d.openapiClient = &cachedOpenAPI{delegate: d.delegate.OpenAPIV3()}
	}
	return d.openapiClient
}

// WithLegacy returns d: the cache keeps whatever form the delegate
// answered with.
func (d *memCacheClient) WithLegacy() discovery.DiscoveryInterface {
	return d
}

// Fresh reports whether the cache is filled.
func (d *memCacheClient) Fresh() bool {
	d.lock.RLock()
	defer d.lock.RUnlock()
	return d.cacheValid
}

// Invalidate empties the cache, and the delegate's when it has one.
func (d *memCacheClient) Invalidate() {
	d.lock.Lock()
	defer d.lock.Unlock()
	d.cacheValid = false
	d.groupToServerResources = nil
	d.groupList = nil
	d.openapiClient = nil
	d.receivedAggregated = false
	if cached, ok := d.delegate.(discovery.CachedDiscoveryInterface); ok {
		cached.Invalidate()
	}
}
