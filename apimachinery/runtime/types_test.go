package runtime

import (
	"errors"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// internalSimple is the hub form of the test kind "Simple".
type internalSimple struct {
	TypeMeta `json:",inline"`
	Name     string `json:"name,omitempty"`
	Count    int    `json:"count,omitempty"`
}

func (o *internalSimple) DeepCopyObject() Object { c := *o; return &c }

// externalSimple is the v1 form of the test kind "Simple".
type externalSimple struct {
	TypeMeta `json:",inline"`
	Name     string   `json:"name,omitempty"`
	Count    int64    `json:"count,omitempty"`
	Tags     []string `json:"tags,omitempty"`
}

func (o *externalSimple) DeepCopyObject() Object {
	if o == nil {
		return nil
	}
	c := *o
	c.Tags = append([]string(nil), o.Tags...)
	return &c
}

// testStatus is registered as an unversioned type.
type testStatus struct {
	TypeMeta `json:",inline"`
	Message  string `json:"message,omitempty"`
}

func (o *testStatus) DeepCopyObject() Object { c := *o; return &c }

// testUnstructured is a minimal Unstructured for scheme tests.
type testUnstructured struct {
	Object map[string]interface{}
}

func (u *testUnstructured) GetObjectKind() schema.ObjectKind { return u }

func (u *testUnstructured) GroupVersionKind() schema.GroupVersionKind {
	av, _ := u.Object["apiVersion"].(string)
	k, _ := u.Object["kind"].(string)
	return schema.FromAPIVersionAndKind(av, k)
}

func (u *testUnstructured) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	if u.Object == nil {
		u.Object = map[string]interface{}{}
	}
	u.Object["apiVersion"], u.Object["kind"] = gvk.ToAPIVersionAndKind()
}

func (u *testUnstructured) DeepCopyObject() Object {
	return &testUnstructured{Object: DeepCopyJSON(u.Object)}
}
func (u *testUnstructured) NewEmptyInstance() Unstructured                  { return &testUnstructured{} }
func (u *testUnstructured) UnstructuredContent() map[string]interface{}     { return u.Object }
func (u *testUnstructured) SetUnstructuredContent(m map[string]interface{}) { u.Object = m }
func (u *testUnstructured) IsList() bool                                    { return false }
func (u *testUnstructured) EachListItem(func(Object) error) error {
	return errors.New("not a list")
}
func (u *testUnstructured) EachListItemWithAlloc(func(Object) error) error {
	return errors.New("not a list")
}

var (
	testGroupV1       = schema.GroupVersion{Group: "test.skiff.io", Version: "v1"}
	testGroupV2       = schema.GroupVersion{Group: "test.skiff.io", Version: "v2"}
	testGroupInternal = schema.GroupVersion{Group: "test.skiff.io", Version: APIVersionInternal}
)

// newTestScheme registers the test kinds: Simple in v1 (externalSimple,
// also as "Other"), v2 (externalSimple) and internal (internalSimple), with
// conversions between internal and external.
func newTestScheme() (*Scheme, error) {
	s := NewScheme()
	sb := NewSchemeBuilder(func(s *Scheme) error {
		s.AddKnownTypeWithName(testGroupInternal.WithKind("Simple"), &internalSimple{})
		s.AddKnownTypeWithName(testGroupV1.WithKind("Simple"), &externalSimple{})
		s.AddKnownTypeWithName(testGroupV1.WithKind("Other"), &externalSimple{})
		s.AddKnownTypeWithName(testGroupV2.WithKind("Simple"), &externalSimple{})
		s.AddUnversionedTypes(schema.GroupVersion{Version: "v1"}, &testStatus{})
		if err := s.AddConversionFunc((*internalSimple)(nil), (*externalSimple)(nil), convertInternalToExternal); err != nil {
			return err
		}
		return s.AddConversionFunc((*externalSimple)(nil), (*internalSimple)(nil), convertExternalToInternal)
	})
	return s, sb.AddToScheme(s)
}

func convertInternalToExternal(a, b interface{}, _ conversion.Scope) error {
	in, out := a.(*internalSimple), b.(*externalSimple)
	out.Name, out.Count = in.Name, int64(in.Count)
	return nil
}

func convertExternalToInternal(a, b interface{}, _ conversion.Scope) error {
	in, out := a.(*externalSimple), b.(*internalSimple)
	out.Name, out.Count = in.Name, int(in.Count)
	return nil
}
