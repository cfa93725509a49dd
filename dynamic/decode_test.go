package dynamic

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// stdDecodeObject is the oracle for decodeJSONObject: encoding/json with
// UseNumber, numbers then converted to int64 when they parse as one and to
// float64 otherwise; null is an empty object and other non-objects are
// errors.
func stdDecodeObject(data []byte) (map[string]interface{}, error) {
	if !json.Valid(data) {
		return nil, &json.SyntaxError{}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v interface{}
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	v, err := stdConvert(v)
	if err != nil {
		return nil, err
	}
	switch m := v.(type) {
	case map[string]interface{}:
		return m, nil
	case nil:
		return map[string]interface{}{}, nil
	default:
		return nil, &json.UnmarshalTypeError{Value: jsonTypeName(m)}
	}
}

func stdConvert(v interface{}) (interface{}, error) {
	switch x := v.(type) {
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return i, nil
		}
		return strconv.ParseFloat(string(x), 64)
	case map[string]interface{}:
		for k, item := range x {
			c, err := stdConvert(item)
			if err != nil {
				return nil, err
			}
			x[k] = c
		}
	case []interface{}:
		for i, item := range x {
			c, err := stdConvert(item)
			if err != nil {
				return nil, err
			}
			x[i] = c
		}
	}
	return v, nil
}

// checkAgainstStd fails when decodeJSONObject and the oracle disagree.
func checkAgainstStd(t *testing.T, data []byte) {
	t.Helper()
	want, wantErr := stdDecodeObject(data)
	got, err := decodeJSONObject(data)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("input %q: error mismatch: got %v, encoding/json says %v", data, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("input %q: got %#v, encoding/json gives %#v", data, got, want)
	}
}

