package discovery

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// ServerResourcesForGroupVersion returns the resources of groupVersion:
// GET <LegacyPrefix>/v1 for "v1", GET /apis/<groupVersion> otherwise. A
// server without the core group (404 or 403 for "v1") gives an empty list.
func (d *DiscoveryClient) ServerResourcesForGroupVersion(groupVersion string) (resources *metav1.APIResourceList, err error) {
	return d.ServerResourcesForGroupVersionWithContext(context.Background(), groupVersion)
}

// ServerResourcesForGroupVersionWithContext is
// ServerResourcesForGroupVersion under ctx.
func (d *DiscoveryClient) ServerResourcesForGroupVersionWithContext(ctx context.Context, groupVersion string) (*metav1.APIResourceList, error) {
	if len(groupVersion) == 0 {
		return nil, errors.New("groupVersion shouldn't be empty")
	}
	path := "/apis/" + groupVersion
	if len(d.LegacyPrefix) > 0 && groupVersion == "v1" {
		path = d.LegacyPrefix + "/" + groupVersion
	}
	resources := &metav1.APIResourceList{GroupVersion: groupVersion}
	result := d.restClient.Get().AbsPath(path).Do(ctx)
	if err := result.Error(); err != nil {
		if groupVersion == "v1" && (apierrors.IsNotFound(err) || apierrors.IsForbidden(err)) {
			return resources, nil
		}
		return nil, fmt.Errorf("discovery of %s: %w", groupVersion, err)
	}
	body, _ := result.Raw()
	if err := json.Unmarshal(body, resources); err != nil {
		return nil, fmt.Errorf("discovery of %s: decoding APIResourceList: %w", groupVersion, err)
	}
	return resources, nil
}

// ServerGroupsAndResources returns every group and the resources of each of
// its versions, retrying once when some group versions failed.
func (d *DiscoveryClient) ServerGroupsAndResources() ([]*metav1.APIGroup, []*metav1.APIResourceList, error) {
	return d.ServerGroupsAndResourcesWithContext(context.Background())
}

// ServerGroupsAndResourcesWithContext is ServerGroupsAndResources under
// ctx.
func (d *DiscoveryClient) ServerGroupsAndResourcesWithContext(ctx context.Context) ([]*metav1.APIGroup, []*metav1.APIResourceList, error) {
	var groups []*metav1.APIGroup
	var resources []*metav1.APIResourceList
	err := withRetries(defaultRetries, func() error {
		var err error
		groups, resources, err = serverGroupsAndResources(ctx, d)
		return err
	})
	return groups, resources, err
}

// ServerPreferredResources returns the preferred resources of the server,
// retrying once when some group versions failed.
func (d *DiscoveryClient) ServerPreferredResources() ([]*metav1.APIResourceList, error) {
	return d.ServerPreferredResourcesWithContext(context.Background())
}

// ServerPreferredResourcesWithContext is ServerPreferredResources under
// ctx.
func (d *DiscoveryClient) ServerPreferredResourcesWithContext(ctx context.Context) ([]*metav1.APIResourceList, error) {
	var resources []*metav1.APIResourceList
	err := withRetries(defaultRetries, func() error {
		var err error
		resources, err = serverPreferredResources(ctx, d)
		return err
	})
	return resources, err
}

// ServerPreferredNamespacedResources returns the preferred namespaced
// resources of the server.
func (d *DiscoveryClient) ServerPreferredNamespacedResources() ([]*metav1.APIResourceList, error) {
	return d.ServerPreferredNamespacedResourcesWithContext(context.Background())
}

// ServerPreferredNamespacedResourcesWithContext is
// ServerPreferredNamespacedResources under ctx.
func (d *DiscoveryClient) ServerPreferredNamespacedResourcesWithContext(ctx context.Context) ([]*metav1.APIResourceList, error) {
	all, err := d.ServerPreferredResourcesWithContext(ctx)
	return filterNamespaced(all), err
}

// withRetries calls f up to maxRetries times while it fails with an
// *ErrGroupDiscoveryFailed.
func withRetries(maxRetries int, f func() error) error {
	var err error
	for i := 0; i < maxRetries; i++ {
		err = f()
		if !IsGroupDiscoveryFailedError(err) {
			return err
		}
	}
	return err
}

// groupsAndResources discovers the groups of d and the resources of every
// group version: from aggregated discovery when d offers it, else with one
// request per group version.
func groupsAndResources(ctx context.Context, d DiscoveryInterface) (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error, error) {
	var groups *metav1.APIGroupList
	var resources map[schema.GroupVersion]*metav1.APIResourceList
	var failed map[schema.GroupVersion]error
	var err error
	if ad, ok := d.(aggregatedWithContext); ok {
		groups, resources, failed, err = ad.GroupsAndMaybeResourcesWithContext(ctx)
	} else if ad, ok := d.(AggregatedDiscoveryInterface); ok {
		groups, resources, failed, err = ad.GroupsAndMaybeResources()
	} else if gd, ok := d.(groupsWithContext); ok {
		groups, err = gd.ServerGroupsWithContext(ctx)
	} else {
		groups, err = d.ServerGroups()
	}
	if err != nil {
		return nil, nil, nil, err
	}
	if groups == nil {
		groups = &metav1.APIGroupList{}
	}
	if resources == nil {
		resources, failed = fetchGroupVersionResources(ctx, d, groups)
	}
	return groups, resources, failed, nil
}

// ServerGroupsAndResources returns every group of d and the resources of
// each group version, in group and version order. When some group versions
// failed, the others are returned with an *ErrGroupDiscoveryFailed.
func ServerGroupsAndResources(d DiscoveryInterface) ([]*metav1.APIGroup, []*metav1.APIResourceList, error) {
	return serverGroupsAndResources(context.Background(), d)
}

// serverGroupsAndResources is ServerGroupsAndResources under ctx.
func serverGroupsAndResources(ctx context.Context, d DiscoveryInterface) ([]*metav1.APIGroup, []*metav1.APIResourceList, error) {
	groupList, resources, failed, err := groupsAndResources(ctx, d)
	if err != nil {
		return nil, nil, err
	}
	groups := make([]*metav1.APIGroup, 0, len(groupList.Groups))
	var lists []*metav1.APIResourceList
	for i := range groupList.Groups {
		group := &groupList.Groups[i]
		groups = append(groups, group)
		for _, v := range group.Versions {
			gv := schema.GroupVersion{Group: group.Name, Version: v.Version}
			if list, ok := resources[gv]; ok && list != nil {
				lists = append(lists, list)
			}
		}
	}
	if len(failed) > 0 {
		return groups, lists, &ErrGroupDiscoveryFailed{Groups: failed}
	}
	return groups, lists, nil
}

// fetchGroupVersionResources asks d for the resources of every group
// version of groups, one goroutine each, and returns the answers and the
// failures.
func fetchGroupVersionResources(ctx context.Context, d DiscoveryInterface, groups *metav1.APIGroupList) (map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error) {
	resources := map[schema.GroupVersion]*metav1.APIResourceList{}
	failed := map[schema.GroupVersion]error{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, group := range groups.Groups {
		for _, v := range group.Versions {
			gv := schema.GroupVersion{Group: group.Name, Version: v.Version}
			wg.Add(1)
			go func() {
				defer wg.Done()
				list, err := resourcesFor(ctx, d, gv.String())
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					failed[gv] = err
				}
				if list != nil {
					resources[gv] = list
				}
			}()
		}
	}
	wg.Wait()
	return resources, failed
}
