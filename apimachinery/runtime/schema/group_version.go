package schema

import (
	"fmt"
	"strings"
)

// ParseResourceArg splits a command-line resource argument of the form
// "resource.version.group" (or "resource.group") into a fully specified
// GroupVersionResource, when the argument has at least three segments, and
// a GroupResource that treats everything after the first dot as the group.
func ParseResourceArg(arg string) (*GroupVersionResource, GroupResource) {
	var gvr *GroupVersionResource
	if strings.Count(arg, ".") >= 2 {
		s := strings.SplitN(arg, ".", 3)
		gvr = &GroupVersionResource{Group: s[2], Version: s[1], Resource: s[0]}
	}
	return gvr, ParseGroupResource(arg)
}

// ParseKindArg splits a command-line kind argument of the form
// "Kind.version.group" the same way ParseResourceArg splits resources.
func ParseKindArg(arg string) (*GroupVersionKind, GroupKind) {
	var gvk *GroupVersionKind
	if strings.Count(arg, ".") >= 2 {
		s := strings.SplitN(arg, ".", 3)
		gvk = &GroupVersionKind{Group: s[2], Version: s[1], Kind: s[0]}
	}
	return gvk, ParseGroupKind(arg)
}

// GroupResource names a resource within a group, without a version.
type GroupResource struct {
	Group    string
	Resource string
}

// WithVersion returns the GroupVersionResource with the given version.
func (gr GroupResource) WithVersion(version string) GroupVersionResource {
	return GroupVersionResource{Group: gr.Group, Version: version, Resource: gr.Resource}
}

// Empty reports whether both the group and the resource are empty.
func (gr GroupResource) Empty() bool {
	return gr.Group == "" && gr.Resource == ""
}

// String returns "resource.group", or just "resource" for the legacy group.
func (gr GroupResource) String() string {
	if gr.Group == "" {
		return gr.Resource
	}
	return gr.Resource + "." + gr.Group
}

// ParseGroupResource parses "resource.group" (the group may itself contain
// dots) into a GroupResource.
func ParseGroupResource(gr string) GroupResource {
	if i := strings.Index(gr, "."); i >= 0 {
		return GroupResource{Group: gr[i+1:], Resource: gr[:i]}
	}
	return GroupResource{Resource: gr}
}

// GroupVersionResource uniquely names a resource served by the API.
type GroupVersionResource struct {
	Group    string
	Version  string
	Resource string
}

// Empty reports whether all three parts are empty.
func (gvr GroupVersionResource) Empty() bool {
	return gvr.Group == "" && gvr.Version == "" && gvr.Resource == ""
}

// GroupResource drops the version.
func (gvr GroupVersionResource) GroupResource() GroupResource {
	return GroupResource{Group: gvr.Group, Resource: gvr.Resource}
}

// GroupVersion drops the resource.
func (gvr GroupVersionResource) GroupVersion() GroupVersion {
	return GroupVersion{Group: gvr.Group, Version: gvr.Version}
}

// String returns "group/version, Resource=resource".
func (gvr GroupVersionResource) String() string {
	return strings.Join([]string{gvr.Group, "/", gvr.Version, ", Resource=", gvr.Resource}, "")
}

// GroupKind names a kind within a group, without a version.
type GroupKind struct {
	Group string
	Kind  string
}

// Empty reports whether both the group and the kind are empty.
func (gk GroupKind) Empty() bool {
	return gk.Group == "" && gk.Kind == ""
}

// WithVersion returns the GroupVersionKind with the given version.
func (gk GroupKind) WithVersion(version string) GroupVersionKind {
	return GroupVersionKind{Group: gk.Group, Version: version, Kind: gk.Kind}
}

// String returns "Kind.group", or just "Kind" for the legacy group.
func (gk GroupKind) String() string {
	if gk.Group == "" {
		return gk.Kind
	}
	return gk.Kind + "." + gk.Group
}

// ParseGroupKind parses "Kind.group" into a GroupKind.
func ParseGroupKind(gk string) GroupKind {
	if i := strings.Index(gk, "."); i >= 0 {
		return GroupKind{Group: gk[i+1:], Kind: gk[:i]}
	}
	return GroupKind{Kind: gk}
}

// GroupVersionKind uniquely names a kind of object served by the API.
type GroupVersionKind struct {
	Group   string
	Version string
	Kind    string
}

// Empty reports whether all three parts are empty.
func (gvk GroupVersionKind) Empty() bool {
	return gvk.Group == "" && gvk.Version == "" && gvk.Kind == ""
}

// GroupKind drops the version.
func (gvk GroupVersionKind) GroupKind() GroupKind {
	return GroupKind{Group: gvk.Group, Kind: gvk.Kind}
}

