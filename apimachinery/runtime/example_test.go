package runtime_test

import (
	"fmt"
	"net/url"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Widget is an API type: it embeds TypeMeta and can deep-copy itself.
type Widget struct {
	runtime.TypeMeta `json:",inline"`
	Name             string            `json:"name"`
	Replicas         *int32            `json:"replicas,omitempty"`
	Labels           map[string]string `json:"labels,omitempty"`
}

func (w *Widget) DeepCopyObject() runtime.Object { c := *w; return &c }

// WidgetOptions is an option struct sent as query parameters.
type WidgetOptions struct {
	runtime.TypeMeta `json:",inline"`
	Selector         string   `json:"selector,omitempty"`
	Force            *bool    `json:"force,omitempty"`
	DryRun           []string `json:"dryRun,omitempty"`
}

func (o *WidgetOptions) DeepCopyObject() runtime.Object { c := *o; return &c }

func Example() {
	gv := schema.GroupVersion{Group: "example.com", Version: "v1"}
	builder := runtime.NewSchemeBuilder(func(s *runtime.Scheme) error {
		s.AddKnownTypes(gv, &Widget{}, &WidgetOptions{})
		return nil
	})
	scheme := runtime.NewScheme()
	if err := builder.AddToScheme(scheme); err != nil {
		fmt.Println(err)
		return
	}

	// The scheme knows kinds by Go type and creates objects by kind.
	kinds, _, _ := scheme.ObjectKinds(&Widget{})
	fmt.Println(kinds[0])
	obj, _ := scheme.New(gv.WithKind("Widget"))
	fmt.Printf("%T\n", obj)

	// Typed objects convert to unstructured maps and back.
	three := int32(3)
	u, _ := runtime.DefaultUnstructuredConverter.ToUnstructured(&Widget{Name: "w", Replicas: &three})
	fmt.Println(u)

	// Option structs become query parameters.
	no := false
	q, _ := runtime.NewParameterCodec(scheme).EncodeParameters(&WidgetOptions{Force: &no, DryRun: []string{"All"}}, gv)
	fmt.Println(q.Encode() == url.Values{"force": {"false"}, "dryRun": {"All"}}.Encode())
	// Output:
	// example.com/v1, Kind=Widget
	// *runtime_test.Widget
	// map[name:w replicas:3]
	// true
}
