package runtime

import (
	"errors"
	"fmt"
	"path"
	"reflect"
	goruntime "runtime"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Scheme maps Go types to the kinds (group, version, kind) they are
// serialized as and back, and holds the conversion and defaulting functions
// for those types. Register everything before use: registration is not
// safe for concurrent use, lookups are.
//
// Registration methods that cannot return an error (AddKnownTypes and
// friends) record bad input; SchemeBuilder.AddToScheme returns it.
type Scheme struct {
	gvkToType        map[schema.GroupVersionKind]reflect.Type
	typeToGVK        map[reflect.Type][]schema.GroupVersionKind
	unversionedTypes map[reflect.Type]schema.GroupVersionKind
	unversionedKinds map[string]reflect.Type

	fieldLabelConversionFuncs map[schema.GroupVersionKind]FieldLabelConversionFunc
	defaulterFuncs            map[reflect.Type]func(interface{})
	converter                 *conversion.Converter

	versionPriority  map[string][]string
	observedVersions []schema.GroupVersion

	registrationErrs []error
	schemeName       string
}

// NewScheme returns an empty Scheme named after the file and line that
// created it.
func NewScheme() *Scheme {
	name := "scheme"
	if _, file, line, ok := goruntime.Caller(1); ok {
		name = fmt.Sprintf("%s/%s:%d", path.Base(path.Dir(file)), path.Base(file), line)
	}
	return &Scheme{
		gvkToType:                 map[schema.GroupVersionKind]reflect.Type{},
		typeToGVK:                 map[reflect.Type][]schema.GroupVersionKind{},
		unversionedTypes:          map[reflect.Type]schema.GroupVersionKind{},
		unversionedKinds:          map[string]reflect.Type{},
		fieldLabelConversionFuncs: map[schema.GroupVersionKind]FieldLabelConversionFunc{},
		defaulterFuncs:            map[reflect.Type]func(interface{}){},
		converter:                 conversion.NewConverter(),
		versionPriority:           map[string][]string{},
		schemeName:                name,
	}
}

// Name returns the scheme's name, used in error messages.
func (s *Scheme) Name() string { return s.schemeName }

// Converter returns the scheme's converter.
func (s *Scheme) Converter() *conversion.Converter { return s.converter }

// takeRegistrationErrors returns and clears the errors recorded by
// registration methods that cannot return one.
func (s *Scheme) takeRegistrationErrors() error {
	err := errors.Join(s.registrationErrs...)
	s.registrationErrs = nil
	return err
}

// AddUnversionedTypes registers types as unversioned in version: they keep
// the same form in every version of every group (Status, WatchEvent, ...).
func (s *Scheme) AddUnversionedTypes(version schema.GroupVersion, types ...Object) {
	s.addObservedVersion(version)
	s.AddKnownTypes(version, types...)
	for _, obj := range types {
		t, err := structType(obj)
		if err != nil {
			s.registrationErrs = append(s.registrationErrs, fmt.Errorf("adding unversioned type to %v: %w", version, err))
			continue
		}
		gvk := version.WithKind(t.Name())
		s.unversionedTypes[t] = gvk
		if old, ok := s.unversionedKinds[gvk.Kind]; ok && old != t {
			s.registrationErrs = append(s.registrationErrs,
				fmt.Errorf("unversioned kind %q is registered twice, for %v and %v", gvk.Kind, old, t))
			continue
		}
		s.unversionedKinds[gvk.Kind] = t
	}
}

// AddKnownTypes registers each of types in version gv under its Go type
// name as kind.
func (s *Scheme) AddKnownTypes(gv schema.GroupVersion, types ...Object) {
	s.addObservedVersion(gv)
	for _, obj := range types {
		t, err := structType(obj)
		if err != nil {
			s.registrationErrs = append(s.registrationErrs, fmt.Errorf("adding type to %v: %w", gv, err))
			continue
		}
		s.AddKnownTypeWithName(gv.WithKind(t.Name()), obj)
	}
}

// AddKnownTypeWithName registers obj's type as kind gvk. A type may be
// registered under several kinds; the first registration is its preferred
// kind.
func (s *Scheme) AddKnownTypeWithName(gvk schema.GroupVersionKind, obj Object) {
	t, err := structType(obj)
	if err != nil {
		s.registrationErrs = append(s.registrationErrs, fmt.Errorf("adding kind %v: %w", gvk, err))
		return
	}
	if gvk.Version == "" || gvk.Kind == "" {
		s.registrationErrs = append(s.registrationErrs,
			fmt.Errorf("adding kind %v for %v: version and kind must not be empty", gvk, t))
		return
	}
	s.addObservedVersion(gvk.GroupVersion())
	if old, ok := s.gvkToType[gvk]; ok {
		if old != t {
			s.registrationErrs = append(s.registrationErrs,
				fmt.Errorf("kind %v is registered twice, for %v and %v", gvk, old, t))
		}
		return
	}
	s.gvkToType[gvk] = t
	s.typeToGVK[t] = append(s.typeToGVK[t], gvk)
}

// structType returns the struct type obj points to, or an error when obj is
// not a non-nil pointer to a struct.
func structType(obj Object) (reflect.Type, error) {
	if obj == nil {
		return nil, errors.New("object is nil")
	}
	t := reflect.TypeOf(obj)
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("type %v must be a pointer to a struct", t)
	}
	return t.Elem(), nil
}

// KnownTypes returns the kinds registered in gv and their Go types.
func (s *Scheme) KnownTypes(gv schema.GroupVersion) map[string]reflect.Type {
	types := map[string]reflect.Type{}
	for gvk, t := range s.gvkToType {
		if gvk.GroupVersion() == gv {
			types[gvk.Kind] = t
		}
	}
	return types
}

