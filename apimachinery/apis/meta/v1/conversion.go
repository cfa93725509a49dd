package v1

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
)

// Convert_Pointer_float64_To_float64 dereferences in; nil gives 0.
func Convert_Pointer_float64_To_float64(in **float64, out *float64, s conversion.Scope) error {
	*out = derefOrZero(*in)
	return nil
}

// Convert_float64_To_Pointer_float64 points out at a copy of in.
func Convert_float64_To_Pointer_float64(in *float64, out **float64, s conversion.Scope) error {
	*out = copyPtr(in)
	return nil
}

// Convert_Pointer_int32_To_int32 dereferences in; nil gives 0.
func Convert_Pointer_int32_To_int32(in **int32, out *int32, s conversion.Scope) error {
	*out = derefOrZero(*in)
	return nil
}

// Convert_int32_To_Pointer_int32 points out at a copy of in.
func Convert_int32_To_Pointer_int32(in *int32, out **int32, s conversion.Scope) error {
	*out = copyPtr(in)
	return nil
}

// Convert_Pointer_int64_To_int64 dereferences in; nil gives 0.
func Convert_Pointer_int64_To_int64(in **int64, out *int64, s conversion.Scope) error {
	*out = derefOrZero(*in)
	return nil
}

// Convert_int64_To_Pointer_int64 points out at a copy of in.
func Convert_int64_To_Pointer_int64(in *int64, out **int64, s conversion.Scope) error {
	*out = copyPtr(in)
	return nil
}

// Convert_Pointer_int64_To_int dereferences in into an int; nil gives 0.
func Convert_Pointer_int64_To_int(in **int64, out *int, s conversion.Scope) error {
	*out = int(derefOrZero(*in))
	return nil
}

// Convert_int_To_Pointer_int64 points out at in as an int64.
func Convert_int_To_Pointer_int64(in *int, out **int64, s conversion.Scope) error {
	v := int64(*in)
	*out = &v
	return nil
}

// Convert_Pointer_string_To_string dereferences in; nil gives "".
func Convert_Pointer_string_To_string(in **string, out *string, s conversion.Scope) error {
	*out = derefOrZero(*in)
	return nil
}

// Convert_string_To_Pointer_string points out at a copy of in.
func Convert_string_To_Pointer_string(in *string, out **string, s conversion.Scope) error {
	*out = copyPtr(in)
	return nil
}

// Convert_Pointer_bool_To_bool dereferences in; nil gives false.
func Convert_Pointer_bool_To_bool(in **bool, out *bool, s conversion.Scope) error {
	*out = derefOrZero(*in)
	return nil
}

// Convert_bool_To_Pointer_bool points out at a copy of in.
func Convert_bool_To_Pointer_bool(in *bool, out **bool, s conversion.Scope) error {
	*out = copyPtr(in)
	return nil
}

// Convert_v1_TypeMeta_To_v1_TypeMeta deliberately copies nothing: the kind
// and API version of a converted object are set by the conversion's
// target, not carried over.
func Convert_v1_TypeMeta_To_v1_TypeMeta(in *TypeMeta, out *TypeMeta, s conversion.Scope) error {
	return nil
}

// Convert_v1_ListMeta_To_v1_ListMeta copies in into out.
func Convert_v1_ListMeta_To_v1_ListMeta(in *ListMeta, out *ListMeta, s conversion.Scope) error {
	*out = *in
	return nil
}

// Convert_v1_DeleteOptions_To_v1_DeleteOptions copies in into out
// (shallowly).
func Convert_v1_DeleteOptions_To_v1_DeleteOptions(in *DeleteOptions, out *DeleteOptions, s conversion.Scope) error {
	*out = *in
	return nil
}

// Convert_intstr_IntOrString_To_intstr_IntOrString copies in into out.
func Convert_intstr_IntOrString_To_intstr_IntOrString(in *intstr.IntOrString, out *intstr.IntOrString, s conversion.Scope) error {
	*out = *in
	return nil
}

