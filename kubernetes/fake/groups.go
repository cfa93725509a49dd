// The group getters of the fake clientset, one per method of kubernetes.Interface.

package fake

import (
	"github.com/skiff-k8s/skiff/discovery"
	typedadmissionregistrationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1"
	fakeadmissionregistrationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1/fake"
	typedadmissionregistrationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1alpha1"
	fakeadmissionregistrationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1alpha1/fake"
	typedadmissionregistrationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1beta1"
	fakeadmissionregistrationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/admissionregistration/v1beta1/fake"
	typedapiserverinternalv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/apiserverinternal/v1alpha1"
	fakeapiserverinternalv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/apiserverinternal/v1alpha1/fake"
	typedappsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1"
	fakeappsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1/fake"
	typedappsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1beta1"
	fakeappsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1beta1/fake"
	typedappsv1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1beta2"
	fakeappsv1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1beta2/fake"
	typedauthenticationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1"
	fakeauthenticationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1/fake"
	typedauthenticationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1alpha1"
	fakeauthenticationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1alpha1/fake"
	typedauthenticationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1beta1"
	fakeauthenticationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/authentication/v1beta1/fake"
	typedauthorizationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/authorization/v1"
	fakeauthorizationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/authorization/v1/fake"
	typedauthorizationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/authorization/v1beta1"
	fakeauthorizationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/authorization/v1beta1/fake"
	typedautoscalingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v1"
	fakeautoscalingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v1/fake"
	typedautoscalingv2 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2"
	fakeautoscalingv2 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2/fake"
	typedautoscalingv2beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2beta1"
	fakeautoscalingv2beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2beta1/fake"
	typedautoscalingv2beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2beta2"
	fakeautoscalingv2beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/autoscaling/v2beta2/fake"
	typedbatchv1 "github.com/skiff-k8s/skiff/kubernetes/typed/batch/v1"
	fakebatchv1 "github.com/skiff-k8s/skiff/kubernetes/typed/batch/v1/fake"
	typedbatchv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/batch/v1beta1"
	fakebatchv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/batch/v1beta1/fake"
	typedcertificatesv1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1"
	fakecertificatesv1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1/fake"
	typedcertificatesv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1alpha1"
	fakecertificatesv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1alpha1/fake"
	typedcertificatesv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1beta1"
	fakecertificatesv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/certificates/v1beta1/fake"
	typedcoordinationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1"
	fakecoordinationv1 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1/fake"
	typedcoordinationv1alpha2 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1alpha2"
	fakecoordinationv1alpha2 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1alpha2/fake"
	typedcoordinationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1beta1"
	fakecoordinationv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/coordination/v1beta1/fake"
	typedcorev1 "github.com/skiff-k8s/skiff/kubernetes/typed/core/v1"
	fakecorev1 "github.com/skiff-k8s/skiff/kubernetes/typed/core/v1/fake"
	typeddiscoveryv1 "github.com/skiff-k8s/skiff/kubernetes/typed/discovery/v1"
	fakediscoveryv1 "github.com/skiff-k8s/skiff/kubernetes/typed/discovery/v1/fake"
	typeddiscoveryv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/discovery/v1beta1"
	fakediscoveryv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/discovery/v1beta1/fake"
	typedeventsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/events/v1"
	fakeeventsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/events/v1/fake"
	typedeventsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/events/v1beta1"
	fakeeventsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/events/v1beta1/fake"
	typedextensionsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/extensions/v1beta1"
	fakeextensionsv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/extensions/v1beta1/fake"
	typedflowcontrolv1 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1"
	fakeflowcontrolv1 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1/fake"
	typedflowcontrolv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta1"
	fakeflowcontrolv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta1/fake"
	typedflowcontrolv1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta2"
	fakeflowcontrolv1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta2/fake"
	typedflowcontrolv1beta3 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta3"
	fakeflowcontrolv1beta3 "github.com/skiff-k8s/skiff/kubernetes/typed/flowcontrol/v1beta3/fake"
	typednetworkingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/networking/v1"
	fakenetworkingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/networking/v1/fake"
	typednetworkingv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/networking/v1beta1"
	fakenetworkingv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/networking/v1beta1/fake"
	typednodev1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1"
	fakenodev1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1/fake"
	typednodev1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1alpha1"
	fakenodev1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1alpha1/fake"
	typednodev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1beta1"
	fakenodev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/node/v1beta1/fake"
	typedpolicyv1 "github.com/skiff-k8s/skiff/kubernetes/typed/policy/v1"
	fakepolicyv1 "github.com/skiff-k8s/skiff/kubernetes/typed/policy/v1/fake"
	typedpolicyv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/policy/v1beta1"
	fakepolicyv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/policy/v1beta1/fake"
	typedrbacv1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1"
	fakerbacv1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1/fake"
	typedrbacv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1alpha1"
	fakerbacv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1alpha1/fake"
	typedrbacv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1beta1"
	fakerbacv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/rbac/v1beta1/fake"
	typedresourcev1 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1"
	fakeresourcev1 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1/fake"
	typedresourcev1alpha3 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1alpha3"
	fakeresourcev1alpha3 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1alpha3/fake"
	typedresourcev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1beta1"
	fakeresourcev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1beta1/fake"
	typedresourcev1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1beta2"
	fakeresourcev1beta2 "github.com/skiff-k8s/skiff/kubernetes/typed/resource/v1beta2/fake"
	typedschedulingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1"
	fakeschedulingv1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1/fake"
	typedschedulingv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1alpha1"
	fakeschedulingv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1alpha1/fake"
	typedschedulingv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1beta1"
	fakeschedulingv1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/scheduling/v1beta1/fake"
	typedstoragev1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1"
	fakestoragev1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1/fake"
	typedstoragev1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1alpha1"
	fakestoragev1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1alpha1/fake"
	typedstoragev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1beta1"
	fakestoragev1beta1 "github.com/skiff-k8s/skiff/kubernetes/typed/storage/v1beta1/fake"
	typedstoragemigrationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/storagemigration/v1alpha1"
	fakestoragemigrationv1alpha1 "github.com/skiff-k8s/skiff/kubernetes/typed/storagemigration/v1alpha1/fake"
)