// AllKnownTypes returns every registered kind and its Go type. The map is
// the scheme's own: do not modify it.
func (s *Scheme) AllKnownTypes() map[schema.GroupVersionKind]reflect.Type {
	return s.gvkToType
}

// VersionsForGroupKind returns the versions gk is registered in, ordered by
// the group's version priority.
func (s *Scheme) VersionsForGroupKind(gk schema.GroupKind) []schema.GroupVersion {
	var out []schema.GroupVersion
	for _, gv := range s.PrioritizedVersionsForGroup(gk.Group) {
		if _, ok := s.gvkToType[gv.WithKind(gk.Kind)]; ok {
			out = append(out, gv)
		}
	}
	return out
}

// ObjectKinds returns the kinds obj is registered as and whether its type is
// unversioned. An Unstructured object reports the kind in its own content.
func (s *Scheme) ObjectKinds(obj Object) ([]schema.GroupVersionKind, bool, error) {
	if u, ok := obj.(Unstructured); ok {
		gvk := u.GetObjectKind().GroupVersionKind()
		if gvk.Kind == "" {
			return nil, false, NewMissingKindErr("unstructured object has no kind")
		}
		if gvk.Version == "" {
			return nil, false, NewMissingVersionErr("unstructured object has no version")
		}
		return []schema.GroupVersionKind{gvk}, false, nil
	}
	t := reflect.TypeOf(obj)
	if t == nil || t.Kind() != reflect.Pointer {
		return nil, false, fmt.Errorf("object kinds: %v is not a pointer", t)
	}
	t = t.Elem()
	gvks, ok := s.typeToGVK[t]
	if !ok {
		return nil, false, NewNotRegisteredErrForType(s.schemeName, t)
	}
	_, unversioned := s.unversionedTypes[t]
	return gvks, unversioned, nil
}

// Recognizes reports whether gvk is registered.
func (s *Scheme) Recognizes(gvk schema.GroupVersionKind) bool {
	_, ok := s.gvkToType[gvk]
	return ok
}

// IsUnversioned reports whether obj's type is unversioned and whether it is
// registered at all.
func (s *Scheme) IsUnversioned(obj Object) (bool, bool) {
	t, err := structType(obj)
	if err != nil {
		return false, false
	}
	if _, ok := s.unversionedTypes[t]; ok {
		return true, true
	}
	_, ok := s.typeToGVK[t]
	return false, ok
}

// New returns a new, zero object of kind. Unversioned kinds are found in
// any version.
func (s *Scheme) New(kind schema.GroupVersionKind) (Object, error) {
	if t, ok := s.gvkToType[kind]; ok {
		return reflect.New(t).Interface().(Object), nil
	}
	if t, ok := s.unversionedKinds[kind.Kind]; ok {
		return reflect.New(t).Interface().(Object), nil
	}
	return nil, NewNotRegisteredErrForKind(s.schemeName, kind)
}

// AddTypeDefaultingFunc registers fn to set defaults on objects of
// srcType's type. fn receives the object pointer.
func (s *Scheme) AddTypeDefaultingFunc(srcType Object, fn func(interface{})) {
	s.defaulterFuncs[reflect.TypeOf(srcType)] = fn
}

// Default applies the defaulting function registered for src's type, if any.
func (s *Scheme) Default(src Object) {
	if fn, ok := s.defaulterFuncs[reflect.TypeOf(src)]; ok {
		fn(src)
	}
}

// AddFieldLabelConversionFunc registers the field selector conversion for
// kind gvk.
func (s *Scheme) AddFieldLabelConversionFunc(gvk schema.GroupVersionKind, conversionFunc FieldLabelConversionFunc) error {
	if conversionFunc == nil {
		return fmt.Errorf("adding field label conversion for %v: function is nil", gvk)
	}
	s.fieldLabelConversionFuncs[gvk] = conversionFunc
	return nil
}

// ConvertFieldLabel converts a field selector label and value of kind gvk
// with its registered function, or with DefaultMetaV1FieldSelectorConversion.
func (s *Scheme) ConvertFieldLabel(gvk schema.GroupVersionKind, label, value string) (string, string, error) {
	if fn, ok := s.fieldLabelConversionFuncs[gvk]; ok {
		return fn(label, value)
	}
	return DefaultMetaV1FieldSelectorConversion(label, value)
}

// DefaultMetaV1FieldSelectorConversion accepts the field selectors every
// kind supports, metadata.name and metadata.namespace, unchanged.
func DefaultMetaV1FieldSelectorConversion(label, value string) (string, string, error) {
	switch label {
	case "metadata.name", "metadata.namespace":
		return label, value, nil
	}
	return "", "", fmt.Errorf("%q is not a known field selector: only %q, %q", label, "metadata.name", "metadata.namespace")
}

// AddIgnoredConversionType records that converting from's type into to's
// type does nothing.
func (s *Scheme) AddIgnoredConversionType(from, to interface{}) error {
	return s.converter.RegisterIgnoredConversion(from, to)
}

// AddConversionFunc registers fn to convert a's type into b's type. Both
// must be pointers.
func (s *Scheme) AddConversionFunc(a, b interface{}, fn conversion.ConversionFunc) error {
	return s.converter.RegisterUntypedConversionFunc(a, b, fn)
}

// AddGeneratedConversionFunc registers a generated conversion of a's type
// into b's type; a function added with AddConversionFunc takes precedence.
func (s *Scheme) AddGeneratedConversionFunc(a, b interface{}, fn conversion.ConversionFunc) error {
	return s.converter.RegisterGeneratedUntypedConversionFunc(a, b, fn)
}
