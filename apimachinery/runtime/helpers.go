package runtime

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// structField returns the field fieldName of struct value v.
func structField(v reflect.Value, fieldName string) (reflect.Value, error) {
	if v.Kind() != reflect.Struct {
		return reflect.Value{}, fmt.Errorf("field %s: %v is not a struct", fieldName, v.Type())
	}
	field := v.FieldByName(fieldName)
	if !field.IsValid() {
		return reflect.Value{}, fmt.Errorf("couldn't find %v field in %T", fieldName, v.Interface())
	}
	return field, nil
}

// Field copies the field fieldName of struct value v into dest, a pointer
// to a type the field can be assigned or converted to.
func Field(v reflect.Value, fieldName string, dest interface{}) error {
	field, err := structField(v, fieldName)
	if err != nil {
		return err
	}
	destValue := reflect.ValueOf(dest)
	if destValue.Kind() != reflect.Pointer || destValue.IsNil() {
		return fmt.Errorf("field %s: dest must be a non-nil pointer, got %T", fieldName, dest)
	}
	destValue = destValue.Elem()
	switch {
	case field.Type().AssignableTo(destValue.Type()):
		destValue.Set(field)
	case field.Type().ConvertibleTo(destValue.Type()):
		destValue.Set(field.Convert(destValue.Type()))
	default:
		return fmt.Errorf("couldn't assign/convert %v to %v", field.Type(), destValue.Type())
	}
	return nil
}

// FieldPtr stores the address of the field fieldName of struct value v
// (which must be addressable) into dest, a pointer to a pointer.
func FieldPtr(v reflect.Value, fieldName string, dest interface{}) error {
	field, err := structField(v, fieldName)
	if err != nil {
		return err
	}
	if !field.CanAddr() {
		return fmt.Errorf("field %s of %v is not addressable", fieldName, v.Type())
	}
	destValue := reflect.ValueOf(dest)
	if destValue.Kind() != reflect.Pointer || destValue.IsNil() {
		return fmt.Errorf("field %s: dest must be a non-nil pointer, got %T", fieldName, dest)
	}
	destValue = destValue.Elem()
	ptr := field.Addr()
	switch {
	case ptr.Type().AssignableTo(destValue.Type()):
		destValue.Set(ptr)
	case ptr.Type().ConvertibleTo(destValue.Type()):
		destValue.Set(ptr.Convert(destValue.Type()))
	default:
		return fmt.Errorf("couldn't assign/convert %v to %v", ptr.Type(), destValue.Type())
	}
	return nil
}

// SetField sets the field fieldName of struct value v (which must be
// settable) to src.
func SetField(src interface{}, v reflect.Value, fieldName string) error {
	field, err := structField(v, fieldName)
	if err != nil {
		return err
	}
	if !field.CanSet() {
		return fmt.Errorf("field %s of %v cannot be set", fieldName, v.Type())
	}
	srcValue := reflect.ValueOf(src)
	switch {
	case !srcValue.IsValid():
		field.Set(reflect.Zero(field.Type()))
	case srcValue.Type().AssignableTo(field.Type()):
		field.Set(srcValue)
	case srcValue.Type().ConvertibleTo(field.Type()):
		field.Set(srcValue.Convert(field.Type()))
	default:
		return fmt.Errorf("couldn't assign/convert %v to %v", srcValue.Type(), field.Type())
	}
	return nil
}

// SetZeroValue resets the object objPtr points to to its zero value.
func SetZeroValue(objPtr Object) error {
	v := reflect.ValueOf(objPtr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("setting zero value: expected a non-nil pointer, got %T", objPtr)
	}
	v.Elem().Set(reflect.Zero(v.Elem().Type()))
	return nil
}

// JSONKeyMapper returns the json tag names for key in the source and
// destination struct tags, or key itself where a tag names nothing.
func JSONKeyMapper(key string, sourceTag, destTag reflect.StructTag) (string, string) {
	if s := destTag.Get("json"); len(s) > 0 {
		return strings.SplitN(s, ",", 2)[0], key
	}
	if s := sourceTag.Get("json"); len(s) > 0 {
		return key, strings.SplitN(s, ",", 2)[0]
	}
	return key, key
}

// CheckCodec checks that c can encode internalType and can decode the
// apiVersion/kind of each of externalTypes into internalType's type.
func CheckCodec(c Codec, internalType Object, externalTypes ...schema.GroupVersionKind) error {
	if _, err := Encode(c, internalType); err != nil {
		return fmt.Errorf("internal type not encodable: %w", err)
	}
	for _, et := range externalTypes {
		apiVersion, kind := et.ToAPIVersionAndKind()
		exBytes, err := json.Marshal(&TypeMeta{APIVersion: apiVersion, Kind: kind})
		if err != nil {
			return err
		}
		obj, err := Decode(c, exBytes)
		if err != nil {
			return fmt.Errorf("external type %s not interpretable: %w", et, err)
		}
		if reflect.TypeOf(obj) != reflect.TypeOf(internalType) {
			return fmt.Errorf("decode of external type %s produced: %#v", et, obj)
		}
		if err := DecodeInto(c, exBytes, internalType); err != nil {
			return fmt.Errorf("external type %s not convertible to internal type: %w", et, err)
		}
	}
	return nil
}

// MultiObjectTyper asks several typers in turn.
type MultiObjectTyper []ObjectTyper

var _ ObjectTyper = MultiObjectTyper{}

// ObjectKinds returns the answer of the first typer that knows obj, or the
// last error.
func (m MultiObjectTyper) ObjectKinds(obj Object) (gvks []schema.GroupVersionKind, unversionedType bool, err error) {
	err = errors.New("no typers configured")
	for _, t := range m {
		gvks, unversionedType, err = t.ObjectKinds(obj)
		if err == nil {
			return gvks, unversionedType, nil
		}
	}
	return nil, false, err
}

// Recognizes reports whether any typer recognizes gvk.
func (m MultiObjectTyper) Recognizes(gvk schema.GroupVersionKind) bool {
	for _, t := range m {
		if t.Recognizes(gvk) {
			return true
		}
	}
	return false
}