// Discovery returns the discovery client of the real clientset; it talks
// to the in-memory server and its requests are not recorded.
func (c *Clientset) Discovery() discovery.DiscoveryInterface {
	return c.real.Discovery()
}

// AdmissionregistrationV1 returns the AdmissionregistrationV1 client: the real one, recording on the Fake.
func (c *Clientset) AdmissionregistrationV1() typedadmissionregistrationv1.AdmissionregistrationV1Interface {
	return &fakeadmissionregistrationv1.FakeAdmissionregistrationV1{Fake: &c.Fake, Client: c.real.AdmissionregistrationV1()}
}

// AdmissionregistrationV1alpha1 returns the AdmissionregistrationV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) AdmissionregistrationV1alpha1() typedadmissionregistrationv1alpha1.AdmissionregistrationV1alpha1Interface {
	return &fakeadmissionregistrationv1alpha1.FakeAdmissionregistrationV1alpha1{Fake: &c.Fake, Client: c.real.AdmissionregistrationV1alpha1()}
}

// AdmissionregistrationV1beta1 returns the AdmissionregistrationV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) AdmissionregistrationV1beta1() typedadmissionregistrationv1beta1.AdmissionregistrationV1beta1Interface {
	return &fakeadmissionregistrationv1beta1.FakeAdmissionregistrationV1beta1{Fake: &c.Fake, Client: c.real.AdmissionregistrationV1beta1()}
}

// AppsV1 returns the AppsV1 client: the real one, recording on the Fake.
func (c *Clientset) AppsV1() typedappsv1.AppsV1Interface {
	return &fakeappsv1.FakeAppsV1{Fake: &c.Fake, Client: c.real.AppsV1()}
}

// AppsV1beta1 returns the AppsV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) AppsV1beta1() typedappsv1beta1.AppsV1beta1Interface {
	return &fakeappsv1beta1.FakeAppsV1beta1{Fake: &c.Fake, Client: c.real.AppsV1beta1()}
}

