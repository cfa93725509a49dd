// The group getters of the fake clientset, one per method of kubernetes.Interface.

package fake

import (
	"github.com/skiff-k8s/skiff/discovery"
	typedadmissionregistrationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1"
	typedadmissionregistrationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1alpha1"
	typedadmissionregistrationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1beta1"
	typedapiserverinternalv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/apiserverinternal/v1alpha1"
	typedappsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1"
	typedappsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1beta1"
	typedappsv1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1beta2"
	typedauthenticationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1"
	typedauthenticationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1alpha1"
	typedauthenticationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1beta1"
	typedauthorizationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/authorization/v1"
	typedauthorizationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/authorization/v1beta1"
	typedautoscalingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v1"
	typedautoscalingv2 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2"
	typedautoscalingv2beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2beta1"
	typedautoscalingv2beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2beta2"
	typedbatchv1 "github.com/skiff-k8s/skiff/kubernetes/typed/batch/v1"
	typedbatchv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/batch/v1beta1"
	typedcertificatesv1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1"
	typedcertificatesv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1alpha1"
	typedcertificatesv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1beta1"
	typedcoordinationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1"
	typedcoordinationv1alpha2 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1alpha2"
	typedcoordinationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1beta1"
	typedcorev1 "github.com/skiff-k8s/skiff/kubernetes/typed/core/v1"
	typeddiscoveryv1 "github.com/skiff-k8s/skiff/kubernetes/typed/discovery/v1"
	typeddiscoveryv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/discovery/v1beta1"
	typedeventsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/events/v1"
	typedeventsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/events/v1beta1"
	typedextensionsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/extensions/v1beta1"
	typedflowcontrolv1 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1"
	typedflowcontrolv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta1"
	typedflowcontrolv1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta2"
	typedflowcontrolv1beta3 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta3"
	typednetworkingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/networking/v1"
	typednetworkingv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/networking/v1beta1"
	typednodev1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1"
	typednodev1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1alpha1"
	typednodev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1beta1"
	typedpolicyv1 "github.com/skiff-k8s/skiff/kubernetes/typed/policy/v1"
	typedpolicyv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/policy/v1beta1"
	typedrbacv1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1"
	typedrbacv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1alpha1"
	typedrbacv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1beta1"
	typedresourcev1 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1"
	typedresourcev1alpha3 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1alpha3"
	typedresourcev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1beta1"
	typedresourcev1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1beta2"
	typedschedulingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1"
	typedschedulingv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1alpha1"
	typedschedulingv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1beta1"
	typedstoragev1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1"
	typedstoragev1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1alpha1"
	typedstoragev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1beta1"
	typedstoragemigrationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/storagemigration/v1alpha1"
)

// Discovery returns the discovery client of the real clientset; it talks
// to the in-memory server and its requests are not recorded.
func (c *Clientset) Discovery() discovery.DiscoveryInterface {
	return c.real.Discovery()
}

// AdmissionregistrationV1 returns the real AdmissionregistrationV1 client, recording through the fake.
func (c *Clientset) AdmissionregistrationV1() typedadmissionregistrationv1.AdmissionregistrationV1Interface {
	return c.real.AdmissionregistrationV1()
}

// AdmissionregistrationV1alpha1 returns the real AdmissionregistrationV1alpha1 client, recording through the fake.
func (c *Clientset) AdmissionregistrationV1alpha1() typedadmissionregistrationv1alpha1.AdmissionregistrationV1alpha1Interface {
	return c.real.AdmissionregistrationV1alpha1()
}

// AdmissionregistrationV1beta1 returns the real AdmissionregistrationV1beta1 client, recording through the fake.
func (c *Clientset) AdmissionregistrationV1beta1() typedadmissionregistrationv1beta1.AdmissionregistrationV1beta1Interface {
	return c.real.AdmissionregistrationV1beta1()
}

// AppsV1 returns the real AppsV1 client, recording through the fake.
func (c *Clientset) AppsV1() typedappsv1.AppsV1Interface {
	return c.real.AppsV1()
}

// AppsV1beta1 returns the real AppsV1beta1 client, recording through the fake.
func (c *Clientset) AppsV1beta1() typedappsv1beta1.AppsV1beta1Interface {
	return c.real.AppsV1beta1()
}

