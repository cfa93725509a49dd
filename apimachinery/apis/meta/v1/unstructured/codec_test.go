package unstructured

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func TestDecodeNumbers(t *testing.T) {
	tests := []struct {
		json string
		want interface{}
	}{
		{json: `1`, want: int64(1)},
		{json: `-7`, want: int64(-7)},
		{json: `1.5`, want: 1.5},
		{json: `1.0`, want: 1.0},
		{json: `1e3`, want: 1000.0},
		{json: `9223372036854775807`, want: int64(9223372036854775807)},
		{json: `-9223372036854775808`, want: int64(-9223372036854775808)},
		{json: `9223372036854775808`, want: 9223372036854775808.0},
		{json: `[1, 2.5, {"n": 3}]`, want: []interface{}{int64(1), 2.5, map[string]interface{}{"n": int64(3)}}},
	}
	for _, tt := range tests {
		t.Run(tt.json, func(t *testing.T) {
			obj, _, err := UnstructuredJSONScheme.Decode([]byte(`{"kind":"K","v":`+tt.json+`}`), nil, nil)
			require.NoError(t, err)
			got := obj.(*Unstructured).Object["v"]
			if !assert.Equal(t, tt.want, got) {
				t.Logf("got %T, want %T", got, tt.want)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name        string
		json        string
		into        runtime.Object
		wantErr     string
		missingKind bool
	}{
		{name: "no kind", json: `{"apiVersion":"v1"}`, wantErr: `Object 'Kind' is missing in '{"apiVersion":"v1"}'`, missingKind: true},
		{name: "no kind into", json: `{"apiVersion":"v1"}`, into: &Unstructured{}, wantErr: "Object 'Kind' is missing", missingKind: true},
		{name: "null", json: `null`, wantErr: "Object 'Kind' is missing", missingKind: true},
		{name: "array", json: `[1]`, wantErr: "got a JSON array, expected an object"},
		{name: "syntax", json: `{"kind":`, wantErr: "decoding unstructured JSON"},
		{name: "trailing data", json: `{"kind":"A"} {}`, wantErr: "after top-level value"},
		{name: "huge number", json: `{"kind":"A","n":1e400}`, wantErr: "number 1e400"},
		{name: "items not array", json: `{"kind":"AList","items":5}`, wantErr: "items is a JSON number, expected an array"},
		{name: "item not object", json: `{"kind":"AList","items":[{"a":1},"x"]}`, wantErr: "items[1] is a JSON string, expected an object"},
		{name: "list no kind", json: `{"items":[]}`, wantErr: "Object 'Kind' is missing", missingKind: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := UnstructuredJSONScheme.Decode([]byte(tt.json), nil, tt.into)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			assert.Equal(t, tt.missingKind, runtime.IsMissingKind(err), "IsMissingKind")
		})
	}
}

func TestDecodeList(t *testing.T) {
	data := `{"apiVersion":"v1","kind":"PodList","metadata":{"resourceVersion":"42","continue":"c"},
	"items":[{"metadata":{"name":"a"}},{"apiVersion":"x/v2","metadata":{"name":"b"}},{"kind":"Other","metadata":{"name":"c"}}]}`
	obj, gvk, err := UnstructuredJSONScheme.Decode([]byte(data), nil, nil)
	require.NoError(t, err)
	assert.Equal(t, schema.GroupVersionKind{Version: "v1", Kind: "PodList"}, *gvk)
	list, ok := obj.(*UnstructuredList)
	require.True(t, ok, "got %T, want *UnstructuredList", obj)
	assert.NotContains(t, list.Object, "items")
	assert.Equal(t, "42", list.GetResourceVersion())
	assert.Equal(t, "c", list.GetContinue())
	require.Len(t, list.Items, 3)
	tests := []struct{ name, apiVersion, kind string }{
		{name: "a", apiVersion: "v1", kind: "Pod"},
		{name: "b", apiVersion: "x/v2", kind: ""},
		{name: "c", apiVersion: "", kind: "Other"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			item := list.Items[i]
			assert.Equal(t, tt.name, item.GetName())
			assert.Equal(t, tt.apiVersion, item.GetAPIVersion())
			assert.Equal(t, tt.kind, item.GetKind())
		})
	}
}

func TestDecodeNullItems(t *testing.T) {
	obj, _, err := UnstructuredJSONScheme.Decode([]byte(`{"kind":"List","items":null}`), nil, nil)
	require.NoError(t, err)
	list, ok := obj.(*UnstructuredList)
	require.True(t, ok, "got %T", obj)
	assert.Empty(t, list.Items)
}

func TestDecodeIntoTyped(t *testing.T) {
	into := &metav1.Status{}
	obj, gvk, err := UnstructuredJSONScheme.Decode([]byte(`{"kind":"Status","apiVersion":"v1","code":404}`), nil, into)
	require.NoError(t, err)
	assert.Same(t, into, obj)
	assert.Equal(t, "Status", gvk.Kind)
	assert.Equal(t, int32(404), into.Code)
}

func TestEncode(t *testing.T) {
	tests := []struct {
		name string
		obj  runtime.Object
		want string
	}{
		{name: "object", obj: &Unstructured{Object: map[string]interface{}{"kind": "A", "n": int64(1), "f": 1.5}}, want: `{"f":1.5,"kind":"A","n":1}` + "\n"},
		{name: "nil object", obj: &Unstructured{}, want: "null\n"},
		{name: "list", obj: &UnstructuredList{Object: map[string]interface{}{"kind": "AList"}, Items: []Unstructured{{Object: map[string]interface{}{"kind": "A"}}}}, want: `{"items":[{"kind":"A"}],"kind":"AList"}` + "\n"},
		{name: "list with nil item", obj: &UnstructuredList{Object: map[string]interface{}{"kind": "AList"}, Items: []Unstructured{{}}}, want: `{"items":[null],"kind":"AList"}` + "\n"},
		{name: "empty list", obj: &UnstructuredList{Object: map[string]interface{}{"kind": "AList"}}, want: `{"items":[],"kind":"AList"}` + "\n"},
		{name: "unknown", obj: &runtime.Unknown{Raw: []byte(`{"raw":true}`)}, want: `{"raw":true}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, UnstructuredJSONScheme.Encode(tt.obj, &buf))
			assert.Equal(t, tt.want, buf.String())
		})
	}
}

func TestEncodeError(t *testing.T) {
	obj := &Unstructured{Object: map[string]interface{}{"kind": "A", "bad": func() {}}}
	err := UnstructuredJSONScheme.Encode(obj, io.Discard)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "encoding *unstructured.Unstructured as unstructured JSON")
}

func TestJSONMethods(t *testing.T) {
	var u Unstructured
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","generation":2}}`), &u))
	assert.Equal(t, "p", u.GetName())
	assert.Equal(t, int64(2), u.GetGeneration())
	out, err := json.Marshal(&u)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","generation":2}}`, string(out))

	var l UnstructuredList
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"PodList","apiVersion":"v1","items":[{"metadata":{"name":"p"}}]}`), &l))
	require.Len(t, l.Items, 1)
	assert.Equal(t, "Pod", l.Items[0].GetKind())
	out, err = json.Marshal(&l)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"PodList","apiVersion":"v1","items":[{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"}}]}`, string(out))

	err = json.Unmarshal([]byte(`{"metadata":{}}`), &u)
	assert.True(t, runtime.IsMissingKind(err), "want missing kind error, got %v", err)
}

