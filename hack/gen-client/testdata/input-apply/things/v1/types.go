// Package v1 is gen-client's golden test input with apply configurations
// and a group Go name.
//
// +groupGoName=Gizmos
package v1

import (
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// GroupName is the group of the golden test input.
const GroupName = "things.example.com"

// SchemeGroupVersion is its group version.
var SchemeGroupVersion = schema.GroupVersion{Group: GroupName, Version: "v1"}

// AddToScheme registers the kinds.
func AddToScheme(s *runtime.Scheme) error {
	s.AddKnownTypes(SchemeGroupVersion, &Thing{}, &ThingList{}, &Scale{}, &Knob{})
	return nil
}

// Thing is namespaced, with status and a scale subresource.
//
// +genclient
// +genclient:method=GetScale,verb=get,subresource=scale,result=Scale
// +genclient:method=ApplyScale,verb=apply,subresource=scale,input=Scale,result=Scale
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// ThingList is a list of things.
type ThingList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Thing `json:"items"`
}

// Knob can be got and patched but not listed.
//
// +genclient
// +genclient:nonNamespaced
// +genclient:noStatus
// +genclient:onlyVerbs=get,patch
type Knob struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// Scale is the scale subresource.
type Scale struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Thing) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *ThingList) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Knob) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Scale) DeepCopyObject() runtime.Object { c := *in; return &c }
