package cache

import (
	"fmt"
	"strings"
)

// KeyFunc computes the key an object is stored under.
type KeyFunc func(obj interface{}) (string, error)

// KeyError is the error a Store returns when its KeyFunc fails for Obj.
type KeyError struct {
	Obj interface{}
	Err error
}

// Error describes the object and the key function's error.
func (k KeyError) Error() string {
	return fmt.Sprintf("couldn't create key for object %+v: %v", k.Obj, k.Err)
}

// Unwrap returns the key function's error.
func (k KeyError) Unwrap() error {
	return k.Err
}

// ExplicitKey is a key passed where an object is expected: key functions
// return it unchanged, so Delete(ExplicitKey("ns/name")) deletes by key.
type ExplicitKey string

// MetaNamespaceKeyFunc returns "<namespace>/<name>" for a namespaced object,
// "<name>" for a cluster-scoped one, and an ExplicitKey unchanged. It fails
// for objects without object metadata.
func MetaNamespaceKeyFunc(obj interface{}) (string, error) {
	if key, ok := obj.(ExplicitKey); ok {
		return string(key), nil
	}
	name, err := ObjectToName(obj)
	if err != nil {
		return "", err
	}
	return name.String(), nil
}

// DeletionHandlingMetaNamespaceKeyFunc is MetaNamespaceKeyFunc that also
// accepts a DeletedFinalStateUnknown tombstone, returning its Key.
func DeletionHandlingMetaNamespaceKeyFunc(obj interface{}) (string, error) {
	if d, ok := obj.(DeletedFinalStateUnknown); ok {
		return d.Key, nil
	}
	return MetaNamespaceKeyFunc(obj)
}

// SplitMetaNamespaceKey splits a key made by MetaNamespaceKeyFunc into its
// namespace (empty for a cluster-scoped key) and name.
func SplitMetaNamespaceKey(key string) (namespace, name string, err error) {
	parts := strings.Split(key, "/")
	switch len(parts) {
	case 1:
		return "", parts[0], nil
	case 2:
		return parts[0], parts[1], nil
	}
	return "", "", fmt.Errorf("unexpected key format: %q", key)
}

// accessorError wraps the error of meta.Accessor for obj.
func accessorError(err error) error {
	return fmt.Errorf("object has no meta: %w", err)
}
