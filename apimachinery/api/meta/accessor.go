package meta

import (
	"errors"
	"fmt"
	"reflect"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

var (
	errNotList   = errors.New("object does not implement the List interfaces")
	errNotCommon = errors.New("object does not implement the common interface for accessing the SelfLink")
	errNotObject = errors.New("object does not implement the Object interfaces")
)

// CommonAccessor returns the resource version and self link view of a list
// or an object. It is an error if obj has neither list nor object metadata.
func CommonAccessor(obj interface{}) (metav1.Common, error) {
	if isNil(obj) {
		return nil, errNotCommon
	}
	switch t := obj.(type) {
	case List:
		return t, nil
	case ListMetaAccessor:
		if m := t.GetListMeta(); !isNil(m) {
			return m, nil
		}
	case metav1.ListMetaAccessor:
		if m := t.GetListMeta(); !isNil(m) {
			return m, nil
		}
	case metav1.Object:
		return t, nil
	case metav1.ObjectMetaAccessor:
		if m := t.GetObjectMeta(); !isNil(m) {
			return m, nil
		}
	}
	return nil, errNotCommon
}

// ListAccessor returns the list metadata of obj: obj itself when it
// implements List, or what GetListMeta returns. It is an error otherwise.
func ListAccessor(obj interface{}) (List, error) {
	if isNil(obj) {
		return nil, errNotList
	}
	switch t := obj.(type) {
	case List:
		return t, nil
	case ListMetaAccessor:
		if m := t.GetListMeta(); !isNil(m) {
			return m, nil
		}
	case metav1.ListMetaAccessor:
		if m := t.GetListMeta(); !isNil(m) {
			return m, nil
		}
	}
	return nil, errNotList
}

// Accessor returns the object metadata of obj: obj itself when it
// implements metav1.Object (as every type embedding ObjectMeta does through
// a pointer), or what GetObjectMeta returns. It is an error otherwise.
func Accessor(obj interface{}) (metav1.Object, error) {
	if isNil(obj) {
		return nil, errNotObject
	}
	switch t := obj.(type) {
	case metav1.Object:
		return t, nil
	case metav1.ObjectMetaAccessor:
		if m := t.GetObjectMeta(); !isNil(m) {
			return m, nil
		}
	}
	return nil, errNotObject
}

// isNil reports whether v is nil or an interface holding a nil pointer.
func isNil(v interface{}) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// AsPartialObjectMetadata returns the metadata of m as a
// PartialObjectMetadata. An *ObjectMeta is copied shallowly.
func AsPartialObjectMetadata(m metav1.Object) *metav1.PartialObjectMetadata {
	if t, ok := m.(*metav1.ObjectMeta); ok {
		return &metav1.PartialObjectMetadata{ObjectMeta: *t}
	}
	return &metav1.PartialObjectMetadata{ObjectMeta: metav1.ObjectMeta{
		Name:                       m.GetName(),
		GenerateName:               m.GetGenerateName(),
		Namespace:                  m.GetNamespace(),
		SelfLink:                   m.GetSelfLink(),
		UID:                        m.GetUID(),
		ResourceVersion:            m.GetResourceVersion(),
		Generation:                 m.GetGeneration(),
		CreationTimestamp:          m.GetCreationTimestamp(),
		DeletionTimestamp:          m.GetDeletionTimestamp(),
		DeletionGracePeriodSeconds: m.GetDeletionGracePeriodSeconds(),
		Labels:                     m.GetLabels(),
		Annotations:                m.GetAnnotations(),
		OwnerReferences:            m.GetOwnerReferences(),
		Finalizers:                 m.GetFinalizers(),
		ManagedFields:              m.GetManagedFields(),
	}}
}

// TypeAccessor returns the apiVersion and kind view of obj. A
// runtime.Object is read through its ObjectKind; any other value must be a
// pointer to a struct with a TypeMeta field holding APIVersion and Kind
// strings.
func TypeAccessor(obj interface{}) (Type, error) {
	if typed, ok := obj.(runtime.Object); ok {
		return objectAccessor{typed}, nil
	}
	v, err := enforcePtr(obj)
	if err != nil {
		return nil, err
	}
	if v.Kind() != reflect.Struct {
		return nil, fmt.Errorf("expected struct, but got %v: %v", v.Kind(), v.Type())
	}
	typeMeta := v.FieldByName("TypeMeta")
	if !typeMeta.IsValid() {
		return nil, fmt.Errorf("struct %v lacks embedded TypeMeta type", v.Type())
	}
	a := &genericAccessor{}
	if err := a.bind(typeMeta); err != nil {
		return nil, fmt.Errorf("unable to find type fields on %v: %w", typeMeta.Type(), err)
	}
	return a, nil
}

// enforcePtr returns the value obj points to; obj must be a non-nil pointer.
func enforcePtr(obj interface{}) (reflect.Value, error) {
	v := reflect.ValueOf(obj)
	if v.Kind() != reflect.Pointer {
		if v.Kind() == reflect.Invalid {
			return reflect.Value{}, errors.New("expected pointer, but got invalid kind")
		}
		return reflect.Value{}, fmt.Errorf("expected pointer, but got %v type", v.Type())
	}
	if v.IsNil() {
		return reflect.Value{}, errors.New("expected pointer, but got nil")
	}
	return v.Elem(), nil
}

// objectAccessor implements Type over a runtime.Object's ObjectKind.
type objectAccessor struct {
	runtime.Object
}

func (obj objectAccessor) GetKind() string {
	return obj.GetObjectKind().GroupVersionKind().Kind
}

func (obj objectAccessor) SetKind(kind string) {
	gvk := obj.GetObjectKind().GroupVersionKind()
	gvk.Kind = kind
	obj.GetObjectKind().SetGroupVersionKind(gvk)
}

func (obj objectAccessor) GetAPIVersion() string {
	return obj.GetObjectKind().GroupVersionKind().GroupVersion().String()
}

func (obj objectAccessor) SetAPIVersion(version string) {
	gvk := obj.GetObjectKind().GroupVersionKind()
	gv, err := schema.ParseGroupVersion(version)
	if err != nil {
		gv = schema.GroupVersion{Version: version}
	}
	gvk.Group, gvk.Version = gv.Group, gv.Version
	obj.GetObjectKind().SetGroupVersionKind(gvk)
}

// genericAccessor implements Type over the string fields of a TypeMeta
// struct found by reflection.
type genericAccessor struct {
	apiVersion reflect.Value
	kind       reflect.Value
}

// bind points the accessor at the APIVersion and Kind fields of typeMeta.
func (a *genericAccessor) bind(typeMeta reflect.Value) error {
	if typeMeta.Kind() != reflect.Struct {
		return fmt.Errorf("TypeMeta is a %v, not a struct", typeMeta.Kind())
	}
	var err error
	if a.apiVersion, err = stringField(typeMeta, "APIVersion"); err != nil {
		return err
	}
	a.kind, err = stringField(typeMeta, "Kind")
	return err
}

func stringField(v reflect.Value, name string) (reflect.Value, error) {
	f := v.FieldByName(name)
	if !f.IsValid() {
		return reflect.Value{}, fmt.Errorf("no field %s", name)
	}
	if f.Kind() != reflect.String || !f.CanSet() {
		return reflect.Value{}, fmt.Errorf("field %s is not a settable string", name)
	}
	return f, nil
}

func (a *genericAccessor) GetAPIVersion() string        { return a.apiVersion.String() }
func (a *genericAccessor) SetAPIVersion(version string) { a.apiVersion.SetString(version) }
func (a *genericAccessor) GetKind() string              { return a.kind.String() }
func (a *genericAccessor) SetKind(kind string)          { a.kind.SetString(kind) }
