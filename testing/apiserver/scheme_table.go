// This file lists every api/<group>/<version> package of the module; add a line when a package is added.

package apiserver

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"

	admissionv1 "github.com/skiff-k8s/skiff/api/admission/v1"
	admissionv1beta1 "github.com/skiff-k8s/skiff/api/admission/v1beta1"
	admissionregistrationv1 "github.com/skiff-k8s/skiff/api/admissionregistration/v1"
	admissionregistrationv1alpha1 "github.com/skiff-k8s/skiff/api/admissionregistration/v1alpha1"
	admissionregistrationv1beta1 "github.com/skiff-k8s/skiff/api/admissionregistration/v1beta1"
	apidiscoveryv2 "github.com/skiff-k8s/skiff/api/apidiscovery/v2"
	apidiscoveryv2beta1 "github.com/skiff-k8s/skiff/api/apidiscovery/v2beta1"
	apiserverinternalv1alpha1 "github.com/skiff-k8s/skiff/api/apiserverinternal/v1alpha1"
	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	appsv1beta1 "github.com/skiff-k8s/skiff/api/apps/v1beta1"
	appsv1beta2 "github.com/skiff-k8s/skiff/api/apps/v1beta2"
	authenticationv1 "github.com/skiff-k8s/skiff/api/authentication/v1"
	authenticationv1alpha1 "github.com/skiff-k8s/skiff/api/authentication/v1alpha1"
	authenticationv1beta1 "github.com/skiff-k8s/skiff/api/authentication/v1beta1"
	authorizationv1 "github.com/skiff-k8s/skiff/api/authorization/v1"
	authorizationv1beta1 "github.com/skiff-k8s/skiff/api/authorization/v1beta1"
	autoscalingv1 "github.com/skiff-k8s/skiff/api/autoscaling/v1"
	autoscalingv2 "github.com/skiff-k8s/skiff/api/autoscaling/v2"
	autoscalingv2beta1 "github.com/skiff-k8s/skiff/api/autoscaling/v2beta1"
	autoscalingv2beta2 "github.com/skiff-k8s/skiff/api/autoscaling/v2beta2"
	batchv1 "github.com/skiff-k8s/skiff/api/batch/v1"
	batchv1beta1 "github.com/skiff-k8s/skiff/api/batch/v1beta1"
	certificatesv1 "github.com/skiff-k8s/skiff/api/certificates/v1"
	certificatesv1alpha1 "github.com/skiff-k8s/skiff/api/certificates/v1alpha1"
	certificatesv1beta1 "github.com/skiff-k8s/skiff/api/certificates/v1beta1"
	coordinationv1 "github.com/skiff-k8s/skiff/api/coordination/v1"
	coordinationv1alpha2 "github.com/skiff-k8s/skiff/api/coordination/v1alpha2"
	coordinationv1beta1 "github.com/skiff-k8s/skiff/api/coordination/v1beta1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	discoveryv1 "github.com/skiff-k8s/skiff/api/discovery/v1"
	discoveryv1beta1 "github.com/skiff-k8s/skiff/api/discovery/v1beta1"
	eventsv1 "github.com/skiff-k8s/skiff/api/events/v1"
	eventsv1beta1 "github.com/skiff-k8s/skiff/api/events/v1beta1"
	extensionsv1beta1 "github.com/skiff-k8s/skiff/api/extensions/v1beta1"
	flowcontrolv1 "github.com/skiff-k8s/skiff/api/flowcontrol/v1"
	flowcontrolv1beta1 "github.com/skiff-k8s/skiff/api/flowcontrol/v1beta1"
	flowcontrolv1beta2 "github.com/skiff-k8s/skiff/api/flowcontrol/v1beta2"
	flowcontrolv1beta3 "github.com/skiff-k8s/skiff/api/flowcontrol/v1beta3"
	imagepolicyv1alpha1 "github.com/skiff-k8s/skiff/api/imagepolicy/v1alpha1"
	networkingv1 "github.com/skiff-k8s/skiff/api/networking/v1"
	networkingv1beta1 "github.com/skiff-k8s/skiff/api/networking/v1beta1"
	nodev1 "github.com/skiff-k8s/skiff/api/node/v1"
	nodev1alpha1 "github.com/skiff-k8s/skiff/api/node/v1alpha1"
	nodev1beta1 "github.com/skiff-k8s/skiff/api/node/v1beta1"
	policyv1 "github.com/skiff-k8s/skiff/api/policy/v1"
	policyv1beta1 "github.com/skiff-k8s/skiff/api/policy/v1beta1"
	rbacv1 "github.com/skiff-k8s/skiff/api/rbac/v1"
	rbacv1alpha1 "github.com/skiff-k8s/skiff/api/rbac/v1alpha1"
	rbacv1beta1 "github.com/skiff-k8s/skiff/api/rbac/v1beta1"
	resourcev1 "github.com/skiff-k8s/skiff/api/resource/v1"
	resourcev1alpha3 "github.com/skiff-k8s/skiff/api/resource/v1alpha3"
	resourcev1beta1 "github.com/skiff-k8s/skiff/api/resource/v1beta1"
	resourcev1beta2 "github.com/skiff-k8s/skiff/api/resource/v1beta2"
	schedulingv1 "github.com/skiff-k8s/skiff/api/scheduling/v1"
	schedulingv1alpha1 "github.com/skiff-k8s/skiff/api/scheduling/v1alpha1"
	schedulingv1beta1 "github.com/skiff-k8s/skiff/api/scheduling/v1beta1"
	storagev1 "github.com/skiff-k8s/skiff/api/storage/v1"
	storagev1alpha1 "github.com/skiff-k8s/skiff/api/storage/v1alpha1"
	storagev1beta1 "github.com/skiff-k8s/skiff/api/storage/v1beta1"
	storagemigrationv1alpha1 "github.com/skiff-k8s/skiff/api/storagemigration/v1alpha1"
)