type fakeEncoder struct{ err error }

func (f fakeEncoder) Encode(runtime.Object, io.Writer) error { return f.err }
func (fakeEncoder) Identifier() runtime.Identifier           { return "fake" }

func TestJSONFallbackEncoder(t *testing.T) {
	notRegistered := runtime.NewNotRegisteredErrForKind("test", schema.GroupVersionKind{Kind: "A"})
	other := errors.New("boom")
	tests := []struct {
		name    string
		err     error
		obj     runtime.Object
		want    string
		wantErr error
	}{
		{name: "encoder succeeds", obj: &Unstructured{Object: map[string]interface{}{"kind": "A"}}},
		{name: "fallback object", err: notRegistered, obj: &Unstructured{Object: map[string]interface{}{"kind": "A"}}, want: `{"kind":"A"}` + "\n"},
		{name: "fallback list", err: notRegistered, obj: &UnstructuredList{Object: map[string]interface{}{"kind": "AList"}}, want: `{"items":[],"kind":"AList"}` + "\n"},
		{name: "typed not registered", err: notRegistered, obj: &runtime.Unknown{}, wantErr: notRegistered},
		{name: "other error", err: other, obj: &Unstructured{}, wantErr: other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc := NewJSONFallbackEncoder(fakeEncoder{err: tt.err})
			assert.Equal(t, runtime.Identifier("fake"), enc.Identifier())
			var buf bytes.Buffer
			err := enc.Encode(tt.obj, &buf)
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, buf.String())
		})
	}
}

