package runtime

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
)

// decodeQueryStruct sets the fields of struct v from values; parameters
// that are absent leave their field unchanged.
func decodeQueryStruct(values url.Values, v reflect.Value) error {
	for _, f := range queryFields(v.Type()) {
		fv := v.Field(f.index)
		if fv.Kind() == reflect.Struct && !reflect.PointerTo(fv.Type()).Implements(queryUnmarshalerType) {
			if err := decodeQueryStruct(values, fv); err != nil {
				return err
			}
			continue
		}
		params, ok := values[f.name]
		if !ok || len(params) == 0 {
			continue
		}
		if err := decodeQueryField(params, fv); err != nil {
			return fmt.Errorf("parameter %s: %w", f.name, err)
		}
	}
	return nil
}

// decodeQueryField sets fv from the parameter's values: slices take all of
// them, other types the first.
func decodeQueryField(params []string, fv reflect.Value) error {
	if fv.Kind() == reflect.Slice && !reflect.PointerTo(fv.Type()).Implements(queryUnmarshalerType) {
		out := reflect.MakeSlice(fv.Type(), len(params), len(params))
		for i, p := range params {
			if err := parseQueryScalar(p, out.Index(i)); err != nil {
				return err
			}
		}
		fv.Set(out)
		return nil
	}
	if fv.Kind() == reflect.Pointer {
		elem := reflect.New(fv.Type().Elem())
		if err := parseQueryScalar(params[0], elem.Elem()); err != nil {
			return err
		}
		fv.Set(elem)
		return nil
	}
	return parseQueryScalar(params[0], fv)
}

// parseQueryScalar parses one parameter value into v.
func parseQueryScalar(s string, v reflect.Value) error {
	if v.CanAddr() {
		if u, ok := v.Addr().Interface().(queryUnmarshaler); ok {
			return u.UnmarshalQueryParameter(s)
		}
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		b, err := parseQueryBool(s)
		if err != nil {
			return err
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(s, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetFloat(f)
	default:
		return fmt.Errorf("unsupported query parameter type %v", v.Type())
	}
	return nil
}

// parseQueryBool treats "0" and "false" (any case) as false and every
// other value, including the empty string of a bare "?watch", as true.
func parseQueryBool(s string) (bool, error) {
	return s != "0" && !strings.EqualFold(s, "false"), nil
}
