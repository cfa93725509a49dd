package v1

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// GroupName is the API group of these types when served on their own.
const GroupName = "meta.k8s.io"

// WatchEventKind is the kind name under which WatchEvent is registered.
const WatchEventKind = "WatchEvent"

// SchemeGroupVersion is the group version of these types: meta.k8s.io/v1.
var SchemeGroupVersion = schema.GroupVersion{Group: GroupName, Version: "v1"}

// Unversioned is the group version of types that are the same in every
// group (Status, APIVersions, ...): the legacy "v1".
var Unversioned = schema.GroupVersion{Group: "", Version: "v1"}

// ParameterCodec converts the option structs of this package (ListOptions,
// GetOptions, DeleteOptions, CreateOptions, UpdateOptions, PatchOptions)
// to and from URL query parameters, for any group version.
var ParameterCodec = runtime.NewParameterCodec(newOptionsScheme())

// newOptionsScheme returns a scheme that knows the option structs as
// unversioned kinds of meta.k8s.io/v1, with this package's conversions.
func newOptionsScheme() *runtime.Scheme {
	scheme := runtime.NewScheme()
	scheme.AddUnversionedTypes(SchemeGroupVersion, optionsTypes()...)
	// Registration only fails for non-pointer arguments, which it never gets.
	_ = RegisterConversions(scheme)
	return scheme
}

// optionsTypes returns a new value of each option kind that every group
// version serves.
func optionsTypes() []runtime.Object {
	return []runtime.Object{
		&ListOptions{},
		&GetOptions{},
		&DeleteOptions{},
		&CreateOptions{},
		&UpdateOptions{},
		&PatchOptions{},
	}
}

// Kind returns the GroupKind of kind in the meta.k8s.io group.
func Kind(kind string) schema.GroupKind {
	return SchemeGroupVersion.WithKind(kind).GroupKind()
}

// AddToGroupVersion registers the types every API group version serves in
// groupVersion of scheme: WatchEvent and the option kinds (ListOptions,
// GetOptions, DeleteOptions, CreateOptions, UpdateOptions, PatchOptions),
// and, as unversioned kinds of "v1", Status, APIVersions, APIGroupList,
// APIGroup and APIResourceList. It also registers this package's
// conversions. Registration problems are recorded in scheme and reported by
// the SchemeBuilder that runs the registration.
func AddToGroupVersion(scheme *runtime.Scheme, groupVersion schema.GroupVersion) {
	if scheme == nil {
		return
	}
	scheme.AddKnownTypeWithName(groupVersion.WithKind(WatchEventKind), &WatchEvent{})
	addInternalEvent(scheme, groupVersion)
	scheme.AddKnownTypes(groupVersion, optionsTypes()...)
	scheme.AddUnversionedTypes(Unversioned,
		&Status{},
		&APIVersions{},
		&APIGroupList{},
		&APIGroup{},
		&APIResourceList{},
	)
	// Both only fail for non-pointer arguments, which they never pass.
	_ = RegisterConversions(scheme)
	_ = RegisterDefaults(scheme)
}

// AddMetaToScheme registers the kinds of the meta.k8s.io/v1 group itself:
// Table, TableOptions, PartialObjectMetadata and PartialObjectMetadataList.
func AddMetaToScheme(scheme *runtime.Scheme) error {
	if scheme == nil {
		return errNilScheme
	}
	scheme.AddKnownTypes(SchemeGroupVersion,
		&Table{},
		&TableOptions{},
		&PartialObjectMetadata{},
		&PartialObjectMetadataList{},
	)
	return nil
}

// RegisterDefaults adds the defaulting functions of this package to scheme;
// there are none.
func RegisterDefaults(scheme *runtime.Scheme) error {
	if scheme == nil {
		return errNilScheme
	}
	return nil
}