// AppsV1beta2 returns the real AppsV1beta2 client, recording through the fake.
func (c *Clientset) AppsV1beta2() typedappsv1beta2.AppsV1beta2Interface {
	return c.real.AppsV1beta2()
}

// AuthenticationV1 returns the real AuthenticationV1 client, recording through the fake.
func (c *Clientset) AuthenticationV1() typedauthenticationv1.AuthenticationV1Interface {
	return c.real.AuthenticationV1()
}

// AuthenticationV1alpha1 returns the real AuthenticationV1alpha1 client, recording through the fake.
func (c *Clientset) AuthenticationV1alpha1() typedauthenticationv1alpha1.AuthenticationV1alpha1Interface {
	return c.real.AuthenticationV1alpha1()
}

// AuthenticationV1beta1 returns the real AuthenticationV1beta1 client, recording through the fake.
func (c *Clientset) AuthenticationV1beta1() typedauthenticationv1beta1.AuthenticationV1beta1Interface {
	return c.real.AuthenticationV1beta1()
}

// AuthorizationV1 returns the real AuthorizationV1 client, recording through the fake.
func (c *Clientset) AuthorizationV1() typedauthorizationv1.AuthorizationV1Interface {
	return c.real.AuthorizationV1()
}

// AuthorizationV1beta1 returns the real AuthorizationV1beta1 client, recording through the fake.
func (c *Clientset) AuthorizationV1beta1() typedauthorizationv1beta1.AuthorizationV1beta1Interface {
	return c.real.AuthorizationV1beta1()
}

// AutoscalingV1 returns the real AutoscalingV1 client, recording through the fake.
func (c *Clientset) AutoscalingV1() typedautoscalingv1.AutoscalingV1Interface {
	return c.real.AutoscalingV1()
}

// AutoscalingV2 returns the real AutoscalingV2 client, recording through the fake.
func (c *Clientset) AutoscalingV2() typedautoscalingv2.AutoscalingV2Interface {
	return c.real.AutoscalingV2()
}

// AutoscalingV2beta1 returns the real AutoscalingV2beta1 client, recording through the fake.
func (c *Clientset) AutoscalingV2beta1() typedautoscalingv2beta1.AutoscalingV2beta1Interface {
	return c.real.AutoscalingV2beta1()
}

// AutoscalingV2beta2 returns the real AutoscalingV2beta2 client, recording through the fake.
func (c *Clientset) AutoscalingV2beta2() typedautoscalingv2beta2.AutoscalingV2beta2Interface {
	return c.real.AutoscalingV2beta2()
}

// BatchV1 returns the real BatchV1 client, recording through the fake.
func (c *Clientset) BatchV1() typedbatchv1.BatchV1Interface {
	return c.real.BatchV1()
}

// BatchV1beta1 returns the real BatchV1beta1 client, recording through the fake.
func (c *Clientset) BatchV1beta1() typedbatchv1beta1.BatchV1beta1Interface {
	return c.real.BatchV1beta1()
}

// CertificatesV1 returns the real CertificatesV1 client, recording through the fake.
func (c *Clientset) CertificatesV1() typedcertificatesv1.CertificatesV1Interface {
	return c.real.CertificatesV1()
}

// CertificatesV1alpha1 returns the real CertificatesV1alpha1 client, recording through the fake.
func (c *Clientset) CertificatesV1alpha1() typedcertificatesv1alpha1.CertificatesV1alpha1Interface {
	return c.real.CertificatesV1alpha1()
}

// CertificatesV1beta1 returns the real CertificatesV1beta1 client, recording through the fake.
func (c *Clientset) CertificatesV1beta1() typedcertificatesv1beta1.CertificatesV1beta1Interface {
	return c.real.CertificatesV1beta1()
}

// CoordinationV1 returns the real CoordinationV1 client, recording through the fake.
func (c *Clientset) CoordinationV1() typedcoordinationv1.CoordinationV1Interface {
	return c.real.CoordinationV1()
}

