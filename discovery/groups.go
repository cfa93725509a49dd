package discovery

import (
	"context"
	"encoding/json"
	"fmt"

	apidiscoveryv2 "github.com/skiff-k8s/skiff/api/apidiscovery/v2"
	apidiscoveryv2beta1 "github.com/skiff-k8s/skiff/api/apidiscovery/v2beta1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/version"
)

// discovered is the answer of one discovery document: its groups and,
// when it was aggregated, the resources and failures of its group
// versions (nil otherwise).
type discovered struct {
	groups    *metav1.APIGroupList
	resources map[schema.GroupVersion]*metav1.APIResourceList
	failed    map[schema.GroupVersion]error
}

// ServerGroups returns the groups of /api and /apis, the core group first.
func (d *DiscoveryClient) ServerGroups() (*metav1.APIGroupList, error) {
	return d.ServerGroupsWithContext(context.Background())
}

// ServerGroupsWithContext is ServerGroups under ctx.
func (d *DiscoveryClient) ServerGroupsWithContext(ctx context.Context) (*metav1.APIGroupList, error) {
	groups, _, _, err := d.GroupsAndMaybeResourcesWithContext(ctx)
	return groups, err
}

// GroupsAndMaybeResources returns the groups of /api and /apis, the core
// group first, and — when both answered with aggregated discovery — the
// resources of every group version and the stale group versions. When
// either answered with the plain documents both maps are nil and the
// resources must be fetched per group version.
func (d *DiscoveryClient) GroupsAndMaybeResources() (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error, error) {
	return d.GroupsAndMaybeResourcesWithContext(context.Background())
}