// AppsV1beta2 returns the AppsV1beta2 client: the real one, recording on the Fake.
func (c *Clientset) AppsV1beta2() typedappsv1beta2.AppsV1beta2Interface {
	return &fakeappsv1beta2.FakeAppsV1beta2{Fake: &c.Fake, Client: c.real.AppsV1beta2()}
}

// AuthenticationV1 returns the AuthenticationV1 client: the real one, recording on the Fake.
func (c *Clientset) AuthenticationV1() typedauthenticationv1.AuthenticationV1Interface {
	return &fakeauthenticationv1.FakeAuthenticationV1{Fake: &c.Fake, Client: c.real.AuthenticationV1()}
}

// AuthenticationV1alpha1 returns the AuthenticationV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) AuthenticationV1alpha1() typedauthenticationv1alpha1.AuthenticationV1alpha1Interface {
	return &fakeauthenticationv1alpha1.FakeAuthenticationV1alpha1{Fake: &c.Fake, Client: c.real.AuthenticationV1alpha1()}
}

// AuthenticationV1beta1 returns the AuthenticationV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) AuthenticationV1beta1() typedauthenticationv1beta1.AuthenticationV1beta1Interface {
	return &fakeauthenticationv1beta1.FakeAuthenticationV1beta1{Fake: &c.Fake, Client: c.real.AuthenticationV1beta1()}
}

// AuthorizationV1 returns the AuthorizationV1 client: the real one, recording on the Fake.
func (c *Clientset) AuthorizationV1() typedauthorizationv1.AuthorizationV1Interface {
	return &fakeauthorizationv1.FakeAuthorizationV1{Fake: &c.Fake, Client: c.real.AuthorizationV1()}
}

// AuthorizationV1beta1 returns the AuthorizationV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) AuthorizationV1beta1() typedauthorizationv1beta1.AuthorizationV1beta1Interface {
	return &fakeauthorizationv1beta1.FakeAuthorizationV1beta1{Fake: &c.Fake, Client: c.real.AuthorizationV1beta1()}
}

// AutoscalingV1 returns the AutoscalingV1 client: the real one, recording on the Fake.
func (c *Clientset) AutoscalingV1() typedautoscalingv1.AutoscalingV1Interface {
	return &fakeautoscalingv1.FakeAutoscalingV1{Fake: &c.Fake, Client: c.real.AutoscalingV1()}
}

// AutoscalingV2 returns the AutoscalingV2 client: the real one, recording on the Fake.
func (c *Clientset) AutoscalingV2() typedautoscalingv2.AutoscalingV2Interface {
	return &fakeautoscalingv2.FakeAutoscalingV2{Fake: &c.Fake, Client: c.real.AutoscalingV2()}
}

// AutoscalingV2beta1 returns the AutoscalingV2beta1 client: the real one, recording on the Fake.
func (c *Clientset) AutoscalingV2beta1() typedautoscalingv2beta1.AutoscalingV2beta1Interface {
	return &fakeautoscalingv2beta1.FakeAutoscalingV2beta1{Fake: &c.Fake, Client: c.real.AutoscalingV2beta1()}
}

// AutoscalingV2beta2 returns the AutoscalingV2beta2 client: the real one, recording on the Fake.
func (c *Clientset) AutoscalingV2beta2() typedautoscalingv2beta2.AutoscalingV2beta2Interface {
	return &fakeautoscalingv2beta2.FakeAutoscalingV2beta2{Fake: &c.Fake, Client: c.real.AutoscalingV2beta2()}
}

// BatchV1 returns the BatchV1 client: the real one, recording on the Fake.
func (c *Clientset) BatchV1() typedbatchv1.BatchV1Interface {
	return &fakebatchv1.FakeBatchV1{Fake: &c.Fake, Client: c.real.BatchV1()}
}

// BatchV1beta1 returns the BatchV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) BatchV1beta1() typedbatchv1beta1.BatchV1beta1Interface {
	return &fakebatchv1beta1.FakeBatchV1beta1{Fake: &c.Fake, Client: c.real.BatchV1beta1()}
}