// CoordinationV1alpha2 returns the real CoordinationV1alpha2 client, recording through the fake.
func (c *Clientset) CoordinationV1alpha2() typedcoordinationv1alpha2.CoordinationV1alpha2Interface {
	return c.real.CoordinationV1alpha2()
}

// CoordinationV1beta1 returns the real CoordinationV1beta1 client, recording through the fake.
func (c *Clientset) CoordinationV1beta1() typedcoordinationv1beta1.CoordinationV1beta1Interface {
	return c.real.CoordinationV1beta1()
}

// CoreV1 returns the real CoreV1 client, recording through the fake.
func (c *Clientset) CoreV1() typedcorev1.CoreV1Interface {
	return c.real.CoreV1()
}

// DiscoveryV1 returns the real DiscoveryV1 client, recording through the fake.
func (c *Clientset) DiscoveryV1() typeddiscoveryv1.DiscoveryV1Interface {
	return c.real.DiscoveryV1()
}

// DiscoveryV1beta1 returns the real DiscoveryV1beta1 client, recording through the fake.
func (c *Clientset) DiscoveryV1beta1() typeddiscoveryv1beta1.DiscoveryV1beta1Interface {
	return c.real.DiscoveryV1beta1()
}

// EventsV1 returns the real EventsV1 client, recording through the fake.
func (c *Clientset) EventsV1() typedeventsv1.EventsV1Interface {
	return c.real.EventsV1()
}

// EventsV1beta1 returns the real EventsV1beta1 client, recording through the fake.
func (c *Clientset) EventsV1beta1() typedeventsv1beta1.EventsV1beta1Interface {
	return c.real.EventsV1beta1()
}

// ExtensionsV1beta1 returns the real ExtensionsV1beta1 client, recording through the fake.
func (c *Clientset) ExtensionsV1beta1() typedextensionsv1beta1.ExtensionsV1beta1Interface {
	return c.real.ExtensionsV1beta1()
}

// FlowcontrolV1 returns the real FlowcontrolV1 client, recording through the fake.
func (c *Clientset) FlowcontrolV1() typedflowcontrolv1.FlowcontrolV1Interface {
	return c.real.FlowcontrolV1()
}

// FlowcontrolV1beta1 returns the real FlowcontrolV1beta1 client, recording through the fake.
func (c *Clientset) FlowcontrolV1beta1() typedflowcontrolv1beta1.FlowcontrolV1beta1Interface {
	return c.real.FlowcontrolV1beta1()
}

// FlowcontrolV1beta2 returns the real FlowcontrolV1beta2 client, recording through the fake.
func (c *Clientset) FlowcontrolV1beta2() typedflowcontrolv1beta2.FlowcontrolV1beta2Interface {
	return c.real.FlowcontrolV1beta2()
}

// FlowcontrolV1beta3 returns the real FlowcontrolV1beta3 client, recording through the fake.
func (c *Clientset) FlowcontrolV1beta3() typedflowcontrolv1beta3.FlowcontrolV1beta3Interface {
	return c.real.FlowcontrolV1beta3()
}

// InternalV1alpha1 returns the real InternalV1alpha1 client, recording through the fake.
func (c *Clientset) InternalV1alpha1() typedapiserverinternalv1alpha1.InternalV1alpha1Interface {
	return c.real.InternalV1alpha1()
}

// NetworkingV1 returns the real NetworkingV1 client, recording through the fake.
func (c *Clientset) NetworkingV1() typednetworkingv1.NetworkingV1Interface {
	return c.real.NetworkingV1()
}

// NetworkingV1beta1 returns the real NetworkingV1beta1 client, recording through the fake.
func (c *Clientset) NetworkingV1beta1() typednetworkingv1beta1.NetworkingV1beta1Interface {
	return c.real.NetworkingV1beta1()
}

// NodeV1 returns the real NodeV1 client, recording through the fake.
func (c *Clientset) NodeV1() typednodev1.NodeV1Interface {
	return c.real.NodeV1()
}

// NodeV1alpha1 returns the real NodeV1alpha1 client, recording through the fake.
func (c *Clientset) NodeV1alpha1() typednodev1alpha1.NodeV1alpha1Interface {
	return c.real.NodeV1alpha1()
}

