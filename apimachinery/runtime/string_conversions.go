package runtime

import (
	"fmt"
	"strconv"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
)

// Convert_Slice_string_To_string takes the first value, or "" when none.
func Convert_Slice_string_To_string(in *[]string, out *string, s conversion.Scope) error {
	if len(*in) == 0 {
		*out = ""
		return nil
	}
	*out = (*in)[0]
	return nil
}

// Convert_Slice_string_To_int parses the first value, or 0 when none.
func Convert_Slice_string_To_int(in *[]string, out *int, s conversion.Scope) error {
	if len(*in) == 0 {
		*out = 0
		return nil
	}
	n, err := strconv.Atoi((*in)[0])
	if err != nil {
		return fmt.Errorf("converting %q to int: %w", (*in)[0], err)
	}
	*out = n
	return nil
}

// Convert_Slice_string_To_bool treats "0" and "false" (any case) as false
// and every other first value as true; no value is false.
func Convert_Slice_string_To_bool(in *[]string, out *bool, s conversion.Scope) error {
	if len(*in) == 0 {
		*out = false
		return nil
	}
	b, _ := parseQueryBool((*in)[0])
	*out = b
	return nil
}

// Convert_Slice_string_To_Pointer_bool is Convert_Slice_string_To_bool
// with nil for no value.
func Convert_Slice_string_To_Pointer_bool(in *[]string, out **bool, s conversion.Scope) error {
	if len(*in) == 0 {
		*out = nil
		return nil
	}
	b, _ := parseQueryBool((*in)[0])
	*out = &b
	return nil
}

// Convert_Slice_string_To_int64 parses the first value, or 0 when none.
func Convert_Slice_string_To_int64(in *[]string, out *int64, s conversion.Scope) error {
	if len(*in) == 0 {
		*out = 0
		return nil
	}
	return Convert_string_To_int64(&(*in)[0], out, s)
}

// Convert_Slice_string_To_Pointer_int64 parses the first value, or nil
// when none.
func Convert_Slice_string_To_Pointer_int64(in *[]string, out **int64, s conversion.Scope) error {
	if len(*in) == 0 {
		*out = nil
		return nil
	}
	return Convert_string_To_Pointer_int64(&(*in)[0], out, s)
}

// Convert_string_To_int64 parses a decimal int64.
func Convert_string_To_int64(in *string, out *int64, s conversion.Scope) error {
	n, err := strconv.ParseInt(*in, 10, 64)
	if err != nil {
		return fmt.Errorf("converting %q to int64: %w", *in, err)
	}
	*out = n
	return nil
}

// Convert_string_To_Pointer_int64 parses a decimal int64; "" gives nil.
func Convert_string_To_Pointer_int64(in *string, out **int64, s conversion.Scope) error {
	if *in == "" {
		*out = nil
		return nil
	}
	var n int64
	if err := Convert_string_To_int64(in, &n, s); err != nil {
		return err
	}
	*out = &n
	return nil
}

// RegisterStringConversions registers the query parameter conversions from
// []string and string with s.
func RegisterStringConversions(s *Scheme) error {
	funcs := []struct {
		a, b interface{}
		fn   conversion.ConversionFunc
	}{
		{(*[]string)(nil), (*string)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_Slice_string_To_string(a.(*[]string), b.(*string), sc)
		}},
		{(*[]string)(nil), (*int)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_Slice_string_To_int(a.(*[]string), b.(*int), sc)
		}},
		{(*[]string)(nil), (*bool)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_Slice_string_To_bool(a.(*[]string), b.(*bool), sc)
		}},
		{(*[]string)(nil), (**bool)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_Slice_string_To_Pointer_bool(a.(*[]string), b.(**bool), sc)
		}},
		{(*[]string)(nil), (*int64)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_Slice_string_To_int64(a.(*[]string), b.(*int64), sc)
		}},
		{(*[]string)(nil), (**int64)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_Slice_string_To_Pointer_int64(a.(*[]string), b.(**int64), sc)
		}},
		{(*string)(nil), (*int64)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_string_To_int64(a.(*string), b.(*int64), sc)
		}},
		{(*string)(nil), (**int64)(nil), func(a, b interface{}, sc conversion.Scope) error {
			return Convert_string_To_Pointer_int64(a.(*string), b.(**int64), sc)
		}},
	}
	for _, f := range funcs {
		if err := s.AddConversionFunc(f.a, f.b, f.fn); err != nil {
			return err
		}
	}
	return nil
}
