package jsonx_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

type target struct {
	Name    string            `json:"name"`
	Count   int32             `json:"count"`
	Big     int64             `json:"big"`
	Small   int8              `json:"small"`
	U       uint16            `json:"u"`
	F       float64           `json:"f"`
	F32     float32           `json:"f32"`
	Ok      bool              `json:"ok"`
	Ptr     *int32            `json:"ptr"`
	Inner   *inner            `json:"inner"`
	List    []inner           `json:"list"`
	Strings []string          `json:"strings"`
	Labels  map[string]string `json:"labels"`
	Ints    map[string]int    `json:"ints"`
	Bytes   []byte            `json:"bytes"`
	Num     json.Number       `json:"num"`
	Any     any               `json:"any"`
	Time    *metav1.Time      `json:"time"`
	Embedded
}

// decodeBoth decodes in with jsonx and encoding/json into fresh values of
// T's type and returns both results.
func decodeBoth[T any](t *testing.T, in string) (got, want T, gotErr, wantErr error) {
	t.Helper()
	gotErr = jsonx.Unmarshal([]byte(in), &got)
	wantErr = json.Unmarshal([]byte(in), &want)
	return got, want, gotErr, wantErr
}

func TestUnmarshalAgreesWithEncodingJSON(t *testing.T) {
	cases := []struct{ name, in string }{
		{"escapes", `{"name":"a\"b\\c\/d\b\f\n\r\t\u00e9\u0000"}`},
		{"surrogate pair", `{"name":"\ud83d\ude00"}`},
		{"lone surrogates", `{"name":"\ud83d x \ude00 \ud83d\u0041"}`},
		{"invalid utf-8", "{\"name\":\"a\xffb\xe2\x82c\"}"},
		{"int64 edges", `{"big":9223372036854775807,"count":-2147483648}`},
		{"int64 min", `{"big":-9223372036854775808}`},
		{"floats", `{"f":1e21,"f32":-1.5e-7}`},
		{"nulls", `{"ptr":null,"inner":null,"list":null,"labels":null,"name":null,"count":null,"any":null,"time":null}`},
		{"empty collections", `{"list":[],"strings":[],"labels":{},"bytes":""}`},
		{"pointers", `{"ptr":5,"inner":{"a":"x","b":2},"time":"2026-11-23T10:00:00Z"}`},
		{"unknown fields skipped", `{"extra":{"deep":[1,2,{"x":null}]},"name":"n","more":"\u0041"}`},
		{"unknown nested containers skipped", `{"x":{"a":[{"b":{}},[],[[]],{"c":[true,false,null,-1.5e3,"\"]"]}],"d":{}},"y":[],"z":{},"name":"n"}`},
		{"duplicate keys last wins", `{"name":"a","name":"b","list":[{"a":"1"}],"list":[{"b":2}]}`},
		{"escaped key", `{"n\u0061me":"x"}`},
		{"embedded and shadowed", `{"e":"1","name":"outer"}`},
		{"base64", `{"bytes":"aGVsbG8="}`},
		{"byte array", `{"bytes":[1,2,255]}`},
		{"json number", `{"num":-12.5e3}`},
		{"json number from string", `{"num":"42"}`},
		{"whitespace", " \t\r\n{ \"name\" : \"x\" , \"count\" : 1 } \n"},
		{"long list", `{"strings":["a","b","c","d","e","f","g","h","i","j","k","l","m","n"]}`},
		{"map of ints", `{"ints":{"b":1,"a":-2}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, want, gotErr, wantErr := decodeBoth[target](t, tc.in)
			require.NoError(t, wantErr)
			require.NoError(t, gotErr)
			assert.Equal(t, want, got)
		})
	}
}

func TestUnmarshalErrorsLikeEncodingJSON(t *testing.T) {
	cases := []struct{ name, in string }{
		{"empty", ``},
		{"only whitespace", `  `},
		{"trailing data", `{} {}`},
		{"trailing comma", `{"name":"x",}`},
		{"unterminated string", `{"name":"x`},
		{"control character in string", "{\"name\":\"a\nb\"}"},
		{"bad escape", `{"name":"\x"}`},
		{"bad unicode escape", `{"name":"\u12G4"}`},
		{"leading zero", `{"count":01}`},
		{"bare decimal point", `{"f":1.}`},
		{"bad exponent", `{"f":1e}`},
		{"int32 overflow", `{"count":2147483648}`},
		{"int64 overflow", `{"big":9223372036854775808}`},
		{"int8 overflow", `{"small":128}`},
		{"negative unsigned", `{"u":-1}`},
		{"float into int", `{"count":1.5}`},
		{"exponent into int", `{"count":1e2}`},
		{"string into int", `{"count":"1"}`},
		{"number into string", `{"name":1}`},
		{"object into slice", `{"list":{}}`},
		{"array into struct", `{"inner":[]}`},
		{"bad base64", `{"bytes":"!!"}`},
		{"bad time", `{"time":"yesterday"}`},
		{"float overflow", `{"f":1e400}`},
		{"float32 overflow", `{"f32":1e39}`},
		{"bad literal", `{"ok":tru}`},
		{"bad literal in skipped value", `{"unknown":nul}`},
		{"syntax error in skipped value", `{"unknown":[1,,2]}`},
		{"missing comma in skipped array", `{"unknown":[1 2]}`},
		{"missing colon in skipped object", `{"unknown":{"a" 1}}`},
		{"trailing comma in skipped object", `{"unknown":{"a":1,}}`},
		{"mismatched bracket in skipped value", `{"unknown":[{"a":1]}`},
		{"unterminated skipped value", `{"unknown":{"a":[1,{"b":2}`},
		{"non-string key in skipped object", `{"unknown":{"a":1,2:3}}`},
		{"missing colon", `{"name" "x"}`},
		{"unquoted key", `{name:"x"}`},
		{"invalid json.Number string", `{"num":"abc"}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, gotErr, wantErr := decodeBoth[target](t, tc.in)
			require.Error(t, wantErr, "encoding/json accepts it")
			assert.Error(t, gotErr)
		})
	}
}

func TestUnmarshalKubernetesRules(t *testing.T) {
	t.Run("field names match case-sensitively", func(t *testing.T) {
		var got, std target
		require.NoError(t, jsonx.Unmarshal([]byte(`{"Name":"x","NAME":"y","count":1}`), &got))
		require.NoError(t, json.Unmarshal([]byte(`{"Name":"x","NAME":"y","count":1}`), &std))
		assert.Equal(t, "", got.Name, "jsonx")
		assert.Equal(t, int32(1), got.Count)
		assert.Equal(t, "y", std.Name, "encoding/json folds case, jsonx must not")
	})
	cases := []struct {
		in   string
		want any
	}{
		{`1`, int64(1)},
		{`-9223372036854775808`, int64(-9223372036854775808)},
		{`9223372036854775808`, float64(9223372036854775808)},
		{`1.0`, float64(1)},
		{`1e3`, float64(1000)},
		{`-0`, int64(0)},
		{`{"a":[1,2.5,"x",true,null,{}]}`, map[string]any{"a": []any{int64(1), 2.5, "x", true, nil, map[string]any{}}}},
	}
	for _, tc := range cases {
		t.Run("interface number "+tc.in, func(t *testing.T) {
			var got any
			require.NoError(t, jsonx.Unmarshal([]byte(tc.in), &got))
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestUnmarshalNeedsPointer(t *testing.T) {
	var x target
	assert.Error(t, jsonx.Unmarshal([]byte(`{}`), x))
	assert.Error(t, jsonx.Unmarshal([]byte(`{}`), (*target)(nil)))
	assert.Error(t, jsonx.Unmarshal([]byte(`{}`), nil))
}

func TestUnmarshalNullKeepsValues(t *testing.T) {
	got := target{Name: "keep", Count: 3, Labels: map[string]string{"a": "b"}}
	require.NoError(t, jsonx.Unmarshal([]byte(`{"name":null,"count":null,"labels":null}`), &got))
	assert.Equal(t, "keep", got.Name)
	assert.Equal(t, int32(3), got.Count)
	assert.Nil(t, got.Labels)
}

func TestSupported(t *testing.T) {
	type textKey map[int]string
	assert.True(t, jsonx.Supported(reflect.TypeFor[target]()))
	assert.False(t, jsonx.Supported(reflect.TypeFor[textKey]()), "int map keys go to encoding/json")
	var m textKey
	require.NoError(t, jsonx.Unmarshal([]byte(`{"1":"a"}`), &m))
	assert.Equal(t, textKey{1: "a"}, m)
	out, err := jsonx.Marshal(m)
	require.NoError(t, err)
	assert.Equal(t, `{"1":"a"}`, string(out))
}

func TestDeepNestingIsAnError(t *testing.T) {
	deep := make([]byte, 0, 30002)
	for i := 0; i < 15000; i++ {
		deep = append(deep, '[')
	}
	var v any
	assert.Error(t, jsonx.Unmarshal(deep, &v))
}

func TestUnmarshalRepeatedKeysReuseLikeEncodingJSON(t *testing.T) {
	cases := []string{
		`{"list":[{"a":"1"},{"a":"2"},{"a":"3"}],"list":[{"b":1}],"list":[{"b":2},{"b":3},{"b":4},{"b":5}]}`,
		`{"list":[{"a":"1"}],"list":[]}`,
		`{"bytes":"aGVsbG8=","bytes":[1,null]}`,
		`{"labels":{"a":"1"},"labels":{"b":"2"}}`,
		`{"inner":{"a":"x"},"inner":{"b":1}}`,
	}
	for _, in := range cases {
		t.Run(in, func(t *testing.T) {
			got, want, gotErr, wantErr := decodeBoth[target](t, in)
			require.NoError(t, wantErr)
			require.NoError(t, gotErr)
			assert.Equal(t, want, got)
		})
	}
}

// tree nests arrays of its own type, so an array is decoded while an
// enclosing array of the same type is.
type tree struct {
	Name string   `json:"name"`
	Kids []tree   `json:"kids"`
	Tags []string `json:"tags"`
}

func TestUnmarshalNestedArrays(t *testing.T) {
	cases := []struct{ name, in string }{
		{"same type nested", `{"name":"r","kids":[{"name":"a","kids":[{"name":"a1","tags":["x"]},{"name":"a2"}]},{"name":"b","kids":[]}]}`},
		{"deeper than the buffer", `{"kids":[{"kids":[{"kids":[{"kids":[{"name":"leaf"}]}]}]},{"name":"after"}]}`},
		{"arrays longer than the buffer", `{"tags":["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17"],"kids":[{},{},{},{},{},{},{},{},{"name":"9"}]}`},
		{"siblings reuse the buffer", `{"kids":[{"tags":["a","b","c"]},{"tags":["d"]},{"tags":[]},{"tags":null}]}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, want, gotErr, wantErr := decodeBoth[tree](t, tc.in)
			require.NoError(t, wantErr)
			require.NoError(t, gotErr)
			assert.Equal(t, want, got)
			// A second decode through the pooled decoder must see clean buffers.
			var again tree
			require.NoError(t, jsonx.Unmarshal([]byte(tc.in), &again))
			assert.Equal(t, want, again)
		})
	}
}

func TestUnmarshalErrorInsideArray(t *testing.T) {
	for _, in := range []string{
		`{"kids":[{"name":"a"},{"name":1}]}`,
		`{"kids":[{"tags":["a",2]}]}`,
		`{"tags":["a","b"`,
	} {
		t.Run(in, func(t *testing.T) {
			_, _, gotErr, wantErr := decodeBoth[tree](t, in)
			require.Error(t, wantErr)
			assert.Error(t, gotErr)
			// The buffers are released: the next decode works.
			got, want, gotErr, wantErr := decodeBoth[tree](t, `{"kids":[{"name":"ok","tags":["t"]}]}`)
			require.NoError(t, wantErr)
			require.NoError(t, gotErr)
			assert.Equal(t, want, got)
		})
	}
}

func TestUnmarshalTrailingNUL(t *testing.T) {
	for _, in := range []string{"\"\"\x00", "{}\x00", "1 \x00"} {
		var got, want any
		assert.Error(t, json.Unmarshal([]byte(in), &want), "encoding/json")
		assert.Error(t, jsonx.Unmarshal([]byte(in), &got), "jsonx on %q", in)
	}
}

func TestUnmarshalFieldsV1(t *testing.T) {
	in := `[{"fieldsV1":{"f:a":{}}},{"fieldsV1":null},{"fieldsV1":{"f:b":{}},"fieldsV1":{"f:c":{}}},{"fieldsV1":{"f:d":{}}}]`
	got, want, gotErr, wantErr := decodeBoth[[]metav1.ManagedFieldsEntry](t, in)
	require.NoError(t, wantErr)
	require.NoError(t, gotErr)
	assert.Equal(t, want, got)
	// Appending to one entry's bytes must not overwrite the next one's.
	got[0].FieldsV1.Raw = append(got[0].FieldsV1.Raw, "XXXX"...)
	assert.Equal(t, `{"f:d":{}}`, string(got[3].FieldsV1.Raw))
}

func TestUnmarshalSkipDepthLimit(t *testing.T) {
	deep := `{"unknown":` + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + `}`
	_, _, gotErr, wantErr := decodeBoth[target](t, deep)
	require.Error(t, wantErr, "encoding/json limits nesting")
	assert.Error(t, gotErr)
	ok := `{"unknown":` + strings.Repeat(`{"a":[`, 100) + strings.Repeat(`]}`, 100) + `,"name":"x"}`
	got, want, gotErr, wantErr := decodeBoth[target](t, ok)
	require.NoError(t, wantErr)
	require.NoError(t, gotErr)
	assert.Equal(t, want, got)
}

// nestedMap nests maps of its own type, so a map is decoded while an
// enclosing map of the same type is.
type nestedMap map[string]nestedMap

func TestUnmarshalMaps(t *testing.T) {
	t.Run("same type nested", func(t *testing.T) {
		in := `{"a":{"b":{"c":{}},"d":null},"e":{}}`
		got, want, gotErr, wantErr := decodeBoth[nestedMap](t, in)
		require.NoError(t, wantErr)
		require.NoError(t, gotErr)
		assert.Equal(t, want, got)
	})
	t.Run("values do not leak between entries or calls", func(t *testing.T) {
		in := `{"x":{"list":[{"a":"1"}],"name":"n"},"y":{"count":2}}`
		for range 2 {
			got, want, gotErr, wantErr := decodeBoth[map[string]target](t, in)
			require.NoError(t, wantErr)
			require.NoError(t, gotErr)
			assert.Equal(t, want, got)
		}
	})
	t.Run("error inside a value", func(t *testing.T) {
		_, _, gotErr, wantErr := decodeBoth[map[string]target](t, `{"x":{"count":"no"}}`)
		require.Error(t, wantErr)
		assert.Error(t, gotErr)
		got, want, gotErr, wantErr := decodeBoth[map[string]target](t, `{"y":{"name":"ok"}}`)
		require.NoError(t, wantErr)
		require.NoError(t, gotErr)
		assert.Equal(t, want, got)
	})
}

func TestUnmarshalLargeArrayThenSmall(t *testing.T) {
	// The first array outgrows what a pooled decoder keeps; the next
	// decodes must still start from clean buffers.
	big := `{"kids":[` + strings.Repeat(`{"name":"k","tags":["a","b"]},`, 3000) + `{"name":"last"}]}`
	for _, in := range []string{big, `{"kids":[{"name":"one"}]}`, big} {
		got, want, gotErr, wantErr := decodeBoth[tree](t, in)
		require.NoError(t, wantErr)
		require.NoError(t, gotErr)
		assert.Equal(t, want, got)
	}
}