// GroupVersion drops the kind.
func (gvk GroupVersionKind) GroupVersion() GroupVersion {
	return GroupVersion{Group: gvk.Group, Version: gvk.Version}
}

// String returns "group/version, Kind=Kind".
func (gvk GroupVersionKind) String() string {
	return gvk.Group + "/" + gvk.Version + ", Kind=" + gvk.Kind
}

// ToAPIVersionAndKind returns the apiVersion and kind fields of TypeMeta.
func (gvk GroupVersionKind) ToAPIVersionAndKind() (string, string) {
	if gvk.Empty() {
		return "", ""
	}
	return gvk.GroupVersion().String(), gvk.Kind
}

// FromAPIVersionAndKind builds a GroupVersionKind from TypeMeta's apiVersion
// and kind. An unparsable apiVersion yields a GroupVersionKind with only the
// kind set.
func FromAPIVersionAndKind(apiVersion, kind string) GroupVersionKind {
	if gv, err := ParseGroupVersion(apiVersion); err == nil {
		return GroupVersionKind{Group: gv.Group, Version: gv.Version, Kind: kind}
	}
	return GroupVersionKind{Kind: kind}
}

// GroupVersion names a version of an API group.
type GroupVersion struct {
	Group   string
	Version string
}

// Empty reports whether both the group and the version are empty.
func (gv GroupVersion) Empty() bool {
	return gv.Group == "" && gv.Version == ""
}

// String returns "group/version", or "version" for the legacy group, or ""
// when both are empty.
func (gv GroupVersion) String() string {
	if gv.Group != "" {
		return gv.Group + "/" + gv.Version
	}
	return gv.Version
}

// Identifier returns the same string as String; it names the group version
// in encoders.
func (gv GroupVersion) Identifier() string {
	return gv.String()
}

// KindForGroupVersionKinds picks the kind of this group version from the
// candidates: an exact group-version match first, then a match on group only.
func (gv GroupVersion) KindForGroupVersionKinds(kinds []GroupVersionKind) (target GroupVersionKind, ok bool) {
	for _, gvk := range kinds {
		if gvk.Group == gv.Group && gvk.Version == gv.Version {
			return gvk, true
		}
	}
	for _, gvk := range kinds {
		if gvk.Group == gv.Group {
			return gv.WithKind(gvk.Kind), true
		}
	}
	return GroupVersionKind{}, false
}

// ParseGroupVersion parses "group/version" or "version". The empty string
// and "/" parse to the empty GroupVersion; more than one slash is an error.
func ParseGroupVersion(gv string) (GroupVersion, error) {
	if gv == "" || gv == "/" {
		return GroupVersion{}, nil
	}
	switch strings.Count(gv, "/") {
	case 0:
		return GroupVersion{Version: gv}, nil
	case 1:
		i := strings.Index(gv, "/")
		return GroupVersion{Group: gv[:i], Version: gv[i+1:]}, nil
	default:
		return GroupVersion{}, fmt.Errorf("unexpected GroupVersion string: %v", gv)
	}
}

// WithKind returns the GroupVersionKind of kind in this group version.
func (gv GroupVersion) WithKind(kind string) GroupVersionKind {
	return GroupVersionKind{Group: gv.Group, Version: gv.Version, Kind: kind}
}

// WithResource returns the GroupVersionResource of resource in this group
// version.
func (gv GroupVersion) WithResource(resource string) GroupVersionResource {
	return GroupVersionResource{Group: gv.Group, Version: gv.Version, Resource: resource}
}

// GroupVersions is a list of group versions an encoder may target.
type GroupVersions []GroupVersion

// Identifier joins the identifiers of the group versions with commas.
func (gvs GroupVersions) Identifier() string {
	parts := make([]string, 0, len(gvs))
	for _, gv := range gvs {
		parts = append(parts, gv.String())
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// KindForGroupVersionKinds picks the first kind among the candidates that
// matches one of the group versions exactly, else the first that matches a
// group only.
func (gvs GroupVersions) KindForGroupVersionKinds(kinds []GroupVersionKind) (GroupVersionKind, bool) {
	var targets []GroupVersionKind
	for _, gv := range gvs {
		target, ok := gv.KindForGroupVersionKinds(kinds)
		if !ok {
			continue
		}
		targets = append(targets, target)
	}
	if len(targets) == 1 {
		return targets[0], true
	}
	if len(targets) > 1 {
		return bestMatch(kinds, targets), true
	}
	return GroupVersionKind{}, false
}

// bestMatch prefers a target that is one of the requested kinds.
func bestMatch(kinds []GroupVersionKind, targets []GroupVersionKind) GroupVersionKind {
	for _, gvk := range targets {
		for _, k := range kinds {
			if k == gvk {
				return k
			}
		}
	}
	return targets[0]
}
