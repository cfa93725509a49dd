package json_test

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// widget is the registered test type.
type widget struct {
	runtime.TypeMeta `json:",inline"`
	Name             string            `json:"name,omitempty"`
	Size             int32             `json:"size,omitempty"`
	Labels           map[string]string `json:"labels,omitempty"`
	Parts            []part            `json:"parts,omitempty"`
}

type part struct {
	ID string `json:"id"`
}

func (w *widget) DeepCopyObject() runtime.Object {
	c := *w
	return &c
}

// loose is not registered in the scheme.
type loose struct {
	runtime.TypeMeta `json:",inline"`
	Value            string `json:"value"`
}

func (l *loose) DeepCopyObject() runtime.Object { c := *l; return &c }

var widgetGV = schema.GroupVersion{Group: "example.skiff.io", Version: "v1"}

func newScheme() *runtime.Scheme {
	s := runtime.NewScheme()
	s.AddKnownTypeWithName(widgetGV.WithKind("Widget"), &widget{})
	return s
}