// CertificatesV1 returns the CertificatesV1 client: the real one, recording on the Fake.
func (c *Clientset) CertificatesV1() typedcertificatesv1.CertificatesV1Interface {
	return &fakecertificatesv1.FakeCertificatesV1{Fake: &c.Fake, Client: c.real.CertificatesV1()}
}

// CertificatesV1alpha1 returns the CertificatesV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) CertificatesV1alpha1() typedcertificatesv1alpha1.CertificatesV1alpha1Interface {
	return &fakecertificatesv1alpha1.FakeCertificatesV1alpha1{Fake: &c.Fake, Client: c.real.CertificatesV1alpha1()}
}

// CertificatesV1beta1 returns the CertificatesV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) CertificatesV1beta1() typedcertificatesv1beta1.CertificatesV1beta1Interface {
	return &fakecertificatesv1beta1.FakeCertificatesV1beta1{Fake: &c.Fake, Client: c.real.CertificatesV1beta1()}
}

// CoordinationV1 returns the CoordinationV1 client: the real one, recording on the Fake.
func (c *Clientset) CoordinationV1() typedcoordinationv1.CoordinationV1Interface {
	return &fakecoordinationv1.FakeCoordinationV1{Fake: &c.Fake, Client: c.real.CoordinationV1()}
}

// CoordinationV1alpha2 returns the CoordinationV1alpha2 client: the real one, recording on the Fake.
func (c *Clientset) CoordinationV1alpha2() typedcoordinationv1alpha2.CoordinationV1alpha2Interface {
	return &fakecoordinationv1alpha2.FakeCoordinationV1alpha2{Fake: &c.Fake, Client: c.real.CoordinationV1alpha2()}
}

// CoordinationV1beta1 returns the CoordinationV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) CoordinationV1beta1() typedcoordinationv1beta1.CoordinationV1beta1Interface {
	return &fakecoordinationv1beta1.FakeCoordinationV1beta1{Fake: &c.Fake, Client: c.real.CoordinationV1beta1()}
}

// CoreV1 returns the CoreV1 client: the real one, recording on the Fake.
func (c *Clientset) CoreV1() typedcorev1.CoreV1Interface {
	return &fakecorev1.FakeCoreV1{Fake: &c.Fake, Client: c.real.CoreV1()}
}

// DiscoveryV1 returns the DiscoveryV1 client: the real one, recording on the Fake.
func (c *Clientset) DiscoveryV1() typeddiscoveryv1.DiscoveryV1Interface {
	return &fakediscoveryv1.FakeDiscoveryV1{Fake: &c.Fake, Client: c.real.DiscoveryV1()}
}

// DiscoveryV1beta1 returns the DiscoveryV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) DiscoveryV1beta1() typeddiscoveryv1beta1.DiscoveryV1beta1Interface {
	return &fakediscoveryv1beta1.FakeDiscoveryV1beta1{Fake: &c.Fake, Client: c.real.DiscoveryV1beta1()}
}

// EventsV1 returns the EventsV1 client: the real one, recording on the Fake.
func (c *Clientset) EventsV1() typedeventsv1.EventsV1Interface {
	return &fakeeventsv1.FakeEventsV1{Fake: &c.Fake, Client: c.real.EventsV1()}
}

// EventsV1beta1 returns the EventsV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) EventsV1beta1() typedeventsv1beta1.EventsV1beta1Interface {
	return &fakeeventsv1beta1.FakeEventsV1beta1{Fake: &c.Fake, Client: c.real.EventsV1beta1()}
}

// ExtensionsV1beta1 returns the ExtensionsV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) ExtensionsV1beta1() typedextensionsv1beta1.ExtensionsV1beta1Interface {
	return &fakeextensionsv1beta1.FakeExtensionsV1beta1{Fake: &c.Fake, Client: c.real.ExtensionsV1beta1()}
}

// FlowcontrolV1 returns the FlowcontrolV1 client: the real one, recording on the Fake.
func (c *Clientset) FlowcontrolV1() typedflowcontrolv1.FlowcontrolV1Interface {
	return &fakeflowcontrolv1.FakeFlowcontrolV1{Fake: &c.Fake, Client: c.real.FlowcontrolV1()}
}

