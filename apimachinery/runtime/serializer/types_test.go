package serializer_test

import (
	"encoding/json"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// gadget is the v1 form of kind Gadget; gadgetV2 the v2 form, which names
// the size field differently; gadgetInternal the hub form.
type gadget struct {
	runtime.TypeMeta `json:",inline"`
	Name             string `json:"name,omitempty"`
	Size             int32  `json:"size,omitempty"`
}

func (g *gadget) DeepCopyObject() runtime.Object { c := *g; return &c }

type gadgetV2 struct {
	runtime.TypeMeta `json:",inline"`
	Name             string `json:"name,omitempty"`
	Dimension        int32  `json:"dimension,omitempty"`
}

func (g *gadgetV2) DeepCopyObject() runtime.Object { c := *g; return &c }

type gadgetInternal struct {
	runtime.TypeMeta
	Name string
	Size int32
}

func (g *gadgetInternal) DeepCopyObject() runtime.Object { c := *g; return &c }

// status is unversioned.
type status struct {
	runtime.TypeMeta `json:",inline"`
	Message          string `json:"message,omitempty"`
}

func (s *status) DeepCopyObject() runtime.Object { c := *s; return &c }

var (
	v1         = schema.GroupVersion{Group: "toys.skiff.io", Version: "v1"}
	v2         = schema.GroupVersion{Group: "toys.skiff.io", Version: "v2"}
	internalGV = schema.GroupVersion{Group: "toys.skiff.io", Version: runtime.APIVersionInternal}
)

func newScheme() (*runtime.Scheme, error) {
	s := runtime.NewScheme()
	sb := runtime.NewSchemeBuilder(func(s *runtime.Scheme) error {
		s.AddKnownTypeWithName(v1.WithKind("Gadget"), &gadget{})
		s.AddKnownTypeWithName(v2.WithKind("Gadget"), &gadgetV2{})
		s.AddKnownTypeWithName(internalGV.WithKind("Gadget"), &gadgetInternal{})
		s.AddUnversionedTypes(schema.GroupVersion{Version: "v1"}, &status{})
		s.AddTypeDefaultingFunc(&gadget{}, func(obj interface{}) {
			if g := obj.(*gadget); g.Size == 0 {
				g.Size = 1
			}
		})
		convs := []struct {
			a, b interface{}
			fn   conversion.ConversionFunc
		}{
			{(*gadget)(nil), (*gadgetInternal)(nil), func(a, b interface{}, _ conversion.Scope) error {
				in, out := a.(*gadget), b.(*gadgetInternal)
				out.Name, out.Size = in.Name, in.Size
				return nil
			}},
			{(*gadgetInternal)(nil), (*gadget)(nil), func(a, b interface{}, _ conversion.Scope) error {
				in, out := a.(*gadgetInternal), b.(*gadget)
				out.Name, out.Size = in.Name, in.Size
				return nil
			}},
			{(*gadgetV2)(nil), (*gadgetInternal)(nil), func(a, b interface{}, _ conversion.Scope) error {
				in, out := a.(*gadgetV2), b.(*gadgetInternal)
				out.Name, out.Size = in.Name, in.Dimension
				return nil
			}},
			{(*gadgetInternal)(nil), (*gadgetV2)(nil), func(a, b interface{}, _ conversion.Scope) error {
				in, out := a.(*gadgetInternal), b.(*gadgetV2)
				out.Name, out.Dimension = in.Name, in.Size
				return nil
			}},
		}
		for _, c := range convs {
			if err := s.AddConversionFunc(c.a, c.b, c.fn); err != nil {
				return err
			}
		}
		return nil
	})
	return s, sb.AddToScheme(s)
}

func stdMarshal(v interface{}) ([]byte, error) { return json.Marshal(v) }
