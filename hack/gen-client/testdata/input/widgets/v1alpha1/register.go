package v1alpha1

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// SchemeGroupVersion is the group version of the golden test input.
var SchemeGroupVersion = schema.GroupVersion{Group: "widgets.example.com", Version: "v1alpha1"}

// AddToScheme registers the kinds.
func AddToScheme(s *runtime.Scheme) error {
	s.AddKnownTypes(SchemeGroupVersion, &Widget{}, &WidgetList{}, &Gadget{}, &GadgetList{}, &Token{}, &Review{}, &Policy{})
	return nil
}

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Widget) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *WidgetList) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Gadget) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *GadgetList) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Token) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Review) DeepCopyObject() runtime.Object { c := *in; return &c }

// DeepCopyObject returns a shallow copy; enough for the golden test.
func (in *Policy) DeepCopyObject() runtime.Object { c := *in; return &c }
