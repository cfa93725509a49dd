package meta

import (
	"errors"
	"fmt"
	"reflect"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

var (
	errExpectFieldItems = errors.New("no Items field in this object")
	errExpectSliceItems = errors.New("Items field must be a slice of objects")

	objectType       = reflect.TypeOf((*runtime.Object)(nil)).Elem()
	objectSliceType  = reflect.TypeOf([]runtime.Object{})
	rawExtensionType = reflect.TypeOf(runtime.RawExtension{})
)

// isListCache remembers, per Go type, whether IsListType found an Items
// slice.
var isListCache sync.Map // reflect.Type -> bool

// IsListType reports whether obj is a list: an unstructured object whose
// content is a list, or a struct with an Items slice.
func IsListType(obj runtime.Object) bool {
	if u, ok := obj.(runtime.Unstructured); ok {
		return u.IsList()
	}
	t := reflect.TypeOf(obj)
	if cached, ok := isListCache.Load(t); ok {
		return cached.(bool)
	}
	_, err := GetItemsPtr(obj)
	isList := err == nil
	isListCache.Store(t, isList)
	return isList
}

// GetItemsPtr returns a pointer to the Items slice of list, a pointer to a
// struct. It is an error if there is no Items field or it is not a slice.
func GetItemsPtr(list runtime.Object) (interface{}, error) {
	items, err := itemsPtr(list)
	if err != nil {
		return nil, fmt.Errorf("%T is not a list: %w", list, err)
	}
	return items, nil
}

func itemsPtr(list runtime.Object) (interface{}, error) {
	v, err := enforcePtr(list)
	if err != nil {
		return nil, err
	}
	if v.Kind() != reflect.Struct {
		return nil, errExpectFieldItems
	}
	items := v.FieldByName("Items")
	if !items.IsValid() {
		return nil, errExpectFieldItems
	}
	switch items.Kind() {
	case reflect.Interface, reflect.Pointer:
		if items.IsNil() {
			return nil, errExpectSliceItems
		}
		target := reflect.TypeOf(items.Interface())
		if target.Kind() != reflect.Pointer || target.Elem().Kind() != reflect.Slice {
			return nil, errExpectSliceItems
		}
		return items.Interface(), nil
	case reflect.Slice:
		return items.Addr().Interface(), nil
	default:
		return nil, errExpectSliceItems
	}
}

// listItems returns the Items slice of list as a reflect.Value.
func listItems(list runtime.Object) (reflect.Value, error) {
	ptr, err := GetItemsPtr(list)
	if err != nil {
		return reflect.Value{}, err
	}
	return enforcePtr(ptr)
}

// LenList returns the number of items in list, or 0 if it is not a list.
func LenList(list runtime.Object) int {
	items, err := listItems(list)
	if err != nil {
		return 0
	}
	return items.Len()
}

// ExtractList returns the items of list as objects. Items stored by value
// are returned as pointers into the list; RawExtension items give their
// Object, or a *runtime.Unknown holding their raw bytes.
func ExtractList(obj runtime.Object) ([]runtime.Object, error) {
	return extractList(obj, false)
}

// ExtractListWithAlloc is ExtractList returning a shallow copy of each item
// stored by value, so the result does not keep the list alive.
func ExtractListWithAlloc(obj runtime.Object) ([]runtime.Object, error) {
	return extractList(obj, true)
}

func extractList(obj runtime.Object, allocNew bool) ([]runtime.Object, error) {
	items, err := listItems(obj)
	if err != nil {
		return nil, err
	}
	list := make([]runtime.Object, items.Len())
	for i := range list {
		item, err := itemObject(items.Index(i), allocNew)
		if err != nil {
			return nil, fmt.Errorf("%T: item[%d]: %w", obj, i, err)
		}
		list[i] = item
	}
	return list, nil
}

// itemObject turns one element of an Items slice into an object.
func itemObject(raw reflect.Value, allocNew bool) (runtime.Object, error) {
	if raw.Type() == rawExtensionType {
		ext := raw.Interface().(runtime.RawExtension)
		switch {
		case ext.Object != nil:
			return ext.Object, nil
		case ext.Raw != nil:
			return &runtime.Unknown{Raw: ext.Raw}, nil
		default:
			return nil, nil
		}
	}
	if raw.Type().Implements(objectType) {
		if raw.Kind() == reflect.Interface && raw.IsNil() {
			return nil, nil
		}
		return raw.Interface().(runtime.Object), nil
	}
	var ptr reflect.Value
	if allocNew || !raw.CanAddr() {
		ptr = reflect.New(raw.Type())
		ptr.Elem().Set(raw)
	} else {
		ptr = raw.Addr()
	}
	item, ok := ptr.Interface().(runtime.Object)
	if !ok {
		return nil, fmt.Errorf("expected an object, got %s", raw.Type())
	}
	return item, nil
}

// EachListItem calls fn with each item of obj, stopping at the first error.
// Unstructured lists use their own EachListItem; items stored by value are
// passed as pointers into the list; RawExtension items pass their Object.
func EachListItem(obj runtime.Object, fn func(runtime.Object) error) error {
	return eachListItem(obj, fn, false)
}

// EachListItemWithAlloc is EachListItem passing a shallow copy of each item
// stored by value, so fn may keep it without keeping the list alive.
func EachListItemWithAlloc(obj runtime.Object, fn func(runtime.Object) error) error {
	return eachListItem(obj, fn, true)
}

func eachListItem(obj runtime.Object, fn func(runtime.Object) error, allocNew bool) error {
	if u, ok := obj.(runtime.Unstructured); ok {
		if allocNew {
			return u.EachListItemWithAlloc(fn)
		}
		return u.EachListItem(fn)
	}
	items, err := listItems(obj)
	if err != nil {
		return err
	}
	for i := 0; i < items.Len(); i++ {
		item, err := itemObject(items.Index(i), allocNew)
		if err != nil {
			return fmt.Errorf("%T: item[%d]: %w", obj, i, err)
		}
		if err := fn(item); err != nil {
			return err
		}
	}
	return nil
}

// SetList replaces the items of list with objects. Each object must be
// assignable or convertible to the item type, directly or through the
// pointer it is; RawExtension items get the object as their Object.
func SetList(list runtime.Object, objects []runtime.Object) error {
	items, err := listItems(list)
	if err != nil {
		return err
	}
	if items.Type() == objectSliceType {
		items.Set(reflect.ValueOf(objects))
		return nil
	}
	slice := reflect.MakeSlice(items.Type(), len(objects), len(objects))
	for i, obj := range objects {
		if err := setItem(slice.Index(i), obj); err != nil {
			return fmt.Errorf("item[%d]: %w", i, err)
		}
	}
	items.Set(slice)
	return nil
}

// setItem stores obj in dest, an element of an Items slice.
func setItem(dest reflect.Value, obj runtime.Object) error {
	if dest.Type() == rawExtensionType {
		dest = dest.FieldByName("Object")
	}
	if obj == nil {
		return fmt.Errorf("can't assign a nil object into %v", dest.Type())
	}
	if reflect.TypeOf(obj).AssignableTo(dest.Type()) {
		dest.Set(reflect.ValueOf(obj))
		return nil
	}
	src, err := enforcePtr(obj)
	if err != nil {
		return err
	}
	switch {
	case src.Type().AssignableTo(dest.Type()):
		dest.Set(src)
	case src.Type().ConvertibleTo(dest.Type()):
		dest.Set(src.Convert(dest.Type()))
	default:
		return fmt.Errorf("can't assign or convert %v into %v", src.Type(), dest.Type())
	}
	return nil
}