// FlowcontrolV1beta1 returns the FlowcontrolV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) FlowcontrolV1beta1() typedflowcontrolv1beta1.FlowcontrolV1beta1Interface {
	return &fakeflowcontrolv1beta1.FakeFlowcontrolV1beta1{Fake: &c.Fake, Client: c.real.FlowcontrolV1beta1()}
}

// FlowcontrolV1beta2 returns the FlowcontrolV1beta2 client: the real one, recording on the Fake.
func (c *Clientset) FlowcontrolV1beta2() typedflowcontrolv1beta2.FlowcontrolV1beta2Interface {
	return &fakeflowcontrolv1beta2.FakeFlowcontrolV1beta2{Fake: &c.Fake, Client: c.real.FlowcontrolV1beta2()}
}

// FlowcontrolV1beta3 returns the FlowcontrolV1beta3 client: the real one, recording on the Fake.
func (c *Clientset) FlowcontrolV1beta3() typedflowcontrolv1beta3.FlowcontrolV1beta3Interface {
	return &fakeflowcontrolv1beta3.FakeFlowcontrolV1beta3{Fake: &c.Fake, Client: c.real.FlowcontrolV1beta3()}
}

// InternalV1alpha1 returns the InternalV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) InternalV1alpha1() typedapiserverinternalv1alpha1.InternalV1alpha1Interface {
	return &fakeapiserverinternalv1alpha1.FakeInternalV1alpha1{Fake: &c.Fake, Client: c.real.InternalV1alpha1()}
}

// NetworkingV1 returns the NetworkingV1 client: the real one, recording on the Fake.
func (c *Clientset) NetworkingV1() typednetworkingv1.NetworkingV1Interface {
	return &fakenetworkingv1.FakeNetworkingV1{Fake: &c.Fake, Client: c.real.NetworkingV1()}
}

// NetworkingV1beta1 returns the NetworkingV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) NetworkingV1beta1() typednetworkingv1beta1.NetworkingV1beta1Interface {
	return &fakenetworkingv1beta1.FakeNetworkingV1beta1{Fake: &c.Fake, Client: c.real.NetworkingV1beta1()}
}

// NodeV1 returns the NodeV1 client: the real one, recording on the Fake.
func (c *Clientset) NodeV1() typednodev1.NodeV1Interface {
	return &fakenodev1.FakeNodeV1{Fake: &c.Fake, Client: c.real.NodeV1()}
}

// NodeV1alpha1 returns the NodeV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) NodeV1alpha1() typednodev1alpha1.NodeV1alpha1Interface {
	return &fakenodev1alpha1.FakeNodeV1alpha1{Fake: &c.Fake, Client: c.real.NodeV1alpha1()}
}

// NodeV1beta1 returns the NodeV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) NodeV1beta1() typednodev1beta1.NodeV1beta1Interface {
	return &fakenodev1beta1.FakeNodeV1beta1{Fake: &c.Fake, Client: c.real.NodeV1beta1()}
}

// PolicyV1 returns the PolicyV1 client: the real one, recording on the Fake.
func (c *Clientset) PolicyV1() typedpolicyv1.PolicyV1Interface {
	return &fakepolicyv1.FakePolicyV1{Fake: &c.Fake, Client: c.real.PolicyV1()}
}

// PolicyV1beta1 returns the PolicyV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) PolicyV1beta1() typedpolicyv1beta1.PolicyV1beta1Interface {
	return &fakepolicyv1beta1.FakePolicyV1beta1{Fake: &c.Fake, Client: c.real.PolicyV1beta1()}
}

// RbacV1 returns the RbacV1 client: the real one, recording on the Fake.
func (c *Clientset) RbacV1() typedrbacv1.RbacV1Interface {
	return &fakerbacv1.FakeRbacV1{Fake: &c.Fake, Client: c.real.RbacV1()}
}

