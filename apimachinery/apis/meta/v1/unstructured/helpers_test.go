package unstructured

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleObject() map[string]interface{} {
	return map[string]interface{}{
		"kind": "Deployment",
		"metadata": map[string]interface{}{
			"name":   "web",
			"labels": map[string]interface{}{"app": "web", "tier": "front"},
		},
		"spec": map[string]interface{}{
			"replicas": int64(3),
			"paused":   true,
			"ratio":    0.5,
			"strs":     []interface{}{"a", "b"},
			"mixed":    []interface{}{"a", int64(1)},
			"nullval":  nil,
			"foo":      "foo",
			"badmap":   map[string]interface{}{"a": int64(1)},
			"nullmap":  map[string]interface{}{"a": nil, "b": "x"},
		},
	}
}

func TestNestedFieldNoCopy(t *testing.T) {
	obj := sampleObject()
	tests := []struct {
		name      string
		fields    []string
		want      interface{}
		wantFound bool
		wantErr   string
	}{
		{name: "leaf", fields: []string{"metadata", "name"}, want: "web", wantFound: true},
		{name: "missing", fields: []string{"metadata", "nope"}},
		{name: "missing parent", fields: []string{"nope", "name"}},
		{name: "null parent", fields: []string{"spec", "nullval", "x"}},
		{name: "null leaf", fields: []string{"spec", "nullval"}, want: nil, wantFound: true},
		{name: "through scalar", fields: []string{"spec", "foo", "bar"}, wantErr: ".spec.foo.bar accessor error: foo is of the type string, expected map[string]interface{}"},
		{name: "no fields", fields: nil, want: obj, wantFound: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found, err := NestedFieldNoCopy(obj, tt.fields...)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				assert.False(t, found)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantFound, found, "found")
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNestedTypedGetters(t *testing.T) {
	obj := sampleObject()
	tests := []struct {
		name      string
		get       func() (interface{}, bool, error)
		want      interface{}
		wantFound bool
		wantErr   string
	}{
		{name: "string", get: wrap(NestedString(obj, "metadata", "name")), want: "web", wantFound: true},
		{name: "string wrong type", get: wrap(NestedString(obj, "spec", "replicas")), want: "", wantErr: ".spec.replicas accessor error: 3 is of the type int64, expected string"},
		{name: "string missing", get: wrap(NestedString(obj, "spec", "x")), want: ""},
		{name: "bool", get: wrap(NestedBool(obj, "spec", "paused")), want: true, wantFound: true},
		{name: "bool wrong type", get: wrap(NestedBool(obj, "spec", "foo")), want: false, wantErr: ".spec.foo accessor error: foo is of the type string, expected bool"},
		{name: "int64", get: wrap(NestedInt64(obj, "spec", "replicas")), want: int64(3), wantFound: true},
		{name: "int64 wrong type", get: wrap(NestedInt64(obj, "spec", "foo")), want: int64(0), wantErr: ".spec.foo accessor error: foo is of the type string, expected int64"},
		{name: "int64 from float", get: wrap(NestedInt64(obj, "spec", "ratio")), want: int64(0), wantErr: ".spec.ratio accessor error: 0.5 is of the type float64, expected int64"},
		{name: "float64", get: wrap(NestedFloat64(obj, "spec", "ratio")), want: 0.5, wantFound: true},
		{name: "float64 from int", get: wrap(NestedFloat64(obj, "spec", "replicas")), want: float64(0), wantErr: ".spec.replicas accessor error: 3 is of the type int64, expected float64"},
		{name: "number from int", get: wrap(NestedNumberAsFloat64(obj, "spec", "replicas")), want: float64(3), wantFound: true},
		{name: "number from float", get: wrap(NestedNumberAsFloat64(obj, "spec", "ratio")), want: 0.5, wantFound: true},
		{name: "number from string", get: wrap(NestedNumberAsFloat64(obj, "spec", "foo")), want: float64(0), wantErr: ".spec.foo accessor error: foo is of the type string, expected float64 or int64"},
		{name: "string slice", get: wrap(NestedStringSlice(obj, "spec", "strs")), want: []string{"a", "b"}, wantFound: true},
		{name: "string slice mixed", get: wrap(NestedStringSlice(obj, "spec", "mixed")), want: []string(nil), wantErr: ".spec.mixed accessor error: contains non-string key in the slice: 1 is of the type int64, expected string"},
		{name: "string slice of scalar", get: wrap(NestedStringSlice(obj, "spec", "foo")), want: []string(nil), wantErr: ".spec.foo accessor error: foo is of the type string, expected []interface{}"},
		{name: "slice", get: wrap(NestedSlice(obj, "spec", "mixed")), want: []interface{}{"a", int64(1)}, wantFound: true},
		{name: "string map", get: wrap(NestedStringMap(obj, "metadata", "labels")), want: map[string]string{"app": "web", "tier": "front"}, wantFound: true},
		{name: "string map bad value", get: wrap(NestedStringMap(obj, "spec", "badmap")), want: map[string]string(nil), wantErr: `.spec.badmap accessor error: contains non-string value in the map under key "a": 1 is of the type int64, expected string`},
		{name: "null coercing map", get: wrap(NestedNullCoercingStringMap(obj, "spec", "nullmap")), want: map[string]string{"a": "", "b": "x"}, wantFound: true},
		{name: "null coercing null", get: wrap(NestedNullCoercingStringMap(obj, "spec", "nullval")), want: map[string]string(nil), wantFound: true},
		{name: "string map with null", get: wrap(NestedStringMap(obj, "spec", "nullmap")), want: map[string]string(nil), wantErr: `.spec.nullmap accessor error: contains non-string value in the map under key "a": <nil> is of the type <nil>, expected string`},
		{name: "map", get: wrap(NestedMap(obj, "metadata", "labels")), want: map[string]interface{}{"app": "web", "tier": "front"}, wantFound: true},
		{name: "map wrong type", get: wrap(NestedMap(obj, "spec", "strs")), want: map[string]interface{}(nil), wantErr: ".spec.strs accessor error: [a b] is of the type []interface {}, expected map[string]interface{}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found, err := tt.get()
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.wantFound, found, "found")
			assert.Equal(t, tt.want, got)
		})
	}
}

