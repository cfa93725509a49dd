package runtime

import (
	"encoding"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
)

// fromState carries the options of one FromUnstructured call.
type fromState struct {
	// unknown collects the paths of map keys no field took, when non-nil.
	unknown *[]string
}

// FromUnstructured fills obj, a non-nil pointer to a struct, from u. Fields
// whose key is absent are reset to their zero value, so obj ends up holding
// exactly u. Keys without a matching field are ignored. A value of the
// wrong type is an error naming the field path.
func (c *unstructuredConverter) FromUnstructured(u map[string]interface{}, obj interface{}) error {
	return c.fromUnstructured(u, obj, fromState{})
}

// FromUnstructuredWithValidation is FromUnstructured that, when
// returnUnknownFields is true, reports keys without a matching field as a
// strict decoding error (after filling obj).
func (c *unstructuredConverter) FromUnstructuredWithValidation(u map[string]interface{}, obj interface{}, returnUnknownFields bool) error {
	st := fromState{}
	var unknown []string
	if returnUnknownFields {
		st.unknown = &unknown
	}
	if err := c.fromUnstructured(u, obj, st); err != nil {
		return err
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	errs := make([]error, len(unknown))
	for i, p := range unknown {
		errs[i] = fmt.Errorf("unknown field %q", p)
	}
	return NewStrictDecodingError(errs)
}

func (c *unstructuredConverter) fromUnstructured(u map[string]interface{}, obj interface{}, st fromState) error {
	if uobj, ok := obj.(Unstructured); ok {
		uobj.SetUnstructuredContent(DeepCopyJSON(u))
		return nil
	}
	v := reflect.ValueOf(obj)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("converting unstructured to %T: %w", obj, errNotPointer)
	}
	if err := st.fromValue(u, v.Elem(), &fieldPath{}); err != nil {
		return fmt.Errorf("converting unstructured to %T: %w", obj, err)
	}
	return nil
}

// fromValue stores src into the settable dst; path names dst in errors.
func (st fromState) fromValue(src interface{}, dst reflect.Value, path *fieldPath) error {
	if handled, err := fromUnstructuredHooks(src, dst, path); handled {
		if err == nil && st.unknown != nil {
			st.unknownBehindHook(src, dst.Type(), path)
		}
		return err
	}
	if src == nil {
		dst.Set(reflect.Zero(dst.Type()))
		return nil
	}
	switch dst.Kind() {
	case reflect.Pointer:
		elem := reflect.New(dst.Type().Elem())
		if err := st.fromValue(src, elem.Elem(), path); err != nil {
			return err
		}
		dst.Set(elem)
		return nil
	case reflect.Interface:
		if dst.NumMethod() != 0 {
			return fmt.Errorf("%s: cannot fill interface type %v", pathOrRoot(path), dst.Type())
		}
		dst.Set(reflect.ValueOf(DeepCopyJSONValue(src)))
		return nil
	case reflect.Struct:
		m, ok := src.(map[string]interface{})
		if !ok {
			return mismatch(path, src, dst)
		}
		return st.structFrom(m, dst, path, nil)
	case reflect.Map:
		return st.mapFrom(src, dst, path)
	case reflect.Slice, reflect.Array:
		return st.sliceFrom(src, dst, path)
	}
	return scalarFrom(src, dst, path)
}

// unknownBehindHook collects unknown fields of a struct that decoded
// itself with UnmarshalJSON from an object, by walking a scratch copy
// field by field. Types whose JSON form is not an object (metav1.Time,
// resource.Quantity) or that have no tagged fields (RawExtension) are
// skipped.
func (st fromState) unknownBehindHook(src interface{}, t reflect.Type, path *fieldPath) {
	m, ok := src.(map[string]interface{})
	if !ok || t.Kind() != reflect.Struct || len(planFor(t).fields) == 0 {
		return
	}
	scratch := reflect.New(t).Elem()
	_ = st.structFrom(m, scratch, path, nil)
}

// fromUnstructuredHooks fills dst through UnmarshalJSON or UnmarshalText
// when its type has one of them.
func fromUnstructuredHooks(src interface{}, dst reflect.Value, path *fieldPath) (bool, error) {
	p := planFor(dst.Type())
	switch {
	case p.ptrUnmarshalJSON:
		data, err := json.Marshal(src)
		if err != nil {
			return true, fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		if err := dst.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(data); err != nil {
			return true, fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		return true, nil
	case p.ptrUnmarshalText:
		s, ok := src.(string)
		if !ok {
			if src == nil {
				return false, nil
			}
			return true, mismatch(path, src, dst)
		}
		if err := dst.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return true, fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		return true, nil
	}
	return false, nil
}

// structFrom fills struct dst from m. consumed, when non-nil, collects the
// keys taken (shared with inline children).
func (st fromState) structFrom(m map[string]interface{}, dst reflect.Value, path *fieldPath, consumed map[string]bool) error {
	top := consumed == nil && st.unknown != nil
	if top {
		consumed = map[string]bool{}
	}
	for _, f := range planFor(dst.Type()).fields {
		fv := dst.Field(f.index)
		if f.inline && (fv.Kind() == reflect.Struct || fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct) {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					fv.Set(reflect.New(fv.Type().Elem()))
				}
				fv = fv.Elem()
			}
			if err := st.structFrom(m, fv, path, consumed); err != nil {
				return err
			}
			continue
		}
		val, ok := m[f.name]
		if !ok {
			fv.Set(reflect.Zero(fv.Type()))
			continue
		}
		if consumed != nil {
			consumed[f.name] = true
		}
		path.pushName(f.name)
		err := st.fromValue(val, fv, path)
		path.pop()
		if err != nil {
			return err
		}
	}
	if top {
		for k := range m {
			if !consumed[k] {
				*st.unknown = append(*st.unknown, joinPath(path.String(), k))
			}
		}
	}
	return nil
}

