package runtime

import (
	"fmt"
	"sort"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// addObservedVersion remembers gv in registration order.
func (s *Scheme) addObservedVersion(gv schema.GroupVersion) {
	if gv.Version == "" || gv.Version == APIVersionInternal {
		return
	}
	for _, observed := range s.observedVersions {
		if observed == gv {
			return
		}
	}
	s.observedVersions = append(s.observedVersions, gv)
}

// SetVersionPriority sets the order of preference of a group's versions,
// most preferred first. All versions must belong to the same group.
func (s *Scheme) SetVersionPriority(versions ...schema.GroupVersion) error {
	if len(versions) == 0 {
		return nil
	}
	group := versions[0].Group
	names := make([]string, 0, len(versions))
	for _, gv := range versions {
		if gv.Group != group {
			return fmt.Errorf("setting version priority: %v is not in group %q; all versions must be in the same group", gv, group)
		}
		names = append(names, gv.Version)
	}
	s.versionPriority[group] = names
	return nil
}

// PrioritizedVersionsForGroup returns the group's versions: those given to
// SetVersionPriority first, then the others in registration order.
func (s *Scheme) PrioritizedVersionsForGroup(group string) []schema.GroupVersion {
	var out []schema.GroupVersion
	seen := map[schema.GroupVersion]bool{}
	for _, v := range s.versionPriority[group] {
		gv := schema.GroupVersion{Group: group, Version: v}
		out = append(out, gv)
		seen[gv] = true
	}
	for _, gv := range s.observedVersions {
		if gv.Group == group && !seen[gv] {
			out = append(out, gv)
			seen[gv] = true
		}
	}
	return out
}

// PrioritizedVersionsAllGroups returns the versions of every group: groups
// with a set priority first (sorted by name), each in priority order, then
// the remaining versions in registration order.
func (s *Scheme) PrioritizedVersionsAllGroups() []schema.GroupVersion {
	groups := make([]string, 0, len(s.versionPriority))
	for g := range s.versionPriority {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	var out []schema.GroupVersion
	seen := map[schema.GroupVersion]bool{}
	for _, g := range groups {
		for _, v := range s.versionPriority[g] {
			gv := schema.GroupVersion{Group: g, Version: v}
			out = append(out, gv)
			seen[gv] = true
		}
	}
	for _, gv := range s.observedVersions {
		if !seen[gv] {
			out = append(out, gv)
			seen[gv] = true
		}
	}
	return out
}

// PreferredVersionAllGroups returns the most preferred version of each group.
func (s *Scheme) PreferredVersionAllGroups() []schema.GroupVersion {
	var out []schema.GroupVersion
	seen := map[string]bool{}
	for _, gv := range s.PrioritizedVersionsAllGroups() {
		if !seen[gv.Group] {
			out = append(out, gv)
			seen[gv.Group] = true
		}
	}
	return out
}

// IsGroupRegistered reports whether any version of group is registered.
func (s *Scheme) IsGroupRegistered(group string) bool {
	for _, gv := range s.observedVersions {
		if gv.Group == group {
			return true
		}
	}
	return false
}

// IsVersionRegistered reports whether version is registered.
func (s *Scheme) IsVersionRegistered(version schema.GroupVersion) bool {
	for _, gv := range s.observedVersions {
		if gv == version {
			return true
		}
	}
	return false
}
