// Package types holds small value types shared by the API: UID,
// NamespacedName, NodeName and the patch types.
package types