// NodeV1beta1 returns the real NodeV1beta1 client, recording through the fake.
func (c *Clientset) NodeV1beta1() typednodev1beta1.NodeV1beta1Interface {
	return c.real.NodeV1beta1()
}

// PolicyV1 returns the real PolicyV1 client, recording through the fake.
func (c *Clientset) PolicyV1() typedpolicyv1.PolicyV1Interface {
	return c.real.PolicyV1()
}

// PolicyV1beta1 returns the real PolicyV1beta1 client, recording through the fake.
func (c *Clientset) PolicyV1beta1() typedpolicyv1beta1.PolicyV1beta1Interface {
	return c.real.PolicyV1beta1()
}

// RbacV1 returns the real RbacV1 client, recording through the fake.
func (c *Clientset) RbacV1() typedrbacv1.RbacV1Interface {
	return c.real.RbacV1()
}

// RbacV1alpha1 returns the real RbacV1alpha1 client, recording through the fake.
func (c *Clientset) RbacV1alpha1() typedrbacv1alpha1.RbacV1alpha1Interface {
	return c.real.RbacV1alpha1()
}

// RbacV1beta1 returns the real RbacV1beta1 client, recording through the fake.
func (c *Clientset) RbacV1beta1() typedrbacv1beta1.RbacV1beta1Interface {
	return c.real.RbacV1beta1()
}

// ResourceV1 returns the real ResourceV1 client, recording through the fake.
func (c *Clientset) ResourceV1() typedresourcev1.ResourceV1Interface {
	return c.real.ResourceV1()
}

// ResourceV1alpha3 returns the real ResourceV1alpha3 client, recording through the fake.
func (c *Clientset) ResourceV1alpha3() typedresourcev1alpha3.ResourceV1alpha3Interface {
	return c.real.ResourceV1alpha3()
}

// ResourceV1beta1 returns the real ResourceV1beta1 client, recording through the fake.
func (c *Clientset) ResourceV1beta1() typedresourcev1beta1.ResourceV1beta1Interface {
	return c.real.ResourceV1beta1()
}

// ResourceV1beta2 returns the real ResourceV1beta2 client, recording through the fake.
func (c *Clientset) ResourceV1beta2() typedresourcev1beta2.ResourceV1beta2Interface {
	return c.real.ResourceV1beta2()
}

// SchedulingV1 returns the real SchedulingV1 client, recording through the fake.
func (c *Clientset) SchedulingV1() typedschedulingv1.SchedulingV1Interface {
	return c.real.SchedulingV1()
}

// SchedulingV1alpha1 returns the real SchedulingV1alpha1 client, recording through the fake.
func (c *Clientset) SchedulingV1alpha1() typedschedulingv1alpha1.SchedulingV1alpha1Interface {
	return c.real.SchedulingV1alpha1()
}

// SchedulingV1beta1 returns the real SchedulingV1beta1 client, recording through the fake.
func (c *Clientset) SchedulingV1beta1() typedschedulingv1beta1.SchedulingV1beta1Interface {
	return c.real.SchedulingV1beta1()
}

// StorageV1 returns the real StorageV1 client, recording through the fake.
func (c *Clientset) StorageV1() typedstoragev1.StorageV1Interface {
	return c.real.StorageV1()
}

// StorageV1alpha1 returns the real StorageV1alpha1 client, recording through the fake.
func (c *Clientset) StorageV1alpha1() typedstoragev1alpha1.StorageV1alpha1Interface {
	return c.real.StorageV1alpha1()
}

// StorageV1beta1 returns the real StorageV1beta1 client, recording through the fake.
func (c *Clientset) StorageV1beta1() typedstoragev1beta1.StorageV1beta1Interface {
	return c.real.StorageV1beta1()
}

// StoragemigrationV1alpha1 returns the real StoragemigrationV1alpha1 client, recording through the fake.
func (c *Clientset) StoragemigrationV1alpha1() typedstoragemigrationv1alpha1.StoragemigrationV1alpha1Interface {
	return c.real.StoragemigrationV1alpha1()
}