// RbacV1alpha1 returns the RbacV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) RbacV1alpha1() typedrbacv1alpha1.RbacV1alpha1Interface {
	return &fakerbacv1alpha1.FakeRbacV1alpha1{Fake: &c.Fake, Client: c.real.RbacV1alpha1()}
}

// RbacV1beta1 returns the RbacV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) RbacV1beta1() typedrbacv1beta1.RbacV1beta1Interface {
	return &fakerbacv1beta1.FakeRbacV1beta1{Fake: &c.Fake, Client: c.real.RbacV1beta1()}
}

// ResourceV1 returns the ResourceV1 client: the real one, recording on the Fake.
func (c *Clientset) ResourceV1() typedresourcev1.ResourceV1Interface {
	return &fakeresourcev1.FakeResourceV1{Fake: &c.Fake, Client: c.real.ResourceV1()}
}

// ResourceV1alpha3 returns the ResourceV1alpha3 client: the real one, recording on the Fake.
func (c *Clientset) ResourceV1alpha3() typedresourcev1alpha3.ResourceV1alpha3Interface {
	return &fakeresourcev1alpha3.FakeResourceV1alpha3{Fake: &c.Fake, Client: c.real.ResourceV1alpha3()}
}

// ResourceV1beta1 returns the ResourceV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) ResourceV1beta1() typedresourcev1beta1.ResourceV1beta1Interface {
	return &fakeresourcev1beta1.FakeResourceV1beta1{Fake: &c.Fake, Client: c.real.ResourceV1beta1()}
}

// ResourceV1beta2 returns the ResourceV1beta2 client: the real one, recording on the Fake.
func (c *Clientset) ResourceV1beta2() typedresourcev1beta2.ResourceV1beta2Interface {
	return &fakeresourcev1beta2.FakeResourceV1beta2{Fake: &c.Fake, Client: c.real.ResourceV1beta2()}
}

// SchedulingV1 returns the SchedulingV1 client: the real one, recording on the Fake.
func (c *Clientset) SchedulingV1() typedschedulingv1.SchedulingV1Interface {
	return &fakeschedulingv1.FakeSchedulingV1{Fake: &c.Fake, Client: c.real.SchedulingV1()}
}

// SchedulingV1alpha1 returns the SchedulingV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) SchedulingV1alpha1() typedschedulingv1alpha1.SchedulingV1alpha1Interface {
	return &fakeschedulingv1alpha1.FakeSchedulingV1alpha1{Fake: &c.Fake, Client: c.real.SchedulingV1alpha1()}
}

// SchedulingV1beta1 returns the SchedulingV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) SchedulingV1beta1() typedschedulingv1beta1.SchedulingV1beta1Interface {
	return &fakeschedulingv1beta1.FakeSchedulingV1beta1{Fake: &c.Fake, Client: c.real.SchedulingV1beta1()}
}

// StorageV1 returns the StorageV1 client: the real one, recording on the Fake.
func (c *Clientset) StorageV1() typedstoragev1.StorageV1Interface {
	return &fakestoragev1.FakeStorageV1{Fake: &c.Fake, Client: c.real.StorageV1()}
}

// StorageV1alpha1 returns the StorageV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) StorageV1alpha1() typedstoragev1alpha1.StorageV1alpha1Interface {
	return &fakestoragev1alpha1.FakeStorageV1alpha1{Fake: &c.Fake, Client: c.real.StorageV1alpha1()}
}

// StorageV1beta1 returns the StorageV1beta1 client: the real one, recording on the Fake.
func (c *Clientset) StorageV1beta1() typedstoragev1beta1.StorageV1beta1Interface {
	return &fakestoragev1beta1.FakeStorageV1beta1{Fake: &c.Fake, Client: c.real.StorageV1beta1()}
}

// StoragemigrationV1alpha1 returns the StoragemigrationV1alpha1 client: the real one, recording on the Fake.
func (c *Clientset) StoragemigrationV1alpha1() typedstoragemigrationv1alpha1.StoragemigrationV1alpha1Interface {
	return &fakestoragemigrationv1alpha1.FakeStoragemigrationV1alpha1{Fake: &c.Fake, Client: c.real.StoragemigrationV1alpha1()}
}
