// Package v1alpha1 is gen-client's golden test input.
//
// +groupName=widgets.example.com
package v1alpha1

import metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"

// Widget is namespaced with a status and scale subresource methods.
//
// +genclient
// +genclient:method=GetScale,verb=get,subresource=scale,result=github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale
// +genclient:method=UpdateScale,verb=update,subresource=scale,input=github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale,result=github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale
// +genclient:method=ApplyScale,verb=apply,subresource=scale,input=github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale,result=github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale
// +genclient:method=UpdateApproval,verb=update,subresource=approval
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// WidgetList is a list of widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}

// Gadget is cluster-scoped, without status, and cannot be deleted in bulk.
//
// +genclient
// +genclient:nonNamespaced
// +genclient:noStatus
// +genclient:skipVerbs=deletecollection
// +genclient:method=CreateToken,verb=create,subresource=token,input=Token,result=Token
// +resourceName=gadgetries
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// GadgetList is a list of gadgets.
type GadgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Gadget `json:"items"`
}

// Token is a subresource kind.
type Token struct {
	metav1.TypeMeta `json:",inline"`
}

// Review can only be created.
//
// +genclient
// +genclient:nonNamespaced
// +genclient:onlyVerbs=create
type Review struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// Policy has no verbs of its own; its expansion is hand-written.
//
// +genclient
// +genclient:noVerbs
type Policy struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// NotAClient has no +genclient marker.
type NotAClient struct{}