// wrap turns a typed (value, found, err) triple into a thunk for the table.
func wrap[T any](v T, found bool, err error) func() (interface{}, bool, error) {
	return func() (interface{}, bool, error) { return v, found, err }
}

func TestNestedNumberAsFloat64Lossy(t *testing.T) {
	obj := map[string]interface{}{"big": int64(1<<62 + 1), "max": int64(9223372036854775807)}
	for _, field := range []string{"big", "max"} {
		t.Run(field, func(t *testing.T) {
			_, found, err := NestedNumberAsFloat64(obj, field)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "cannot be losslessly converted to float64")
			assert.False(t, found)
		})
	}
}

func TestNestedCopiesAreIndependent(t *testing.T) {
	obj := sampleObject()
	m, _, err := NestedMap(obj, "metadata")
	require.NoError(t, err)
	m["labels"].(map[string]interface{})["app"] = "changed"
	s, _, err := NestedSlice(obj, "spec", "strs")
	require.NoError(t, err)
	s[0] = "changed"
	c, _, err := NestedFieldCopy(obj, "spec")
	require.NoError(t, err)
	c.(map[string]interface{})["foo"] = "changed"

	assert.Equal(t, "web", obj["metadata"].(map[string]interface{})["labels"].(map[string]interface{})["app"])
	assert.Equal(t, "a", obj["spec"].(map[string]interface{})["strs"].([]interface{})[0])
	assert.Equal(t, "foo", obj["spec"].(map[string]interface{})["foo"])
}

