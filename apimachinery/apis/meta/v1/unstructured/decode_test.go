package unstructured

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
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
	`123456789012345678`, `1234567890123456789`, `00`, `01`, `1.`, `.5`, `+1`, `-`, `1e`, `1e+`, `--1`,
	`"plain"`, `"esc \" \\ \/ \b \f \n \r \t"`, `"\u00e9\u4e2d"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`,
	`"\ud83dx"`, `"\ud83d\u0041"`, "\"\xff\xfe\"", "\"a\xc3\"", `"\u12"`, `"\x"`, "\"tab\there\"", `"unterminated`,
	`{"a":1,"a":2}`, `{"a":[1,{"b":null}],"c":"d"}`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`, `{,}`, `{"a":}`,
	` { "a" : [ 1 , 2 ] } `, "\t\n\r{}\n", `{} {}`, `{}x`, ``, ` `, `nul`, `tru`, `falsey`, `[`, `{"a"`,
	"{\"\xff\":1}", `{"k\u0000":"v"}`, `[[[[[]]]]]`,
}

func TestDecoderMatchesEncodingJSON(t *testing.T) {
	for _, s := range decoderSeeds {
		t.Run(s, func(t *testing.T) {
			checkAgainstStd(t, []byte(s))
		})
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

func FuzzDecoderMatchesEncodingJSON(f *testing.F) {
	for _, s := range decoderSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkAgainstStd(t, data)
	})
}
