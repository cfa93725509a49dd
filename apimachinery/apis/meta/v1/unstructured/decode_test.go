package unstructured

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// stdDecode is the oracle for jsonDecoder: encoding/json with UseNumber,
// then each number converted to int64 when it parses as one and to float64
// otherwise.
func stdDecode(data []byte) (interface{}, error) {
	if !json.Valid(data) {
		return nil, &json.SyntaxError{}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v interface{}
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return stdConvert(v)
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

// checkAgainstStd fails when decodeJSON and the oracle disagree on data.
func checkAgainstStd(t *testing.T, data []byte) {
	t.Helper()
	want, wantErr := stdDecode(data)
	got, err := decodeJSON(data)
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
	`123456789012345678`, `1234567890123456789`, `00`, `01`, `1.`, `.5`, `+1`, `-`, `1e`, `1e+`, `--1`, `256`, `-256`,
	`"plain"`, `"esc \" \\ \/ \b \f \n \r \t"`, `"\u00e9\u4e2d"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`,
	`"\ud83dx"`, `"\ud83d\u0041"`, "\"\xff\xfe\"", "\"a\xc3\"", `"\u12"`, `"\x"`, "\"tab\there\"", `"unterminated`,
	`{"a":1,"a":2}`, `{"a":[1,{"b":null}],"c":"d"}`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`, `{,}`, `{"a":}`,
	` { "a" : [ 1 , 2 ] } `, "\t\n\r{}\n", `{} {}`, `{}x`, ``, ` `, `nul`, `tru`, `falsey`, `[`, `{"a"`,
	"{\"\xff\":1}", `{"k\u0000":"v"}`, `[[[[[]]]]]`, `{"k:{\"type\":\"Ready\"}":{},"k:{\"type\":\"Ready\"}":{".":{}}}`,
}

func TestDecoderMatchesEncodingJSON(t *testing.T) {
	for _, s := range decoderSeeds {
		// Repeating a value exercises the shared keys, boxes and array chunk.
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
		{name: "at limit", depth: maxDecodeDepth},
		{name: "over limit", depth: maxDecodeDepth + 1, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Repeat("[", tt.depth) + strings.Repeat("]", tt.depth)
			_, err := decodeJSON([]byte(data))
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
	_, err := decodeJSON([]byte(`{"a": x}`))
	if err == nil || !strings.Contains(err.Error(), "invalid character 'x' at offset 6") {
		t.Fatalf("got %v, want the bad character and its offset", err)
	}
}

func TestDecoderPodListMatchesEncodingJSON(t *testing.T) {
	checkAgainstStd(t, samplePodList(t))
}

// TestDecoderFullPodListMatchesEncodingJSON compares the decoder with
// encoding/json on the whole 5,000-pod fixture, where the key, string and
// number caches fill up and many array chunks are used.
func TestDecoderFullPodListMatchesEncodingJSON(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("decoding 45 MB twice is slow with -race or -short; TestDecoderPodListMatchesEncodingJSON covers a sample")
	}
	data, err := fixtures.PodList5000JSON()
	require.NoError(t, err)
	checkAgainstStd(t, data)
}

// TestSharedValuesAreIndependent checks that sharing boxed values and
// carving arrays from a chunk never lets a change to one item show in
// another.
func TestSharedValuesAreIndependent(t *testing.T) {
	data := []byte(`{"kind":"PodList","apiVersion":"v1","items":[
		{"metadata":{"name":"same","labels":{"a":"b"}},"ports":[8080,8080],"tags":["x","y"],"empty":{}},
		{"metadata":{"name":"same","labels":{"a":"b"}},"ports":[8080,8080],"tags":["x","y"],"empty":{}}]}`)
	list := &UnstructuredList{}
	_, _, err := UnstructuredJSONScheme.Decode(data, nil, list)
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

// TestCarvedArraysHaveNoSpareCapacity checks that every decoded array has
// cap == len, so append copies instead of writing into the chunk a
// neighbouring array was carved from.
func TestCarvedArraysHaveNoSpareCapacity(t *testing.T) {
	v, err := decodeJSON([]byte(`{"a":[1],"b":[2,3],"c":[[4],[5,6]],"d":["x","y","z"],"e":[],"f":[7]}`))
	require.NoError(t, err)
	var check func(path string, v interface{})
	check = func(path string, v interface{}) {
		switch x := v.(type) {
		case []interface{}:
			assert.Equal(t, len(x), cap(x), "cap of %s", path)
			for i, e := range x {
				check(path+"["+strconv.Itoa(i)+"]", e)
			}
		case map[string]interface{}:
			for k, e := range x {
				check(path+"."+k, e)
			}
		}
	}
	check("", v)

	m := v.(map[string]interface{})
	b := append(m["b"].([]interface{}), int64(99))
	assert.Equal(t, []interface{}{int64(2), int64(3), int64(99)}, b)
	assert.Equal(t, []interface{}{[]interface{}{int64(4)}, []interface{}{int64(5), int64(6)}}, m["c"])
	assert.Equal(t, []interface{}{"x", "y", "z"}, m["d"])
	assert.Equal(t, []interface{}{int64(7)}, m["f"])
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
