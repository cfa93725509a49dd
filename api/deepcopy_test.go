package api_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
)

// fixed are values for types whose zero or arbitrary fill would not
// survive JSON (they validate or parse their content).
var fixed = map[reflect.Type]func() any{
	reflect.TypeOf(resource.Quantity{}):    func() any { return resource.MustParse("1500m") },
	reflect.TypeOf(intstr.IntOrString{}):   func() any { return intstr.FromString("http") },
	reflect.TypeOf(runtime.RawExtension{}): func() any { return runtime.RawExtension{Raw: []byte(`{"a":1}`)} },
	reflect.TypeOf(metav1.FieldsV1{}):      func() any { return metav1.FieldsV1{Raw: []byte(`{"f:a":{}}`)} },
	reflect.TypeOf(metav1.Time{}): func() any {
		return metav1.NewTime(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	},
	reflect.TypeOf(metav1.MicroTime{}): func() any {
		return metav1.NewMicroTime(time.Date(2026, 1, 2, 3, 4, 5, 6000, time.UTC))
	},
}

// filler sets every exported field reachable from a value to a non-zero
// value, one element per slice and map, down to a depth limit.
type filler struct{ n int }

func (f *filler) fill(v reflect.Value, depth int) {
	if fn, ok := fixed[v.Type()]; ok {
		v.Set(reflect.ValueOf(fn()))
		return
	}
	f.n++
	switch v.Kind() {
	case reflect.Pointer:
		if depth > 0 {
			v.Set(reflect.New(v.Type().Elem()))
			f.fill(v.Elem(), depth-1)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				f.fill(v.Field(i), depth)
			}
		}
	case reflect.Slice:
		if depth > 0 {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			f.fill(v.Index(0), depth-1)
		}
	case reflect.Map:
		if depth > 0 {
			v.Set(reflect.MakeMap(v.Type()))
			key, val := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			f.fill(key, depth-1)
			f.fill(val, depth-1)
			v.SetMapIndex(key, val)
		}
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", f.n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(f.n))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(f.n % 200))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.n) + 0.5)
	}
}

// requireDisjoint fails when a and b, equal values of the same type,
// share a pointer, slice backing array or map through exported fields.
func requireDisjoint(t *testing.T, a, b reflect.Value, path string) {
	t.Helper()
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() {
			return
		}
		require.NotEqual(t, a.Pointer(), b.Pointer(), "%s: pointer shared", path)
		requireDisjoint(t, a.Elem(), b.Elem(), path)
	case reflect.Slice:
		if a.Len() == 0 {
			return
		}
		require.NotEqual(t, a.Pointer(), b.Pointer(), "%s: slice shared", path)
		for i := 0; i < a.Len(); i++ {
			requireDisjoint(t, a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		if a.Len() == 0 {
			return
		}
		require.NotEqual(t, a.Pointer(), b.Pointer(), "%s: map shared", path)
		for _, k := range a.MapKeys() {
			requireDisjoint(t, a.MapIndex(k), b.MapIndex(k), fmt.Sprintf("%s[%v]", path, k))
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if a.Type().Field(i).IsExported() {
				requireDisjoint(t, a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name)
			}
		}
	}
}

// TestDeepCopyEveryKind fills every registered kind of every generated
// package, deep-copies it and checks the copy is equal, shares no memory
// and survives a JSON round trip unchanged.
func TestDeepCopyEveryKind(t *testing.T) {
	s, kinds := allKinds(t)
	require.Greater(t, len(kinds), 300, "kinds registered")
	for _, gvk := range kinds {
		t.Run(gvk.String(), func(t *testing.T) {
			obj, err := s.New(gvk)
			require.NoError(t, err)
			f := &filler{}
			f.fill(reflect.ValueOf(obj).Elem(), 6)
			cp := obj.DeepCopyObject()
			require.Equal(t, obj, cp)
			requireDisjoint(t, reflect.ValueOf(obj), reflect.ValueOf(cp), gvk.Kind)

			first, err := json.Marshal(obj)
			require.NoError(t, err)
			back, err := s.New(gvk)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(first, back))
			second, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(first), string(second))
		})
	}
}