// Convert_Pointer_intstr_IntOrString_To_intstr_IntOrString dereferences in;
// nil gives the zero IntOrString.
func Convert_Pointer_intstr_IntOrString_To_intstr_IntOrString(in **intstr.IntOrString, out *intstr.IntOrString, s conversion.Scope) error {
	*out = derefOrZero(*in)
	return nil
}

// Convert_intstr_IntOrString_To_Pointer_intstr_IntOrString points out at a
// copy of in.
func Convert_intstr_IntOrString_To_Pointer_intstr_IntOrString(in *intstr.IntOrString, out **intstr.IntOrString, s conversion.Scope) error {
	*out = copyPtr(in)
	return nil
}

// Convert_v1_Time_To_v1_Time copies in into out.
func Convert_v1_Time_To_v1_Time(in *Time, out *Time, s conversion.Scope) error {
	*out = *in
	return nil
}

// Convert_v1_MicroTime_To_v1_MicroTime copies in into out.
func Convert_v1_MicroTime_To_v1_MicroTime(in *MicroTime, out *MicroTime, s conversion.Scope) error {
	*out = *in
	return nil
}

// Convert_Pointer_v1_Duration_To_v1_Duration dereferences in; nil gives the
// zero Duration.
func Convert_Pointer_v1_Duration_To_v1_Duration(in **Duration, out *Duration, s conversion.Scope) error {
	*out = derefOrZero(*in)
	return nil
}

// Convert_v1_Duration_To_Pointer_v1_Duration points out at a copy of in.
func Convert_v1_Duration_To_Pointer_v1_Duration(in *Duration, out **Duration, s conversion.Scope) error {
	*out = copyPtr(in)
	return nil
}

// Convert_Slice_string_To_v1_Time parses the first query value (RFC 3339)
// into out; no value gives the zero Time.
func Convert_Slice_string_To_v1_Time(in *[]string, out *Time, s conversion.Scope) error {
	return out.UnmarshalQueryParameter(firstValue(in))
}

// Convert_Slice_string_To_Pointer_v1_Time parses the first query value into
// a new Time; a nil in leaves out alone.
func Convert_Slice_string_To_Pointer_v1_Time(in *[]string, out **Time, s conversion.Scope) error {
	if in == nil {
		return nil
	}
	var t Time
	if err := t.UnmarshalQueryParameter(firstValue(in)); err != nil {
		return err
	}
	*out = &t
	return nil
}

// Convert_Slice_string_To_Pointer_v1_DeletionPropagation takes the first
// query value as the propagation policy.
func Convert_Slice_string_To_Pointer_v1_DeletionPropagation(in *[]string, out **DeletionPropagation, s conversion.Scope) error {
	p := DeletionPropagation(firstValue(in))
	*out = &p
	return nil
}

// Convert_Slice_string_To_v1_IncludeObjectPolicy takes the first query
// value, if any, as the policy.
func Convert_Slice_string_To_v1_IncludeObjectPolicy(in *[]string, out *IncludeObjectPolicy, s conversion.Scope) error {
	if in != nil && len(*in) > 0 {
		*out = IncludeObjectPolicy((*in)[0])
	}
	return nil
}

// Convert_Slice_string_To_v1_ResourceVersionMatch takes the first query
// value, if any, as the match rule.
func Convert_Slice_string_To_v1_ResourceVersionMatch(in *[]string, out *ResourceVersionMatch, s conversion.Scope) error {
	if in != nil && len(*in) > 0 {
		*out = ResourceVersionMatch((*in)[0])
	}
	return nil
}

// Convert_Slice_string_To_Slice_int32 parses every comma-separated number
// of every value, appending them to out. Numbers must fit in 16 bits
// (ports).
func Convert_Slice_string_To_Slice_int32(in *[]string, out *[]int32, s conversion.Scope) error {
	for _, value := range *in {
		for _, part := range strings.Split(value, ",") {
			x, err := strconv.ParseUint(part, 10, 16)
			if err != nil {
				return fmt.Errorf("cannot convert to []int32: %w", err)
			}
			*out = append(*out, int32(x))
		}
	}
	return nil
}

