package v1

import (
	"context"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	policyv1 "github.com/skiff-k8s/skiff/api/policy/v1"
	policyv1beta1 "github.com/skiff-k8s/skiff/api/policy/v1beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/internal/clientscheme"
	"github.com/skiff-k8s/skiff/rest"
)

// PodExpansion holds the pod methods beyond the standard verbs: binding,
// eviction, logs and proxying.
type PodExpansion interface {
	Bind(ctx context.Context, binding *corev1.Binding, opts metav1.CreateOptions) error
	// Evict posts a policy/v1beta1 eviction; prefer EvictV1.
	Evict(ctx context.Context, eviction *policyv1beta1.Eviction) error
	EvictV1(ctx context.Context, eviction *policyv1.Eviction) error
	EvictV1beta1(ctx context.Context, eviction *policyv1beta1.Eviction) error
	GetLogs(name string, opts *corev1.PodLogOptions) *rest.Request
	ProxyGet(scheme, name, port, path string, params map[string]string) rest.ResponseWrapper
}

// Bind binds a pod to the node binding.Target names (pods/<name>/binding).
func (c *pods) Bind(ctx context.Context, binding *corev1.Binding, opts metav1.CreateOptions) error {
	if binding == nil {
		return fmt.Errorf("bind pod: the binding is nil")
	}
	return c.GetClient().Post().Namespace(c.GetNamespace()).Resource("pods").Name(binding.Name).
		VersionedParams(&opts, clientscheme.ParameterCodec).
		SubResource("binding").Body(binding).
		Do(ctx).Error()
}

// Evict posts eviction to pods/<name>/eviction as policy/v1beta1.
func (c *pods) Evict(ctx context.Context, eviction *policyv1beta1.Eviction) error {
	return c.EvictV1beta1(ctx, eviction)
}

// EvictV1 posts eviction to pods/<name>/eviction as policy/v1.
func (c *pods) EvictV1(ctx context.Context, eviction *policyv1.Eviction) error {
	if eviction == nil {
		return fmt.Errorf("evict pod: the eviction is nil")
	}
	return c.evict(ctx, eviction.Namespace, eviction.Name, eviction)
}

// EvictV1beta1 posts eviction to pods/<name>/eviction as policy/v1beta1.
func (c *pods) EvictV1beta1(ctx context.Context, eviction *policyv1beta1.Eviction) error {
	if eviction == nil {
		return fmt.Errorf("evict pod: the eviction is nil")
	}
	return c.evict(ctx, eviction.Namespace, eviction.Name, eviction)
}

// evict posts eviction to the eviction subresource of pod namespace/name.
func (c *pods) evict(ctx context.Context, namespace, name string, eviction runtime.Object) error {
	return c.GetClient().Post().Namespace(namespace).Resource("pods").Name(name).
		SubResource("eviction").Body(eviction).
		Do(ctx).Error()
}

// GetLogs returns the request for the log of pod name; call Stream or
// DoRaw on it. nil opts means the defaults.
func (c *pods) GetLogs(name string, opts *corev1.PodLogOptions) *rest.Request {
	if opts == nil {
		opts = &corev1.PodLogOptions{}
	}
	return c.GetClient().Get().Namespace(c.GetNamespace()).Resource("pods").Name(name).
		SubResource("log").VersionedParams(opts, clientscheme.ParameterCodec)
}

// ProxyGet returns the request for GET path through the API server's
// proxy to port of pod name, with params as query parameters; scheme and
// port may be empty.
func (c *pods) ProxyGet(scheme, name, port, path string, params map[string]string) rest.ResponseWrapper {
	return proxyGet(c.GetClient(), c.GetNamespace(), "pods", scheme, name, port, path, params)
}
