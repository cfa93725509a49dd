package v1

import (
	"errors"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// errNilScheme is returned by registration functions given a nil scheme.
var errNilScheme = errors.New("meta/v1: registering with a nil scheme")

// addInternalEvent registers InternalEvent as the internal-version
// WatchEvent of groupVersion's group.
func addInternalEvent(scheme *runtime.Scheme, groupVersion schema.GroupVersion) {
	internal := schema.GroupVersion{Group: groupVersion.Group, Version: runtime.APIVersionInternal}
	scheme.AddKnownTypeWithName(internal.WithKind(WatchEventKind), &InternalEvent{})
}

// typed adapts a typed conversion function to conversion.ConversionFunc.
func typed[A, B any](fn func(*A, *B, conversion.Scope) error) conversion.ConversionFunc {
	return func(a, b interface{}, s conversion.Scope) error {
		in, ok := a.(*A)
		out, ok2 := b.(*B)
		if !ok || !ok2 {
			return fmt.Errorf("meta/v1 conversion: got %T and %T, want %T and %T", a, b, (*A)(nil), (*B)(nil))
		}
		return fn(in, out, s)
	}
}

// conversionEntry is one conversion function with its type pair.
type conversionEntry struct {
	in, out   interface{}
	fn        conversion.ConversionFunc
	generated bool
}

// entry builds a conversionEntry for fn.
func entry[A, B any](fn func(*A, *B, conversion.Scope) error, generated bool) conversionEntry {
	return conversionEntry{in: (*A)(nil), out: (*B)(nil), fn: typed(fn), generated: generated}
}

// conversionTable lists the conversions RegisterConversions adds: the query
// decoders as generated functions, the rest as hand-written ones.
func conversionTable() []conversionEntry {
	return []conversionEntry{
		entry(Convert_url_Values_To_v1_ListOptions, true),
		entry(Convert_url_Values_To_v1_GetOptions, true),
		entry(Convert_url_Values_To_v1_CreateOptions, true),
		entry(Convert_url_Values_To_v1_UpdateOptions, true),
		entry(Convert_url_Values_To_v1_PatchOptions, true),
		entry(Convert_url_Values_To_v1_DeleteOptions, true),
		entry(Convert_url_Values_To_v1_TableOptions, true),
		entry(Convert_v1_InternalEvent_To_v1_WatchEvent, false),
		entry(Convert_v1_WatchEvent_To_v1_InternalEvent, false),
		entry(Convert_watch_Event_To_v1_WatchEvent, false),
		entry(Convert_v1_WatchEvent_To_watch_Event, false),
		entry(Convert_v1_TypeMeta_To_v1_TypeMeta, false),
		entry(Convert_v1_ListMeta_To_v1_ListMeta, false),
		entry(Convert_v1_DeleteOptions_To_v1_DeleteOptions, false),
		entry(Convert_v1_Time_To_v1_Time, false),
		entry(Convert_v1_MicroTime_To_v1_MicroTime, false),
		entry(Convert_Pointer_v1_Duration_To_v1_Duration, false),
		entry(Convert_v1_Duration_To_Pointer_v1_Duration, false),
		entry(Convert_Slice_string_To_v1_Time, false),
		entry(Convert_Slice_string_To_Pointer_v1_Time, false),
		entry(Convert_Slice_string_To_Pointer_v1_DeletionPropagation, false),
		entry(Convert_Slice_string_To_v1_IncludeObjectPolicy, false),
		entry(Convert_Slice_string_To_v1_ResourceVersionMatch, false),
		entry(Convert_Slice_string_To_Slice_int32, false),
		entry(Convert_Map_string_To_string_To_v1_LabelSelector, false),
		entry(Convert_v1_LabelSelector_To_Map_string_To_string, false),
		entry(Convert_string_To_labels_Selector, false),
		entry(Convert_labels_Selector_To_string, false),
		entry(Convert_string_To_fields_Selector, false),
		entry(Convert_fields_Selector_To_string, false),
		entry(Convert_resource_Quantity_To_resource_Quantity, false),
		entry(Convert_intstr_IntOrString_To_intstr_IntOrString, false),
		entry(Convert_Pointer_intstr_IntOrString_To_intstr_IntOrString, false),
		entry(Convert_intstr_IntOrString_To_Pointer_intstr_IntOrString, false),
		entry(Convert_Pointer_float64_To_float64, false),
		entry(Convert_float64_To_Pointer_float64, false),
		entry(Convert_Pointer_int32_To_int32, false),
		entry(Convert_int32_To_Pointer_int32, false),
		entry(Convert_Pointer_int64_To_int64, false),
		entry(Convert_int64_To_Pointer_int64, false),
		entry(Convert_Pointer_int64_To_int, false),
		entry(Convert_int_To_Pointer_int64, false),
		entry(Convert_Pointer_string_To_string, false),
		entry(Convert_string_To_Pointer_string, false),
		entry(Convert_Pointer_bool_To_bool, false),
		entry(Convert_bool_To_Pointer_bool, false),
	}
}

// RegisterConversions adds the conversion functions of this package to s:
// query parameters to option structs, watch events between their wire and
// in-memory forms, and the small pointer and selector conversions.
func RegisterConversions(s *runtime.Scheme) error {
	if s == nil {
		return errNilScheme
	}
	for _, e := range conversionTable() {
		add := s.AddConversionFunc
		if e.generated {
			add = s.AddGeneratedConversionFunc
		}
		if err := add(e.in, e.out, e.fn); err != nil {
			return fmt.Errorf("registering meta/v1 conversion %T to %T: %w", e.in, e.out, err)
		}
	}
	return nil
}
