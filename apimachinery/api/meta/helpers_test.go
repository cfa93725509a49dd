package meta

import (
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// testObj is a typed object embedding the standard metadata.
type testObj struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Value             string `json:"value"`
}

func (o *testObj) DeepCopyObject() runtime.Object { c := *o; return &c }

// testList is a typed list with items stored by value.
type testList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata"`
	Items           []testObj `json:"items"`
}

func (l *testList) DeepCopyObject() runtime.Object { c := *l; return &c }

// ptrList stores its items as pointers.
type ptrList struct {
	metav1.TypeMeta
	metav1.ListMeta
	Items []*testObj
}

func (l *ptrList) DeepCopyObject() runtime.Object { c := *l; return &c }

// ifaceList stores its items as runtime.Object.
type ifaceList struct {
	metav1.TypeMeta
	metav1.ListMeta
	Items []runtime.Object
}

func (l *ifaceList) DeepCopyObject() runtime.Object { c := *l; return &c }

// noItems is an object without an Items field.
type noItems struct {
	metav1.TypeMeta
}

func (o *noItems) DeepCopyObject() runtime.Object { c := *o; return &c }

// scalarItems has an Items field that is not a slice.
type scalarItems struct {
	metav1.TypeMeta
	Items string
}

func (o *scalarItems) DeepCopyObject() runtime.Object { c := *o; return &c }

// wrapper exposes metadata only through ObjectMetaAccessor.
type wrapper struct {
	meta *metav1.ObjectMeta
}

func (w wrapper) GetObjectMeta() metav1.Object { return w.meta }

// listWrapper exposes list metadata only through metav1.ListMetaAccessor.
type listWrapper struct {
	meta *metav1.ListMeta
}

func (w listWrapper) GetListMeta() metav1.ListInterface { return w.meta }

func newTestObj(name string) testObj {
	return testObj{TypeMeta: metav1.TypeMeta{Kind: "Test", APIVersion: "test/v1"}, ObjectMeta: metav1.ObjectMeta{Name: name}}
}
