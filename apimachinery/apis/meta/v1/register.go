package v1

import "github.com/skiff-k8s/skiff/apimachinery/runtime/schema"

// GroupName is the API group of these types when served on their own.
const GroupName = "meta.k8s.io"

// WatchEventKind is the kind name under which WatchEvent is registered.
const WatchEventKind = "WatchEvent"

// SchemeGroupVersion is the group version of these types: meta.k8s.io/v1.
var SchemeGroupVersion = schema.GroupVersion{Group: GroupName, Version: "v1"}

// Unversioned is the group version of types that are the same in every
// group (Status, APIVersions, ...): the legacy "v1".
var Unversioned = schema.GroupVersion{Group: "", Version: "v1"}

// Kind returns the GroupKind of kind in the meta.k8s.io group.
func Kind(kind string) schema.GroupKind {
	return SchemeGroupVersion.WithKind(kind).GroupKind()
}
