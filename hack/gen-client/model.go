package main

// Group is one API group version package with at least one +genclient
// kind.
type Group struct {
	// Dir is the package directory relative to -input, "<group>/<version>".
	Dir string
	// ImportPath is the import path of the API types package.
	ImportPath string
	// GroupName is the API group ("" for the legacy core group).
	GroupName string
	// GoName overrides the Go name of the group (+groupGoName=).
	GoName string
	// Version is the API version, the last directory name.
	Version string
	// Kinds are the kinds with clients, sorted by name.
	Kinds []*Kind
}

// Kind is one kind with a +genclient marker.
type Kind struct {
	// Name is the Go type name, e.g. "Deployment".
	Name string
	// Resource is the lowercase plural REST resource, e.g. "deployments".
	Resource string
	// Namespaced is false with +genclient:nonNamespaced.
	Namespaced bool
	// Verbs are the standard verbs the client offers.
	Verbs map[string]bool
	// Status is true when the kind has a status subresource.
	Status bool
	// Methods are the +genclient:method subresource methods.
	Methods []Method
	// NoClient is set by +genclient:noClient: the kind gets a lister but
	// no typed client (nor informer).
	NoClient bool
}

// Method is a +genclient:method marker.
type Method struct {
	Name        string
	Verb        string
	Subresource string
	// Input and Result are "import/path.Type", "" for the kind itself.
	Input, Result string
}

// standardVerbs are the verbs +genclient gives a kind by default.
var standardVerbs = []string{"create", "update", "patch", "delete", "deletecollection", "get", "list", "watch"}
