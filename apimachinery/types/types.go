package types

// UID is the unique identifier the API server gives each object.
type UID string

// NodeName is the name of a node.
type NodeName string

// PatchType names a patch format; its value is the request Content-Type.
type PatchType string

// The patch formats the API server accepts.
const (
	JSONPatchType           PatchType = "application/json-patch+json"
	MergePatchType          PatchType = "application/merge-patch+json"
	StrategicMergePatchType PatchType = "application/strategic-merge-patch+json"
	ApplyPatchType          PatchType = ApplyYAMLPatchType
	ApplyYAMLPatchType      PatchType = "application/apply-patch+yaml"
	ApplyCBORPatchType      PatchType = "application/apply-patch+cbor"
)

// Separator separates the namespace and the name in NamespacedName.String.
const Separator = '/'

// NamespacedName is a namespace and a name: the key of a namespaced object.
type NamespacedName struct {
	Namespace string
	Name      string
}

// String returns "namespace/name".
func (n NamespacedName) String() string {
	return n.Namespace + string(Separator) + n.Name
}

// MarshalLog returns a structured form for loggers: a map with the name and,
// when set, the namespace.
func (n NamespacedName) MarshalLog() interface{} {
	return struct {
		Name      string `json:"name"`
		Namespace string `json:"namespace,omitempty"`
	}{Name: n.Name, Namespace: n.Namespace}
}