var decoderSeeds = []string{
	`{}`, `[]`, `null`, `true`, `false`, `0`, `-0`, `1`, `-1`, `1.5`, `-1.5e-3`, `1E+2`, `1e400`, `-1e400`,
	`9223372036854775807`, `9223372036854775808`, `-9223372036854775808`, `-9223372036854775809`,
	`123456789012345678`, `1234567890123456789`, `00`, `01`, `1.`, `.5`, `+1`, `-`, `1e`, `1e+`, `--1`, `256`, `-1`,
	`"plain"`, `"esc \" \\ \/ \b \f \n \r \t"`, `"\u00e9\u4e2d"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`,
	`"\ud83dx"`, `"\ud83d\u0041"`, "\"\xff\xfe\"", "\"a\xc3\"", `"\u12"`, `"\x"`, "\"tab\there\"", `"unterminated`,
	`{"a":1,"a":2}`, `{"a":[1,{"b":null}],"c":"d"}`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`, `{,}`, `{"a":}`,
	` { "a" : [ 1 , 2 ] } `, "\t\n\r{}\n", `{} {}`, `{}x`, ``, ` `, `nul`, `tru`, `falsey`, `[`, `{"a"`,
	"{\"\xff\":1}", `{"k\u0000":"v"}`, `[[[[[]]]]]`, `{"k:{\"type\":\"Ready\"}":{},"k:{\"type\":\"Ready\"}":{".":{}}}`,
}

func TestDecoderMatchesEncodingJSON(t *testing.T) {
	for _, s := range decoderSeeds {
		for _, input := range []string{s, `{"v":` + s + `}`, `{"a":[` + s + `,` + s + `],"b":` + s + `}`} {
			t.Run(input, func(t *testing.T) {
				checkAgainstStd(t, []byte(input))
			})
		}
	}
}

func TestDecoderDepthLimit(t *testing.T) {
	tests := []struct {
		name    string
		depth   int
		wantErr bool
	}{
		{name: "at limit", depth: maxDecodeDepth - 1},
		{name: "over limit", depth: maxDecodeDepth, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := `{"a":` + strings.Repeat("[", tt.depth) + strings.Repeat("]", tt.depth) + `}`
			_, err := decodeJSONObject([]byte(data))
			if (err != nil) != tt.wantErr {
				t.Fatalf("got error %v, want error %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), "exceeded max depth") {
				t.Errorf("got %v, want a max depth error", err)
			}
		})
	}
}

func TestDecoderErrorsSayWhere(t *testing.T) {
	_, err := decodeJSONObject([]byte(`{"a": x}`))
	if err == nil || !strings.Contains(err.Error(), "invalid character 'x' at offset 6") {
		t.Fatalf("got %v, want the bad character and its offset", err)
	}
}

// TestSharedValuesAreIndependent checks that sharing boxed values and
// carving arrays from a chunk never lets a change to one item show in
// another.
func TestSharedValuesAreIndependent(t *testing.T) {
	data := []byte(`{"kind":"PodList","apiVersion":"v1","items":[
		{"metadata":{"name":"same","labels":{"a":"b"}},"ports":[8080,8080],"tags":["x","y"],"empty":{}},
		{"metadata":{"name":"same","labels":{"a":"b"}},"ports":[8080,8080],"tags":["x","y"],"empty":{}}]}`)
	list, err := unmarshalList(data)
	require.NoError(t, err)
	require.Len(t, list.Items, 2)
	first, second := list.Items[0].Object, list.Items[1].Object

	first["tags"] = append(first["tags"].([]interface{}), "z")
	first["ports"].([]interface{})[0] = int64(1)
	first["empty"].(map[string]interface{})["added"] = true
	first["metadata"].(map[string]interface{})["labels"].(map[string]interface{})["a"] = "changed"
	list.Items[0].SetName("renamed")
	list.Items[0].SetKind("Changed")

	assert.Equal(t, []interface{}{"x", "y"}, second["tags"])
	assert.Equal(t, []interface{}{int64(8080), int64(8080)}, second["ports"])
	assert.Equal(t, map[string]interface{}{}, second["empty"])
	assert.Equal(t, map[string]string{"a": "b"}, list.Items[1].GetLabels())
	assert.Equal(t, "same", list.Items[1].GetName())
	assert.Equal(t, "Pod", list.Items[1].GetKind())
}

func TestUnmarshalListErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"no kind", `{"items":[]}`, "Object 'Kind' is missing"},
		{"items not an array", `{"kind":"PodList","items":{}}`, "items is a JSON object, expected an array"},
		{"item not an object", `{"kind":"PodList","items":[1]}`, "items[0] is a JSON number, expected an object"},
		{"syntax", `{"kind":"PodList","items":[}`, "invalid character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := unmarshalList([]byte(tt.body))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestPodListMatchesUnstructuredScheme decodes the 5,000-pod fixture with
// this decoder and with unstructured.UnstructuredJSONScheme and requires
// the same list.
func TestPodListMatchesUnstructuredScheme(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("decoding 45 MB twice is slow with -race or -short; TestListMatchesUnstructuredScheme covers a sample")
	}
	data, err := fixtures.PodList5000JSON()
	require.NoError(t, err)
	checkListAgainstScheme(t, data)
}

func TestListMatchesUnstructuredScheme(t *testing.T) {
	lists := []string{
		`{"kind":"ServiceAccountList","apiVersion":"v1","metadata":{"resourceVersion":"222"},"items":[{"metadata":{"name":"a"}},{"kind":"X","metadata":{"name":"b"}},{"apiVersion":"y/v1"}]}`,
		`{"kind":"List","apiVersion":"v1","items":null}`,
		`{"kind":"FooList","apiVersion":"g/v1"}`,
		`{"kind":"FooList","apiVersion":"g/v1","items":[{"kind":"","apiVersion":"","n":1.5}]}`,
	}
	for _, body := range lists {
		t.Run(body, func(t *testing.T) {
			checkListAgainstScheme(t, []byte(body))
		})
	}
}

func checkListAgainstScheme(t *testing.T, data []byte) {
	t.Helper()
	want := &unstructured.UnstructuredList{}
	_, _, wantErr := unstructured.UnstructuredJSONScheme.Decode(data, nil, want)
	got, err := unmarshalList(data)
	require.Equal(t, wantErr != nil, err != nil, "error mismatch: got %v, scheme says %v", err, wantErr)
	if err != nil {
		return
	}
	require.Equal(t, len(want.Items), len(got.Items))
	if !reflect.DeepEqual(want.Object, got.Object) {
		t.Fatalf("list content: got %#v, want %#v", got.Object, want.Object)
	}
	for i := range want.Items {
		if !reflect.DeepEqual(want.Items[i].Object, got.Items[i].Object) {
			t.Fatalf("item %d: got %#v, want %#v", i, got.Items[i].Object, want.Items[i].Object)
		}
	}
}

func FuzzDecoderMatchesEncodingJSON(f *testing.F) {
	for _, s := range decoderSeeds {
		f.Add([]byte(s))
		f.Add([]byte(`{"v":` + s + `}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkAgainstStd(t, data)
	})
}
