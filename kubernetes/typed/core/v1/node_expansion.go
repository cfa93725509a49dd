package v1

import (
	"context"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// NodeExpansion holds the node methods beyond the standard verbs.
type NodeExpansion interface {
	PatchStatus(ctx context.Context, nodeName string, data []byte) (*corev1.Node, error)
}

// PatchStatus applies the strategic merge patch data to the status of
// node nodeName.
func (c *nodes) PatchStatus(ctx context.Context, nodeName string, data []byte) (*corev1.Node, error) {
	result := &corev1.Node{}
	err := c.GetClient().Patch(types.StrategicMergePatchType).Resource("nodes").Name(nodeName).
		SubResource("status").Body(data).Do(ctx).Into(result)
	return result, err
}
