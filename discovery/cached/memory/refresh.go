package memory

import (
	"sync"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
)

// refreshLocked fills the cache from the delegate: the groups and, from
// aggregated discovery or with one concurrent request per group version,
// the resources. A failed group fetch leaves the cache invalid. Called with
// d.lock held.
func (d *memCacheClient) refreshLocked() error {
	var groups *metav1.APIGroupList
	var resources map[schema.GroupVersion]*metav1.APIResourceList
	var failed map[schema.GroupVersion]error
	var err error
	if ad, ok := d.delegate.(discovery.AggregatedDiscoveryInterface); ok {
		groups, resources, failed, err = ad.GroupsAndMaybeResources()
	} else {
		groups, err = d.delegate.ServerGroups()
	}
	if err != nil {
		return err
	}
	if groups == nil {
		groups = &metav1.APIGroupList{}
	}
	entries := map[string]*cacheEntry{}
	if resources != nil {
		for gv, list := range resources {
			entries[gv.String()] = &cacheEntry{resourceList: list}
		}
		for gv, err := range failed {
			entries[gv.String()] = &cacheEntry{err: err}
		}
	} else {
		entries = d.fetchAll(groups)
	}
	d.groupToServerResources = entries
	d.groupList = groups
	d.receivedAggregated = resources != nil
	d.cacheValid = true
	return nil
}

// fetchAll asks the delegate for every group version of groups at once.
func (d *memCacheClient) fetchAll(groups *metav1.APIGroupList) map[string]*cacheEntry {
	entries := map[string]*cacheEntry{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, g := range groups.Groups {
		for _, v := range g.Versions {
			gv := v.GroupVersion
			wg.Add(1)
			go func() {
				defer wg.Done()
				list, err := d.serverResourcesForGroupVersion(gv)
				mu.Lock()
				entries[gv] = &cacheEntry{resourceList: list, err: err}
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	return entries
}