func TestSetNestedField(t *testing.T) {
	tests := []struct {
		name    string
		obj     map[string]interface{}
		set     func(map[string]interface{}) error
		want    map[string]interface{}
		wantErr string
	}{
		{
			name: "creates maps",
			obj:  map[string]interface{}{},
			set:  func(o map[string]interface{}) error { return SetNestedField(o, int64(2), "spec", "replicas") },
			want: map[string]interface{}{"spec": map[string]interface{}{"replicas": int64(2)}},
		},
		{
			name: "replaces null parent",
			obj:  map[string]interface{}{"spec": nil},
			set:  func(o map[string]interface{}) error { return SetNestedField(o, "x", "spec", "a") },
			want: map[string]interface{}{"spec": map[string]interface{}{"a": "x"}},
		},
		{
			name:    "through scalar",
			obj:     map[string]interface{}{"spec": "s"},
			set:     func(o map[string]interface{}) error { return SetNestedField(o, "x", "spec", "a") },
			want:    map[string]interface{}{"spec": "s"},
			wantErr: "value cannot be set because .spec is not a map[string]interface{}",
		},
		{
			name:    "non JSON value",
			obj:     map[string]interface{}{},
			set:     func(o map[string]interface{}) error { return SetNestedField(o, 3, "a") },
			want:    map[string]interface{}{},
			wantErr: "value for .a cannot be set: cannot deep copy a value of type int: not a JSON-compatible type",
		},
		{
			name:    "no fields",
			obj:     map[string]interface{}{},
			set:     func(o map[string]interface{}) error { return SetNestedField(o, "x") },
			want:    map[string]interface{}{},
			wantErr: "value cannot be set: no field path given",
		},
		{
			name: "string slice",
			obj:  map[string]interface{}{},
			set:  func(o map[string]interface{}) error { return SetNestedStringSlice(o, []string{"a"}, "f") },
			want: map[string]interface{}{"f": []interface{}{"a"}},
		},
		{
			name: "slice",
			obj:  map[string]interface{}{},
			set:  func(o map[string]interface{}) error { return SetNestedSlice(o, []interface{}{int64(1)}, "f") },
			want: map[string]interface{}{"f": []interface{}{int64(1)}},
		},
		{
			name: "string map",
			obj:  map[string]interface{}{},
			set: func(o map[string]interface{}) error {
				return SetNestedStringMap(o, map[string]string{"a": "b"}, "m", "n")
			},
			want: map[string]interface{}{"m": map[string]interface{}{"n": map[string]interface{}{"a": "b"}}},
		},
		{
			name: "map",
			obj:  map[string]interface{}{"m": map[string]interface{}{"keep": true}},
			set: func(o map[string]interface{}) error {
				return SetNestedMap(o, map[string]interface{}{"a": 1.5}, "m", "n")
			},
			want: map[string]interface{}{"m": map[string]interface{}{"keep": true, "n": map[string]interface{}{"a": 1.5}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.set(tt.obj)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, tt.obj)
		})
	}
}

func TestSetNestedFieldCopiesValue(t *testing.T) {
	obj := map[string]interface{}{}
	value := map[string]interface{}{"a": "b"}
	require.NoError(t, SetNestedField(obj, value, "x"))
	value["a"] = "changed"
	got, _, _ := NestedString(obj, "x", "a")
	if got != "b" {
		t.Errorf("stored value changed with the caller's map: got %q, want %q", got, "b")
	}
}

func TestRemoveNestedField(t *testing.T) {
	tests := []struct {
		name   string
		fields []string
		want   map[string]interface{}
	}{
		{name: "leaf", fields: []string{"a", "b"}, want: map[string]interface{}{"a": map[string]interface{}{"c": "d"}, "s": "x"}},
		{name: "subtree", fields: []string{"a"}, want: map[string]interface{}{"s": "x"}},
		{name: "missing", fields: []string{"z", "b"}, want: map[string]interface{}{"a": map[string]interface{}{"b": "c", "c": "d"}, "s": "x"}},
		{name: "through scalar", fields: []string{"s", "b"}, want: map[string]interface{}{"a": map[string]interface{}{"b": "c", "c": "d"}, "s": "x"}},
		{name: "no fields", fields: nil, want: map[string]interface{}{"a": map[string]interface{}{"b": "c", "c": "d"}, "s": "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obj := map[string]interface{}{"a": map[string]interface{}{"b": "c", "c": "d"}, "s": "x"}
			RemoveNestedField(obj, tt.fields...)
			assert.Equal(t, tt.want, obj)
		})
	}
}
