package v1

import (
	"encoding/json"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// GroupResource names a resource without its version. It mirrors
// schema.GroupResource with JSON tags, for use in API types.
type GroupResource struct {
	Group    string `json:"group"`
	Resource string `json:"resource"`
}

// String renders "resource.group", or just "resource" for the core group.
func (gr *GroupResource) String() string {
	if gr == nil {
		return "<nil>"
	}
	return (schema.GroupResource{Group: gr.Group, Resource: gr.Resource}).String()
}

// GroupVersionResource names a resource fully. It mirrors
// schema.GroupVersionResource with JSON tags.
type GroupVersionResource struct {
	Group    string `json:"group"`
	Version  string `json:"version"`
	Resource string `json:"resource"`
}

// String renders "group/version, Resource=resource".
func (gvr *GroupVersionResource) String() string {
	if gvr == nil {
		return "<nil>"
	}
	return (schema.GroupVersionResource{Group: gvr.Group, Version: gvr.Version, Resource: gvr.Resource}).String()
}

// GroupKind names a kind without its version. It mirrors schema.GroupKind
// with JSON tags.
type GroupKind struct {
	Group string `json:"group"`
	Kind  string `json:"kind"`
}

// String renders "Kind.group", or just "Kind" for the core group.
func (gk *GroupKind) String() string {
	if gk == nil {
		return "<nil>"
	}
	return (schema.GroupKind{Group: gk.Group, Kind: gk.Kind}).String()
}

// GroupVersionKind names a kind fully. It mirrors schema.GroupVersionKind
// with JSON tags.
type GroupVersionKind struct {
	Group   string `json:"group"`
	Version string `json:"version"`
	Kind    string `json:"kind"`
}

// String renders "group/version, Kind=kind".
func (gvk GroupVersionKind) String() string {
	return (schema.GroupVersionKind{Group: gvk.Group, Version: gvk.Version, Kind: gvk.Kind}).String()
}

// GroupVersion names an API group version. Unlike the other Group* types it
// is encoded in JSON as one string, "group/version" (or "version").
type GroupVersion struct {
	Group   string `json:"group"`
	Version string `json:"version"`
}

// Empty reports whether both group and version are empty.
func (gv GroupVersion) Empty() bool {
	return gv.Group == "" && gv.Version == ""
}

// String renders "group/version", or "version" for the core group.
func (gv GroupVersion) String() string {
	return (schema.GroupVersion{Group: gv.Group, Version: gv.Version}).String()
}

// MarshalJSON encodes gv as the string "group/version".
func (gv GroupVersion) MarshalJSON() ([]byte, error) {
	return json.Marshal(gv.String())
}

// UnmarshalJSON decodes a "group/version" JSON string into gv.
func (gv *GroupVersion) UnmarshalJSON(value []byte) error {
	var s string
	if err := json.Unmarshal(value, &s); err != nil {
		return fmt.Errorf("decoding group version %s: %w", value, err)
	}
	return gv.UnmarshalText([]byte(s))
}

// UnmarshalText parses "group/version" (or "version") into gv.
func (gv *GroupVersion) UnmarshalText(value []byte) error {
	parsed, err := schema.ParseGroupVersion(string(value))
	if err != nil {
		return fmt.Errorf("decoding group version: %w", err)
	}
	gv.Group, gv.Version = parsed.Group, parsed.Version
	return nil
}