// Convert_string_To_labels_Selector parses in as a label selector.
func Convert_string_To_labels_Selector(in *string, out *labels.Selector, s conversion.Scope) error {
	selector, err := labels.Parse(*in)
	if err != nil {
		return err
	}
	*out = selector
	return nil
}

// Convert_labels_Selector_To_string renders in; a nil selector leaves out
// alone.
func Convert_labels_Selector_To_string(in *labels.Selector, out *string, s conversion.Scope) error {
	if *in == nil {
		return nil
	}
	*out = (*in).String()
	return nil
}

// Convert_Map_string_To_string_To_v1_LabelSelector adds every pair of in to
// out's MatchLabels.
func Convert_Map_string_To_string_To_v1_LabelSelector(in *map[string]string, out *LabelSelector, s conversion.Scope) error {
	if in == nil {
		return nil
	}
	for labelKey, labelValue := range *in {
		AddLabelToSelector(out, labelKey, labelValue)
	}
	return nil
}

// Convert_v1_LabelSelector_To_Map_string_To_string converts in with
// LabelSelectorAsMap.
func Convert_v1_LabelSelector_To_Map_string_To_string(in *LabelSelector, out *map[string]string, s conversion.Scope) error {
	if in == nil {
		return nil
	}
	var err error
	*out, err = LabelSelectorAsMap(in)
	return err
}

// Convert_url_Values_To_v1_ListOptions decodes list query parameters.
func Convert_url_Values_To_v1_ListOptions(in *url.Values, out *ListOptions, s conversion.Scope) error {
	return decodeQuery(in, out)
}

// Convert_url_Values_To_v1_GetOptions decodes get query parameters.
func Convert_url_Values_To_v1_GetOptions(in *url.Values, out *GetOptions, s conversion.Scope) error {
	return decodeQuery(in, out)
}

// Convert_url_Values_To_v1_CreateOptions decodes create query parameters.
func Convert_url_Values_To_v1_CreateOptions(in *url.Values, out *CreateOptions, s conversion.Scope) error {
	return decodeQuery(in, out)
}

// Convert_url_Values_To_v1_UpdateOptions decodes update query parameters.
func Convert_url_Values_To_v1_UpdateOptions(in *url.Values, out *UpdateOptions, s conversion.Scope) error {
	return decodeQuery(in, out)
}

// Convert_url_Values_To_v1_PatchOptions decodes patch query parameters.
func Convert_url_Values_To_v1_PatchOptions(in *url.Values, out *PatchOptions, s conversion.Scope) error {
	return decodeQuery(in, out)
}

// Convert_url_Values_To_v1_DeleteOptions decodes delete query parameters;
// preconditions cannot be given as query parameters and are left alone.
func Convert_url_Values_To_v1_DeleteOptions(in *url.Values, out *DeleteOptions, s conversion.Scope) error {
	return decodeQuery(in, out)
}

// Convert_url_Values_To_v1_TableOptions decodes table query parameters
// (includeObject).
func Convert_url_Values_To_v1_TableOptions(in *url.Values, out *TableOptions, s conversion.Scope) error {
	return decodeQuery(in, out)
}

// derefOrZero returns *p, or the zero value for nil.
func derefOrZero[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// firstValue returns the first of the values in, or "".
func firstValue(in *[]string) string {
	if in == nil || len(*in) == 0 {
		return ""
	}
	return (*in)[0]
}

// Convert_resource_Quantity_To_resource_Quantity copies in into out,
// sharing no memory.
func Convert_resource_Quantity_To_resource_Quantity(in *resource.Quantity, out *resource.Quantity, s conversion.Scope) error {
	*out = in.DeepCopy()
	return nil
}

// Convert_string_To_fields_Selector parses in as a field selector.
func Convert_string_To_fields_Selector(in *string, out *fields.Selector, s conversion.Scope) error {
	selector, err := fields.ParseSelector(*in)
	if err != nil {
		return err
	}
	*out = selector
	return nil
}

// Convert_fields_Selector_To_string renders in; a nil selector leaves out
// alone.
func Convert_fields_Selector_To_string(in *fields.Selector, out *string, s conversion.Scope) error {
	if *in == nil {
		return nil
	}
	*out = (*in).String()
	return nil
}
