package discovery

import (
	"fmt"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/version"
)

// ResourcePredicate decides whether a resource of a group version is kept.
type ResourcePredicate interface {
	// Match reports whether r, of groupVersion, is kept.
	Match(groupVersion string, r *metav1.APIResource) bool
}

// ResourcePredicateFunc is a function used as a ResourcePredicate.
type ResourcePredicateFunc func(groupVersion string, r *metav1.APIResource) bool

// Match calls fn.
func (fn ResourcePredicateFunc) Match(groupVersion string, r *metav1.APIResource) bool {
	return fn(groupVersion, r)
}

// SupportsAllVerbs is a ResourcePredicate keeping the resources that
// support every verb of Verbs.
type SupportsAllVerbs struct {
	// Verbs are the verbs a resource must support.
	Verbs []string
}

// Match reports whether r supports every verb of p.Verbs.
func (p SupportsAllVerbs) Match(groupVersion string, r *metav1.APIResource) bool {
	for _, want := range p.Verbs {
		found := false
		for _, verb := range r.Verbs {
			if verb == want {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// FilteredBy returns copies of rls keeping the resources pred matches; every
// list is returned, even when it ends up empty.
func FilteredBy(pred ResourcePredicate, rls []*metav1.APIResourceList) []*metav1.APIResourceList {
	result := []*metav1.APIResourceList{}
	for _, rl := range rls {
		if rl == nil {
			continue
		}
		filtered := *rl
		filtered.APIResources = nil
		for i := range rl.APIResources {
			if pred.Match(rl.GroupVersion, &rl.APIResources[i]) {
				filtered.APIResources = append(filtered.APIResources, rl.APIResources[i])
			}
		}
		result = append(result, &filtered)
	}
	return result
}

// GroupVersionResources returns the set of resources of rls; a list with
// an unparsable group version is an error.
func GroupVersionResources(rls []*metav1.APIResourceList) (map[schema.GroupVersionResource]struct{}, error) {
	gvrs := map[schema.GroupVersionResource]struct{}{}
	for _, rl := range rls {
		if rl == nil {
			continue
		}
		gv, err := schema.ParseGroupVersion(rl.GroupVersion)
		if err != nil {
			return nil, fmt.Errorf("resource list of %q: %w", rl.GroupVersion, err)
		}
		for i := range rl.APIResources {
			gvrs[gv.WithResource(rl.APIResources[i].Name)] = struct{}{}
		}
	}
	return gvrs, nil
}

// IsResourceEnabled reports whether the server serves resourceToCheck; a
// group version the server does not know (404) means false and no error.
func IsResourceEnabled(client DiscoveryInterface, resourceToCheck schema.GroupVersionResource) (bool, error) {
	list, err := client.ServerResourcesForGroupVersion(resourceToCheck.GroupVersion().String())
	if apierrors.IsNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	for _, r := range list.APIResources {
		if r.Name == resourceToCheck.Resource {
			return true, nil
		}
	}
	return false, nil
}

// ServerSupportsVersion returns nil when the server serves requiredGV (or
// lists no group versions at all), else an error saying it does not.
func ServerSupportsVersion(client DiscoveryInterface, requiredGV schema.GroupVersion) error {
	groups, err := client.ServerGroups()
	if err != nil {
		return fmt.Errorf("couldn't read version from server: %w", err)
	}
	versions := metav1.ExtractGroupVersions(groups)
	if len(versions) == 0 {
		return nil
	}
	for _, v := range versions {
		if v == requiredGV.String() {
			return nil
		}
	}
	return fmt.Errorf("server does not support API version %q", requiredGV)
}

// MatchesServerVersion returns nil when the server's git version, commit
// and tree state equal clientVersion's, else an error showing both.
func MatchesServerVersion(clientVersion version.Info, client DiscoveryInterface) error {
	serverVersion, err := client.ServerVersion()
	if err != nil {
		return fmt.Errorf("couldn't read version from server: %w", err)
	}
	if serverVersion.GitVersion != clientVersion.GitVersion ||
		serverVersion.GitCommit != clientVersion.GitCommit ||
		serverVersion.GitTreeState != clientVersion.GitTreeState {
		return fmt.Errorf("server version (%#v) differs from client version (%#v)", *serverVersion, clientVersion)
	}
	return nil
}
