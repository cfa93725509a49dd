package runtime

import (
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// equivalentResourceRegistry groups resources by an identity key: resources
// with the same key are the same thing served under other groups or
// versions.
type equivalentResourceRegistry struct {
	keyFunc func(schema.GroupResource) string

	mutex     sync.RWMutex
	resources map[string]map[string][]schema.GroupVersionResource // key -> subresource -> resources
	kinds     map[schema.GroupVersionResource]map[string]schema.GroupVersionKind
}

var _ EquivalentResourceRegistry = &equivalentResourceRegistry{}

// NewEquivalentResourceRegistry returns a registry in which a resource is
// equivalent only to itself in other versions.
func NewEquivalentResourceRegistry() EquivalentResourceRegistry {
	return &equivalentResourceRegistry{}
}

// NewEquivalentResourceRegistryWithIdentity returns a registry in which
// resources whose keyFunc results are equal are equivalent. A keyFunc
// returning "" falls back to the group/resource itself.
func NewEquivalentResourceRegistryWithIdentity(keyFunc func(schema.GroupResource) string) EquivalentResourceRegistry {
	return &equivalentResourceRegistry{keyFunc: keyFunc}
}

func (r *equivalentResourceRegistry) key(resource schema.GroupResource) string {
	if r.keyFunc != nil {
		if key := r.keyFunc(resource); key != "" {
			return key
		}
	}
	return resource.String()
}

// EquivalentResourcesFor lists the registered resources equivalent to
// resource for subresource, in registration order.
func (r *equivalentResourceRegistry) EquivalentResourcesFor(resource schema.GroupVersionResource, subresource string) []schema.GroupVersionResource {
	r.mutex.RLock()
	defer r.mutex.RUnlock()
	return r.resources[r.key(resource.GroupResource())][subresource]
}

// KindFor returns the kind registered for resource/subresource, or the
// empty kind.
func (r *equivalentResourceRegistry) KindFor(resource schema.GroupVersionResource, subresource string) schema.GroupVersionKind {
	r.mutex.RLock()
	defer r.mutex.RUnlock()
	return r.kinds[resource][subresource]
}

// RegisterKindFor records that resource/subresource serves kind.
func (r *equivalentResourceRegistry) RegisterKindFor(resource schema.GroupVersionResource, subresource string, kind schema.GroupVersionKind) {
	r.mutex.Lock()
	defer r.mutex.Unlock()
	if r.resources == nil {
		r.resources = map[string]map[string][]schema.GroupVersionResource{}
		r.kinds = map[schema.GroupVersionResource]map[string]schema.GroupVersionKind{}
	}
	key := r.key(resource.GroupResource())
	if r.resources[key] == nil {
		r.resources[key] = map[string][]schema.GroupVersionResource{}
	}
	known := false
	for _, existing := range r.resources[key][subresource] {
		if existing == resource {
			known = true
			break
		}
	}
	if !known {
		r.resources[key][subresource] = append(r.resources[key][subresource], resource)
	}
	if r.kinds[resource] == nil {
		r.kinds[resource] = map[string]schema.GroupVersionKind{}
	}
	r.kinds[resource][subresource] = kind
}