func (st fromState) mapFrom(src interface{}, dst reflect.Value, path *fieldPath) error {
	m, ok := src.(map[string]interface{})
	if !ok {
		return mismatch(path, src, dst)
	}
	t := dst.Type()
	out := reflect.MakeMapWithSize(t, len(m))
	for k, val := range m {
		key, err := mapKeyFrom(k, t.Key())
		if err != nil {
			return fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		elem := reflect.New(t.Elem()).Elem()
		path.pushName(k)
		err = st.fromValue(val, elem, path)
		path.pop()
		if err != nil {
			return err
		}
		out.SetMapIndex(key, elem)
	}
	dst.Set(out)
	return nil
}

// mapKeyFrom parses a JSON object key into a map key of type t.
func mapKeyFrom(k string, t reflect.Type) (reflect.Value, error) {
	key := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.String:
		key.SetString(k)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(k, 10, t.Bits())
		if err != nil {
			return key, fmt.Errorf("map key %q: %w", k, err)
		}
		key.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(k, 10, t.Bits())
		if err != nil {
			return key, fmt.Errorf("map key %q: %w", k, err)
		}
		key.SetUint(n)
	default:
		return key, fmt.Errorf("unsupported map key type %v", t)
	}
	return key, nil
}

func (st fromState) sliceFrom(src interface{}, dst reflect.Value, path *fieldPath) error {
	if s, ok := src.(string); ok && dst.Kind() == reflect.Slice && dst.Type().Elem().Kind() == reflect.Uint8 {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return fmt.Errorf("%s: decoding base64: %w", pathOrRoot(path), err)
		}
		dst.SetBytes(b)
		return nil
	}
	items, ok := src.([]interface{})
	if !ok {
		return mismatch(path, src, dst)
	}
	if dst.Kind() == reflect.Array {
		if len(items) != dst.Len() {
			return fmt.Errorf("%s: array of length %d cannot hold %d items", pathOrRoot(path), dst.Len(), len(items))
		}
	} else {
		dst.Set(reflect.MakeSlice(dst.Type(), len(items), len(items)))
	}
	for i, item := range items {
		path.pushIndex(i)
		err := st.fromValue(item, dst.Index(i), path)
		path.pop()
		if err != nil {
			return err
		}
	}
	return nil
}

// scalarFrom stores a string, bool or number into dst, accepting int64,
// float64 and json.Number interchangeably when no precision is lost.
func scalarFrom(src interface{}, dst reflect.Value, path *fieldPath) error {
	switch dst.Kind() {
	case reflect.String:
		s, ok := src.(string)
		if !ok {
			return mismatch(path, src, dst)
		}
		dst.SetString(s)
		return nil
	case reflect.Bool:
		b, ok := src.(bool)
		if !ok {
			return mismatch(path, src, dst)
		}
		dst.SetBool(b)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := asInt64(src)
		if !ok || dst.OverflowInt(n) {
			return mismatch(path, src, dst)
		}
		dst.SetInt(n)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, ok := asInt64(src)
		if !ok || n < 0 || dst.OverflowUint(uint64(n)) {
			return mismatch(path, src, dst)
		}
		dst.SetUint(uint64(n))
		return nil
	case reflect.Float32, reflect.Float64:
		f, ok := asFloat64(src)
		if !ok {
			return mismatch(path, src, dst)
		}
		dst.SetFloat(f)
		return nil
	}
	return fmt.Errorf("%s: unsupported type %v", pathOrRoot(path), dst.Type())
}

// asInt64 converts a JSON number to int64 when it is integral.
func asInt64(src interface{}) (int64, bool) {
	switch n := src.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case int32:
		return int64(n), true
	case float64:
		if n != math.Trunc(n) || n < math.MinInt64 || n >= math.MaxInt64 {
			return 0, false
		}
		return int64(n), true
	case json.Number:
		if i, err := n.Int64(); err == nil {
			return i, true
		}
		f, err := n.Float64()
		if err != nil {
			return 0, false
		}
		return asInt64(f)
	}
	return 0, false
}

// asFloat64 converts a JSON number to float64; integers too large to be
// represented exactly are refused.
func asFloat64(src interface{}) (float64, bool) {
	switch n := src.(type) {
	case float64:
		return n, true
	case float32:
		return float64(n), true
	case int64:
		return intToFloat(n)
	case int:
		return intToFloat(int64(n))
	case int32:
		return float64(n), true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

// intToFloat converts n when float64 holds it exactly.
func intToFloat(n int64) (float64, bool) {
	f := float64(n)
	if f >= math.MaxInt64 || int64(f) != n {
		return 0, false
	}
	return f, true
}

// mismatch is the error for a value of the wrong type at path.
func mismatch(path *fieldPath, src interface{}, dst reflect.Value) error {
	return fmt.Errorf("%s: cannot convert %T to %v", pathOrRoot(path), src, dst.Type())
}

// NewTestUnstructuredConverter returns an UnstructuredConverter for tests.
// skiff's converter has no separate checking mode, so comparison is not
// used and the result behaves like DefaultUnstructuredConverter.
func NewTestUnstructuredConverter(comparison conversion.Equalities) UnstructuredConverter {
	return &unstructuredConverter{}
}

// NewTestUnstructuredConverterWithValidation is NewTestUnstructuredConverter
// returning the concrete converter, which has FromUnstructuredWithValidation.
func NewTestUnstructuredConverterWithValidation(comparison conversion.Equalities) *unstructuredConverter {
	return &unstructuredConverter{}
}
