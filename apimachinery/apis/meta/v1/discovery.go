package v1

import "fmt"

// APIVersions lists the versions of the legacy core API, served at /api.
type APIVersions struct {
	TypeMeta `json:",inline"`
	// Versions are the supported versions, e.g. ["v1"].
	Versions []string `json:"versions"`
	// ServerAddressByClientCIDRs tells clients which address to use,
	// depending on their own.
	ServerAddressByClientCIDRs []ServerAddressByClientCIDR `json:"serverAddressByClientCIDRs"`
}

// APIGroupList lists the API groups a server offers, served at /apis.
type APIGroupList struct {
	TypeMeta `json:",inline"`
	// Groups are the offered groups.
	Groups []APIGroup `json:"groups"`
}

// APIGroup describes one API group and its versions.
type APIGroup struct {
	TypeMeta `json:",inline"`
	// Name is the group's name.
	Name string `json:"name"`
	// Versions are the versions the group is served at.
	Versions []GroupVersionForDiscovery `json:"versions"`
	// PreferredVersion is the version clients should use.
	PreferredVersion GroupVersionForDiscovery `json:"preferredVersion,omitempty"`
	// ServerAddressByClientCIDRs tells clients which address to use,
	// depending on their own.
	ServerAddressByClientCIDRs []ServerAddressByClientCIDR `json:"serverAddressByClientCIDRs,omitempty"`
}

// ServerAddressByClientCIDR maps a client network to the server address it
// should use.
type ServerAddressByClientCIDR struct {
	// ClientCIDR is the client network, e.g. "10.0.0.0/8".
	ClientCIDR string `json:"clientCIDR"`
	// ServerAddress is "host:port" or "host".
	ServerAddress string `json:"serverAddress"`
}

// GroupVersionForDiscovery names one version of a group.
type GroupVersionForDiscovery struct {
	// GroupVersion is "group/version".
	GroupVersion string `json:"groupVersion"`
	// Version is the version alone.
	Version string `json:"version"`
}

// APIResource describes one resource (or subresource) of a group version.
type APIResource struct {
	// Name is the plural resource name, with "/subresource" for
	// subresources.
	Name string `json:"name"`
	// SingularName is the singular name, e.g. for kubectl output.
	SingularName string `json:"singularName"`
	// Namespaced tells whether objects live in namespaces.
	Namespaced bool `json:"namespaced"`
	// Group is set when it differs from the enclosing list's group.
	Group string `json:"group,omitempty"`
	// Version is set when it differs from the enclosing list's version.
	Version string `json:"version,omitempty"`
	// Kind is the kind of the objects served.
	Kind string `json:"kind"`
	// Verbs are the supported verbs: get, list, watch, create, ...
	Verbs Verbs `json:"verbs"`
	// ShortNames are aliases such as "po".
	ShortNames []string `json:"shortNames,omitempty"`
	// Categories are groupings such as "all".
	Categories []string `json:"categories,omitempty"`
	// StorageVersionHash changes when the storage version changes.
	StorageVersionHash string `json:"storageVersionHash,omitempty"`
}

// Verbs is a list of API verbs.
type Verbs []string

// String renders the verbs like fmt's %v of a string slice.
func (vs Verbs) String() string {
	return fmt.Sprintf("%v", []string(vs))
}

// APIResourceList lists the resources of one group version, served at
// /apis/<group>/<version> (or /api/v1).
type APIResourceList struct {
	TypeMeta `json:",inline"`
	// GroupVersion is the "group/version" of the resources.
	GroupVersion string `json:"groupVersion"`
	// APIResources are the resources.
	APIResources []APIResource `json:"resources"`
}

// RootPaths lists the paths a server serves at "/".
type RootPaths struct {
	// Paths are the served paths.
	Paths []string `json:"paths"`
}
