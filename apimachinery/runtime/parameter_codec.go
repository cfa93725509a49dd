package runtime

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// queryMarshaler is implemented by types with their own query parameter
// form, such as metav1.Time.
type queryMarshaler interface {
	MarshalQueryParameter() (string, error)
}

// queryUnmarshaler parses a type's query parameter form.
type queryUnmarshaler interface {
	UnmarshalQueryParameter(string) error
}

var (
	queryMarshalerType   = reflect.TypeFor[queryMarshaler]()
	queryUnmarshalerType = reflect.TypeFor[queryUnmarshaler]()
)

// parameterCodec converts option structs to and from query parameters.
type parameterCodec struct {
	scheme *Scheme
}

// NewParameterCodec returns a ParameterCodec for the option types of
// scheme. Parameter names come from the json tags; inline fields (TypeMeta)
// are skipped; omitempty zero values are dropped; non-nil pointers are
// always sent; slices repeat the key; types with a MarshalQueryParameter
// method use it.
func NewParameterCodec(scheme *Scheme) ParameterCodec {
	return &parameterCodec{scheme: scheme}
}

// EncodeParameters converts obj to version to (when it is registered there
// under another type) and renders it as query parameters. A type unknown
// to the scheme is an error, as in the reference.
func (c *parameterCodec) EncodeParameters(obj Object, to schema.GroupVersion) (url.Values, error) {
	if c.scheme == nil {
		return nil, fmt.Errorf("encoding parameters of %T: parameter codec has no scheme", obj)
	}
	gvks, _, err := c.scheme.ObjectKinds(obj)
	if err != nil {
		return nil, fmt.Errorf("encoding parameters: %w", err)
	}
	if gvks[0].GroupVersion() != to {
		out, err := c.scheme.ConvertToVersion(obj, to)
		if err != nil {
			return nil, fmt.Errorf("encoding parameters for %v: %w", to, err)
		}
		obj = out
	}
	v := reflect.ValueOf(obj)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("encoding parameters: expected a pointer to a struct, got %T", obj)
	}
	values := url.Values{}
	if err := encodeQueryStruct(values, v.Elem()); err != nil {
		return nil, fmt.Errorf("encoding parameters of %T: %w", obj, err)
	}
	return values, nil
}

// DecodeParameters fills into from parameters, with the conversion
// function registered from *url.Values to into's type when there is one
// and by the json tags otherwise, then applies the scheme's defaults.
func (c *parameterCodec) DecodeParameters(parameters url.Values, from schema.GroupVersion, into Object) error {
	v := reflect.ValueOf(into)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("decoding parameters: expected a pointer to a struct, got %T", into)
	}
	if c.scheme != nil && c.scheme.converter.Has(&parameters, into) {
		if err := c.scheme.converter.Convert(&parameters, into, nil); err != nil {
			return fmt.Errorf("decoding parameters into %T: %w", into, err)
		}
	} else if err := decodeQueryStruct(parameters, v.Elem()); err != nil {
		return fmt.Errorf("decoding parameters into %T: %w", into, err)
	}
	if c.scheme != nil {
		c.scheme.Default(into)
	}
	return nil
}

// queryField describes one struct field as a query parameter.
type queryField struct {
	index     int
	name      string
	omitEmpty bool
}

var queryPlans sync.Map // reflect.Type -> []queryField

// queryFields returns the cached query parameter fields of struct type t:
// fields with a json tag naming them.
func queryFields(t reflect.Type) []queryField {
	if p, ok := queryPlans.Load(t); ok {
		return p.([]queryField)
	}
	var fields []queryField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "" || name == "-" {
			continue
		}
		fields = append(fields, queryField{index: i, name: name, omitEmpty: hasOption(opts, "omitempty")})
	}
	p, _ := queryPlans.LoadOrStore(t, fields)
	return p.([]queryField)
}

func hasOption(opts, want string) bool {
	for _, o := range strings.Split(opts, ",") {
		if o == want {
			return true
		}
	}
	return false
}

// encodeQueryStruct adds the fields of struct v to values. Named struct
// fields are flattened into the same values.
func encodeQueryStruct(values url.Values, v reflect.Value) error {
	for _, f := range queryFields(v.Type()) {
		fv := v.Field(f.index)
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				if !f.omitEmpty {
					values.Add(f.name, "")
				}
				continue
			}
			fv = fv.Elem()
		} else if f.omitEmpty && fv.IsZero() {
			continue
		}
		if err := encodeQueryValue(values, f.name, fv); err != nil {
			return err
		}
	}
	return nil
}

// encodeQueryValue adds one field value under name.
func encodeQueryValue(values url.Values, name string, fv reflect.Value) error {
	if s, ok, err := marshalQuery(fv); ok {
		if err != nil {
			return fmt.Errorf("field %s: %w", name, err)
		}
		values.Add(name, s)
		return nil
	}
	switch fv.Kind() {
	case reflect.Slice, reflect.Array:
		for i := 0; i < fv.Len(); i++ {
			s, err := queryScalar(fv.Index(i))
			if err != nil {
				return fmt.Errorf("field %s[%d]: %w", name, i, err)
			}
			values.Add(name, s)
		}
		return nil
	case reflect.Struct:
		return encodeQueryStruct(values, fv)
	}
	s, err := queryScalar(fv)
	if err != nil {
		return fmt.Errorf("field %s: %w", name, err)
	}
	values.Add(name, s)
	return nil
}

// marshalQuery uses MarshalQueryParameter when v's type has it.
func marshalQuery(v reflect.Value) (string, bool, error) {
	t := v.Type()
	switch {
	case t.Implements(queryMarshalerType):
		s, err := v.Interface().(queryMarshaler).MarshalQueryParameter()
		return s, true, err
	case reflect.PointerTo(t).Implements(queryMarshalerType):
		p := reflect.New(t)
		p.Elem().Set(v)
		s, err := p.Interface().(queryMarshaler).MarshalQueryParameter()
		return s, true, err
	}
	return "", false, nil
}

// queryScalar renders a string, bool or number.
func queryScalar(v reflect.Value) (string, error) {
	if s, ok, err := marshalQuery(v); ok {
		return s, err
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()), nil
	case reflect.Pointer:
		if v.IsNil() {
			return "", nil
		}
		return queryScalar(v.Elem())
	}
	return "", fmt.Errorf("unsupported query parameter type %v", v.Type())
}
