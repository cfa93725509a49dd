package v1beta1

import (
	"context"
	"fmt"

	extensionsv1beta1 "github.com/skiff-k8s/skiff/api/extensions/v1beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/clientscheme"
)

// DeploymentExpansion holds the deployment methods beyond the standard
// verbs.
type DeploymentExpansion interface {
	Rollback(ctx context.Context, rollback *extensionsv1beta1.DeploymentRollback, opts metav1.CreateOptions) error
}

// Rollback posts rollback to the rollback subresource of the deployment
// it names.
func (c *deployments) Rollback(ctx context.Context, rollback *extensionsv1beta1.DeploymentRollback, opts metav1.CreateOptions) error {
	if rollback == nil {
		return fmt.Errorf("rollback deployment: the rollback is nil")
	}
	return c.GetClient().Post().Namespace(c.GetNamespace()).Resource("deployments").Name(rollback.Name).
		VersionedParams(&opts, clientscheme.ParameterCodec).SubResource("rollback").
		Body(rollback).Do(ctx).Error()
}
