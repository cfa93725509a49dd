package v1beta1

import (
	"context"
	"fmt"

	policyv1beta1 "github.com/skiff-k8s/skiff/api/policy/v1beta1"
)

// EvictionExpansion holds Evict, the one method of EvictionInterface.
type EvictionExpansion interface {
	Evict(ctx context.Context, eviction *policyv1beta1.Eviction) error
}

// Evict posts eviction to the eviction subresource of the pod it names
// (/api/v1/namespaces/<namespace>/pods/<name>/eviction).
func (c *evictions) Evict(ctx context.Context, eviction *policyv1beta1.Eviction) error {
	if eviction == nil {
		return fmt.Errorf("evict: the eviction is nil")
	}
	return c.GetClient().Post().AbsPath("/api/v1").Namespace(eviction.Namespace).
		Resource("pods").Name(eviction.Name).SubResource("eviction").
		Body(eviction).Do(ctx).Error()
}