// GroupsAndMaybeResourcesWithContext is GroupsAndMaybeResources under ctx.
func (d *DiscoveryClient) GroupsAndMaybeResourcesWithContext(ctx context.Context) (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error, error) {
	legacy, err := d.downloadLegacy(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	apis, err := d.downloadAPIs(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	groups := &metav1.APIGroupList{}
	groups.Groups = append(groups.Groups, legacy.groups.Groups...)
	groups.Groups = append(groups.Groups, apis.groups.Groups...)
	if legacy.resources == nil || apis.resources == nil {
		return groups, nil, nil, nil
	}
	resources := map[schema.GroupVersion]*metav1.APIResourceList{}
	failed := map[schema.GroupVersion]error{}
	for _, part := range []discovered{legacy, apis} {
		for gv, list := range part.resources {
			resources[gv] = list
		}
		for gv, err := range part.failed {
			failed[gv] = err
		}
	}
	return groups, resources, failed, nil
}

// accept is the Accept header of the group documents.
func (d *DiscoveryClient) accept() string {
	switch {
	case d.UseLegacyDiscovery:
		return AcceptV1
	case d.NoPeerDiscovery:
		return acceptV2NoPeer + "," + acceptDiscoveryFormats
	default:
		return acceptDiscoveryFormats
	}
}

// get fetches path with the discovery Accept header, returning the body
// and its content type.
func (d *DiscoveryClient) get(ctx context.Context, path string) ([]byte, string, error) {
	var contentType string
	result := d.restClient.Get().AbsPath(path).SetHeader("Accept", d.accept()).Do(ctx).ContentType(&contentType)
	if err := result.Error(); err != nil {
		return nil, "", err
	}
	body, err := result.Raw()
	return body, contentType, err
}

// downloadLegacy fetches the core group from the legacy prefix; a 404
// means the server has no core group.
func (d *DiscoveryClient) downloadLegacy(ctx context.Context) (discovered, error) {
	empty := discovered{groups: &metav1.APIGroupList{}, resources: map[schema.GroupVersion]*metav1.APIResourceList{}}
	if len(d.LegacyPrefix) == 0 {
		return empty, nil
	}
	body, contentType, err := d.get(ctx, d.LegacyPrefix)
	if apierrors.IsNotFound(err) {
		return empty, nil
	}
	if err != nil {
		return discovered{}, fmt.Errorf("discovery of %s: %w", d.LegacyPrefix, err)
	}
	if got, ok, err := decodeAggregated(body, contentType); ok || err != nil {
		if err != nil {
			return discovered{}, fmt.Errorf("discovery of %s: %w", d.LegacyPrefix, err)
		}
		return got, nil
	}
	var versions metav1.APIVersions
	if err := json.Unmarshal(body, &versions); err != nil {
		return discovered{}, fmt.Errorf("discovery of %s: decoding APIVersions: %w", d.LegacyPrefix, err)
	}
	groups := &metav1.APIGroupList{}
	if len(versions.Versions) > 0 {
		groups.Groups = []metav1.APIGroup{apiVersionsToAPIGroup(&versions)}
	}
	return discovered{groups: groups}, nil
}

// apiVersionsToAPIGroup turns the legacy APIVersions into the core group
// "", preferring its first version.
func apiVersionsToAPIGroup(versions *metav1.APIVersions) metav1.APIGroup {
	group := metav1.APIGroup{}
	for _, v := range versions.Versions {
		group.Versions = append(group.Versions, metav1.GroupVersionForDiscovery{GroupVersion: v, Version: v})
	}
	group.PreferredVersion = group.Versions[0]
	return group
}

// downloadAPIs fetches the named groups from /apis.
func (d *DiscoveryClient) downloadAPIs(ctx context.Context) (discovered, error) {
	body, contentType, err := d.get(ctx, "/apis")
	if err != nil {
		return discovered{}, fmt.Errorf("discovery of /apis: %w", err)
	}
	if got, ok, err := decodeAggregated(body, contentType); ok || err != nil {
		if err != nil {
			return discovered{}, fmt.Errorf("discovery of /apis: %w", err)
		}
		return got, nil
	}
	groups := &metav1.APIGroupList{}
	if err := json.Unmarshal(body, groups); err != nil {
		return discovered{}, fmt.Errorf("discovery of /apis: decoding APIGroupList: %w", err)
	}
	return discovered{groups: &metav1.APIGroupList{Groups: groups.Groups}}, nil
}

// decodeAggregated decodes body when contentType names an aggregated
// discovery list (v2 or v2beta1); ok is false for any other content type.
func decodeAggregated(body []byte, contentType string) (got discovered, ok bool, err error) {
	if isV2, _ := ContentTypeIsGVK(contentType, v2GVK); isV2 {
		var list apidiscoveryv2.APIGroupDiscoveryList
		if err := json.Unmarshal(body, &list); err != nil {
			return discovered{}, true, fmt.Errorf("decoding %s: %w", v2GVK.Kind, err)
		}
		groups, resources, failed := SplitGroupsAndResources(list)
		return discovered{groups: groups, resources: resources, failed: failed}, true, nil
	}
	if isV2Beta1, _ := ContentTypeIsGVK(contentType, v2beta1GVK); isV2Beta1 {
		var list apidiscoveryv2beta1.APIGroupDiscoveryList
		if err := json.Unmarshal(body, &list); err != nil {
			return discovered{}, true, fmt.Errorf("decoding %s: %w", v2beta1GVK.Kind, err)
		}
		groups, resources, failed := SplitGroupsAndResourcesV2Beta1(list)
		return discovered{groups: groups, resources: resources, failed: failed}, true, nil
	}
	return discovered{}, false, nil
}

// ServerVersion returns the server's answer to GET /version.
func (d *DiscoveryClient) ServerVersion() (*version.Info, error) {
	return d.ServerVersionWithContext(context.Background())
}

// ServerVersionWithContext is ServerVersion under ctx.
func (d *DiscoveryClient) ServerVersionWithContext(ctx context.Context) (*version.Info, error) {
	result := d.restClient.Get().AbsPath("/version").Do(ctx)
	if err := result.Error(); err != nil {
		return nil, fmt.Errorf("server version: %w", err)
	}
	body, _ := result.Raw()
	var info version.Info
	if err := json.Unmarshal(body, &info); err != nil {
		return nil, fmt.Errorf("unable to parse the server version: %w", err)
	}
	return &info, nil
}
