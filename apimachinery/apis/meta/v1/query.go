package v1

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
)

// decodeQuery fills the fields of the option struct out (a pointer) from
// URL query values, matching each field's JSON name. A field whose key is
// absent is reset to its zero value, as the reference's generated code
// does; the inlined TypeMeta, fields tagged "-" and struct-valued fields
// (DeleteOptions.Preconditions) are not touched. The first value of a key
// is used, except for []string fields, which take them all.
func decodeQuery(in *url.Values, out any) error {
	v := reflect.ValueOf(out).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		name, ok := queryName(t.Field(i))
		if !ok {
			continue
		}
		var values []string
		if in != nil {
			values = (*in)[name]
		}
		if err := setQueryField(v.Field(i), values); err != nil {
			return fmt.Errorf("decoding query parameter %q of %s: %w", name, t.Name(), err)
		}
	}
	return nil
}

// queryName returns the query key of a field, and false for fields that
// are not query parameters.
func queryName(f reflect.StructField) (string, bool) {
	if f.Anonymous || !f.IsExported() {
		return "", false
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return "", false
	}
	ft := f.Type
	if ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	if ft.Kind() == reflect.Struct {
		return "", false
	}
	return name, true
}

// setQueryField sets one field from the values of its key; no values set
// the zero value.
func setQueryField(field reflect.Value, values []string) error {
	if len(values) == 0 {
		field.SetZero()
		return nil
	}
	if field.Kind() == reflect.Slice {
		field.Set(reflect.ValueOf(append([]string(nil), values...)).Convert(field.Type()))
		return nil
	}
	target := field
	if field.Kind() == reflect.Pointer {
		target = reflect.New(field.Type().Elem()).Elem()
	}
	if err := parseScalar(target, values[0]); err != nil {
		return err
	}
	if field.Kind() == reflect.Pointer {
		field.Set(target.Addr())
	}
	return nil
}

// parseScalar parses s into the string, bool or integer value v. Booleans
// follow the reference: "0" and any case of "false" are false, anything
// else is true.
func parseScalar(v reflect.Value, s string) error {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(!(s == "0" || strings.EqualFold(s, "false")))
	case reflect.Int, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetInt(n)
	default:
		return fmt.Errorf("unsupported field type %v", v.Type())
	}
	return nil
}
