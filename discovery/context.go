package discovery

import (
	"context"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// The context-taking methods a discovery client may offer besides
// DiscoveryInterface; the package functions use them when present so that
// cancelling the context stops every request.
type (
	groupsWithContext interface {
		ServerGroupsWithContext(ctx context.Context) (*metav1.APIGroupList, error)
	}
	resourcesWithContext interface {
		ServerResourcesForGroupVersionWithContext(ctx context.Context, groupVersion string) (*metav1.APIResourceList, error)
	}
	aggregatedWithContext interface {
		GroupsAndMaybeResourcesWithContext(ctx context.Context) (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error, error)
	}
)

// resourcesFor asks d for the resources of groupVersion, under ctx when d
// takes one.
func resourcesFor(ctx context.Context, d DiscoveryInterface, groupVersion string) (*metav1.APIResourceList, error) {
	if rd, ok := d.(resourcesWithContext); ok {
		return rd.ServerResourcesForGroupVersionWithContext(ctx, groupVersion)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return d.ServerResourcesForGroupVersion(groupVersion)
}
