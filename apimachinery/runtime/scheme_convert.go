package runtime

import (
	"fmt"
	"reflect"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Convert converts in into out. Unstructured inputs or outputs go through
// DefaultUnstructuredConverter; otherwise the conversion function registered
// for the two types is used, and objects of identical types without one are
// deep-copied. context is
// handed to conversion functions as conversion.Meta.Context.
func (s *Scheme) Convert(in, out, context interface{}) error {
	uin, inIsU := in.(Unstructured)
	uout, outIsU := out.(Unstructured)
	switch {
	case inIsU && outIsU:
		uout.SetUnstructuredContent(DeepCopyJSON(uin.UnstructuredContent()))
		return nil
	case outIsU:
		obj, ok := in.(Object)
		if !ok {
			return fmt.Errorf("converting %T to unstructured: input is not an Object", in)
		}
		return s.typedToUnstructured(obj, uout)
	case inIsU:
		if err := DefaultUnstructuredConverter.FromUnstructured(uin.UnstructuredContent(), out); err != nil {
			return fmt.Errorf("converting unstructured to %T: %w", out, err)
		}
		return nil
	}
	if obj, ok := in.(Object); ok && !s.converter.Has(in, out) && reflect.TypeOf(in) == reflect.TypeOf(out) {
		return copyInto(obj, out)
	}
	return s.converter.Convert(in, out, &conversion.Meta{Context: context})
}

// copyInto deep-copies in into out, which has the same pointer type.
func copyInto(in Object, out interface{}) error {
	src, dst := reflect.ValueOf(in), reflect.ValueOf(out)
	if src.IsNil() || dst.IsNil() {
		return fmt.Errorf("converting %T: nil pointer", in)
	}
	dst.Elem().Set(reflect.ValueOf(in.DeepCopyObject()).Elem())
	return nil
}

// typedToUnstructured fills out with in's content and its registered kind.
func (s *Scheme) typedToUnstructured(in Object, out Unstructured) error {
	content, err := DefaultUnstructuredConverter.ToUnstructured(in)
	if err != nil {
		return fmt.Errorf("converting %T to unstructured: %w", in, err)
	}
	out.SetUnstructuredContent(content)
	if gvk := in.GetObjectKind().GroupVersionKind(); !gvk.Empty() {
		out.GetObjectKind().SetGroupVersionKind(gvk)
		return nil
	}
	kinds, _, err := s.ObjectKinds(in)
	if err != nil {
		return fmt.Errorf("converting %T to unstructured: %w", in, err)
	}
	out.GetObjectKind().SetGroupVersionKind(kinds[0])
	return nil
}

// ConvertToVersion returns a copy of in converted to the version target
// picks, with its apiVersion and kind set. The input is never modified.
func (s *Scheme) ConvertToVersion(in Object, target GroupVersioner) (Object, error) {
	return s.convertToVersion(true, in, target)
}

// UnsafeConvertToVersion is ConvertToVersion without the defensive copy:
// the result may share memory with in, and in may be modified.
func (s *Scheme) UnsafeConvertToVersion(in Object, target GroupVersioner) (Object, error) {
	return s.convertToVersion(false, in, target)
}

func (s *Scheme) convertToVersion(copy bool, in Object, target GroupVersioner) (Object, error) {
	if target == nil {
		return nil, fmt.Errorf("converting %T to a version: target is nil", in)
	}
	if u, ok := in.(Unstructured); ok {
		return s.convertUnstructuredToVersion(u, target)
	}
	t, err := structType(in)
	if err != nil {
		return nil, fmt.Errorf("converting to version %s: %w", target.Identifier(), err)
	}
	if reflect.ValueOf(in).IsNil() {
		return nil, fmt.Errorf("converting to version %s: %v is a nil pointer", target.Identifier(), reflect.TypeOf(in))
	}
	kinds, ok := s.typeToGVK[t]
	if !ok || len(kinds) == 0 {
		return nil, NewNotRegisteredErrForType(s.schemeName, t)
	}
	gvk, ok := target.KindForGroupVersionKinds(kinds)
	if !ok {
		if unversioned, ok := s.unversionedTypes[t]; ok {
			if gvk, ok := target.KindForGroupVersionKinds([]schema.GroupVersionKind{unversioned}); ok {
				return copyAndSetTargetKind(copy, in, gvk), nil
			}
			return copyAndSetTargetKind(copy, in, unversioned), nil
		}
		return nil, NewNotRegisteredErrForTarget(s.schemeName, t, target)
	}
	for _, kind := range kinds {
		if gvk == kind {
			return copyAndSetTargetKind(copy, in, gvk), nil
		}
	}
	if unversioned, ok := s.unversionedTypes[t]; ok {
		return copyAndSetTargetKind(copy, in, unversioned), nil
	}
	out, err := s.New(gvk)
	if err != nil {
		return nil, err
	}
	if copy {
		in = in.DeepCopyObject()
	}
	if err := s.convertDirectOrViaHub(in, out, gvk, target); err != nil {
		return nil, fmt.Errorf("converting %v to %v: %w", kinds[0], gvk, err)
	}
	setTargetKind(out, gvk)
	return out, nil
}

// convertDirectOrViaHub converts in into out with a registered function
// or, when there is none, through the internal (hub) type of out's group
// and kind: external to internal, then internal to external.
func (s *Scheme) convertDirectOrViaHub(in, out Object, gvk schema.GroupVersionKind, target GroupVersioner) error {
	meta := &conversion.Meta{Context: target}
	if s.converter.Has(in, out) {
		return s.converter.Convert(in, out, meta)
	}
	hubType, ok := s.gvkToType[schema.GroupVersionKind{Group: gvk.Group, Version: APIVersionInternal, Kind: gvk.Kind}]
	if !ok {
		return s.converter.Convert(in, out, meta)
	}
	hub := reflect.New(hubType).Interface()
	if !s.converter.Has(in, hub) || !s.converter.Has(hub, out) {
		return s.converter.Convert(in, out, meta)
	}
	if err := s.converter.Convert(in, hub, meta); err != nil {
		return err
	}
	return s.converter.Convert(hub, out, meta)
}

// convertUnstructuredToVersion converts an unstructured object through its
// registered typed form, returning an unstructured object again.
func (s *Scheme) convertUnstructuredToVersion(in Unstructured, target GroupVersioner) (Object, error) {
	kinds, _, err := s.ObjectKinds(in)
	if err != nil {
		return nil, err
	}
	gvk, ok := target.KindForGroupVersionKinds(kinds)
	if !ok {
		return nil, NewNotRegisteredGVKErrForTarget(s.schemeName, kinds[0], target)
	}
	if gvk == kinds[0] {
		return copyAndSetTargetKind(true, in, gvk), nil
	}
	typed, err := s.New(kinds[0])
	if err != nil {
		return nil, err
	}
	if err := DefaultUnstructuredConverter.FromUnstructured(in.UnstructuredContent(), typed); err != nil {
		return nil, fmt.Errorf("converting unstructured %v: %w", kinds[0], err)
	}
	converted, err := s.convertToVersion(false, typed, target)
	if err != nil {
		return nil, err
	}
	out := in.NewEmptyInstance()
	if err := s.typedToUnstructured(converted, out); err != nil {
		return nil, err
	}
	out.GetObjectKind().SetGroupVersionKind(gvk)
	return out, nil
}

// copyAndSetTargetKind optionally deep-copies obj and sets its kind.
func copyAndSetTargetKind(copy bool, obj Object, kind schema.GroupVersionKind) Object {
	if copy {
		obj = obj.DeepCopyObject()
	}
	setTargetKind(obj, kind)
	return obj
}

// setTargetKind sets obj's kind; the internal version clears it, because
// internal objects carry no apiVersion or kind.
func setTargetKind(obj Object, kind schema.GroupVersionKind) {
	if kind.Version == APIVersionInternal {
		obj.GetObjectKind().SetGroupVersionKind(schema.GroupVersionKind{})
		return
	}
	obj.GetObjectKind().SetGroupVersionKind(kind)
}

// UnsafeObjectConvertor returns an ObjectConvertor whose ConvertToVersion
// skips the defensive copy (see Scheme.UnsafeConvertToVersion).
func UnsafeObjectConvertor(scheme *Scheme) ObjectConvertor {
	return unsafeObjectConvertor{scheme}
}

type unsafeObjectConvertor struct{ *Scheme }

func (c unsafeObjectConvertor) ConvertToVersion(in Object, target GroupVersioner) (Object, error) {
	return c.Scheme.UnsafeConvertToVersion(in, target)
}