// schemeAdders lists the AddToScheme function of every api/<group>/<version> package.
var schemeAdders = []func(*runtime.Scheme) error{
	admissionv1.AddToScheme,
	admissionv1beta1.AddToScheme,
	admissionregistrationv1.AddToScheme,
	admissionregistrationv1alpha1.AddToScheme,
	admissionregistrationv1beta1.AddToScheme,
	apidiscoveryv2.AddToScheme,
	apidiscoveryv2beta1.AddToScheme,
	apiserverinternalv1alpha1.AddToScheme,
	appsv1.AddToScheme,
	appsv1beta1.AddToScheme,
	appsv1beta2.AddToScheme,
	authenticationv1.AddToScheme,
	authenticationv1alpha1.AddToScheme,
	authenticationv1beta1.AddToScheme,
	authorizationv1.AddToScheme,
	authorizationv1beta1.AddToScheme,
	autoscalingv1.AddToScheme,
	autoscalingv2.AddToScheme,
	autoscalingv2beta1.AddToScheme,
	autoscalingv2beta2.AddToScheme,
	batchv1.AddToScheme,
	batchv1beta1.AddToScheme,
	certificatesv1.AddToScheme,
	certificatesv1alpha1.AddToScheme,
	certificatesv1beta1.AddToScheme,
	coordinationv1.AddToScheme,
	coordinationv1alpha2.AddToScheme,
	coordinationv1beta1.AddToScheme,
	corev1.AddToScheme,
	discoveryv1.AddToScheme,
	discoveryv1beta1.AddToScheme,
	eventsv1.AddToScheme,
	eventsv1beta1.AddToScheme,
	extensionsv1beta1.AddToScheme,
	flowcontrolv1.AddToScheme,
	flowcontrolv1beta1.AddToScheme,
	flowcontrolv1beta2.AddToScheme,
	flowcontrolv1beta3.AddToScheme,
	imagepolicyv1alpha1.AddToScheme,
	networkingv1.AddToScheme,
	networkingv1beta1.AddToScheme,
	nodev1.AddToScheme,
	nodev1alpha1.AddToScheme,
	nodev1beta1.AddToScheme,
	policyv1.AddToScheme,
	policyv1beta1.AddToScheme,
	rbacv1.AddToScheme,
	rbacv1alpha1.AddToScheme,
	rbacv1beta1.AddToScheme,
	resourcev1.AddToScheme,
	resourcev1alpha3.AddToScheme,
	resourcev1beta1.AddToScheme,
	resourcev1beta2.AddToScheme,
	schedulingv1.AddToScheme,
	schedulingv1alpha1.AddToScheme,
	schedulingv1beta1.AddToScheme,
	storagev1.AddToScheme,
	storagev1alpha1.AddToScheme,
	storagev1beta1.AddToScheme,
	storagemigrationv1alpha1.AddToScheme,
}