func FuzzUnstructuredJSON(f *testing.F) {
	seeds := []string{
		`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a","labels":{"x":"y"}},"spec":{"n":1,"f":1.5,"b":true,"z":null}}`,
		`{"kind":"PodList","apiVersion":"v1","items":[{"metadata":{"name":"a"}},{"kind":"X"}]}`,
		`{"kind":"List","items":null}`,
		`{"kind":"A","big":9223372036854775808,"neg":-1e-7,"s":"\u00e9"}`,
		`{"apiVersion":"v1"}`,
		`[]`,
		`null`,
		`{"kind":"A","items":"x"}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		obj, _, err := UnstructuredJSONScheme.Decode(data, nil, nil)
		if err != nil {
			return
		}
		var first bytes.Buffer
		if err := UnstructuredJSONScheme.Encode(obj, &first); err != nil {
			t.Fatalf("encoding a decoded object: %v", err)
		}
		again, _, err := UnstructuredJSONScheme.Decode(first.Bytes(), nil, nil)
		if err != nil {
			t.Fatalf("decoding our own output %q: %v", first.String(), err)
		}
		if !jsonEquivalent(obj.(runtime.Unstructured).UnstructuredContent(), again.(runtime.Unstructured).UnstructuredContent()) {
			t.Fatalf("round trip changed the content:\ninput  %q\noutput %q", data, first.String())
		}
		if c := again.DeepCopyObject(); c == nil {
			t.Fatalf("DeepCopyObject returned nil")
		}
	})
}

// jsonEquivalent compares decoded JSON values, numbers by numeric value:
// encoding turns a whole float64 such as -0.0 or 1.0 into an integer literal
// that decodes as int64.
func jsonEquivalent(a, b interface{}) bool {
	switch x := a.(type) {
	case map[string]interface{}:
		y, ok := b.(map[string]interface{})
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok || !jsonEquivalent(v, w) {
				return false
			}
		}
		return true
	case []interface{}:
		y, ok := b.([]interface{})
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !jsonEquivalent(x[i], y[i]) {
				return false
			}
		}
		return true
	case int64, float64:
		return numberEqual(x, b)
	default:
		return a == b
	}
}

func numberEqual(a, b interface{}) bool {
	ai, aInt := a.(int64)
	bi, bInt := b.(int64)
	if aInt && bInt {
		return ai == bi
	}
	toFloat := func(v interface{}) (float64, bool) {
		switch n := v.(type) {
		case int64:
			return float64(n), true
		case float64:
			return n, true
		}
		return 0, false
	}
	af, ok1 := toFloat(a)
	bf, ok2 := toFloat(b)
	return ok1 && ok2 && af == bf
}

func TestEncodeDoesNotMutate(t *testing.T) {
	list := &UnstructuredList{Object: map[string]interface{}{"kind": "AList"}, Items: []Unstructured{{Object: map[string]interface{}{"kind": "A"}}}}
	done := make(chan error, 8)
	for i := 0; i < cap(done); i++ {
		go func() { done <- UnstructuredJSONScheme.Encode(list, io.Discard) }()
	}
	for i := 0; i < cap(done); i++ {
		require.NoError(t, <-done)
	}
	assert.Equal(t, map[string]interface{}{"kind": "AList"}, list.Object, "Encode must not add items to the list's own map")
}

// cachingObject records the CacheEncode calls it gets.
type cachingObject struct {
	*Unstructured
	ids []runtime.Identifier
}

func (c *cachingObject) CacheEncode(id runtime.Identifier, encode func(runtime.Object, io.Writer) error, w io.Writer) error {
	c.ids = append(c.ids, id)
	return encode(c.Unstructured, w)
}

func (c *cachingObject) GetObject() runtime.Object { return c.Unstructured }

func TestEncodeCacheableObject(t *testing.T) {
	obj := &cachingObject{Unstructured: &Unstructured{Object: map[string]interface{}{"kind": "A"}}}
	var buf bytes.Buffer
	require.NoError(t, UnstructuredJSONScheme.Encode(obj, &buf))
	assert.Equal(t, `{"kind":"A"}`+"\n", buf.String())
	assert.Equal(t, []runtime.Identifier{"unstructuredJSON"}, obj.ids)
}
