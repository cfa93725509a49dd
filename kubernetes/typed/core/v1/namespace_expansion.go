package v1

import (
	"context"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/clientscheme"
)

// NamespaceExpansion holds the namespace methods beyond the standard
// verbs.
type NamespaceExpansion interface {
	Finalize(ctx context.Context, item *corev1.Namespace, opts metav1.UpdateOptions) (*corev1.Namespace, error)
}

// Finalize replaces the finalizers of namespace item (its spec.finalizers)
// through the finalize subresource.
func (c *namespaces) Finalize(ctx context.Context, item *corev1.Namespace, opts metav1.UpdateOptions) (*corev1.Namespace, error) {
	result := &corev1.Namespace{}
	if item == nil {
		return result, fmt.Errorf("finalize namespace: the namespace is nil")
	}
	err := c.GetClient().Put().Resource("namespaces").Name(item.Name).SubResource("finalize").
		VersionedParams(&opts, clientscheme.ParameterCodec).
		Body(item).Do(ctx).Into(result)
	return result, err
}
