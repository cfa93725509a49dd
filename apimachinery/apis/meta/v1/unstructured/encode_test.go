package unstructured

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// checkEncodeAgainstStd fails when appendJSON and json.Marshal disagree.
func checkEncodeAgainstStd(t *testing.T, v interface{}) {
	t.Helper()
	want, wantErr := json.Marshal(v)
	got, err := appendJSON(nil, v, 0)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("value %#v: error mismatch: got %v, encoding/json says %v", v, err, wantErr)
	}
	if err == nil && string(got) != string(want) {
		t.Fatalf("value %#v:\ngot  %s\nwant %s", v, got, want)
	}
}

func TestEncoderMatchesEncodingJSON(t *testing.T) {
	ts := metav1.NewTime(time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC))
	tests := []struct {
		name string
		v    interface{}
	}{
		{"nil", nil},
		{"nil map", map[string]interface{}(nil)},
		{"nil slice", []interface{}(nil)},
		{"empty", map[string]interface{}{"a": []interface{}{}, "b": map[string]interface{}{}}},
		{"sorted keys", map[string]interface{}{"b": int64(1), "a": true, "B": false, "": nil, "aa": "x"}},
		{"ints", []interface{}{int64(0), int64(-1), int64(math.MaxInt64), int64(math.MinInt64)}},
		{"floats", []interface{}{0.0, math.Copysign(0, -1), 1.0, 1.5, -2.25, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 123456789.125, 5e-324, math.MaxFloat64, -1e-100, 1.0e+300}},
		{"NaN", []interface{}{math.NaN()}},
		{"Inf", map[string]interface{}{"x": math.Inf(-1)}},
		{"strings", []interface{}{"", "plain", `quote " back \ slash /`, "ctl \x00\x01\x1f\b\f\n\r\t", "html <a href='x'>&amp;</a>", "\u2028\u2029", "é中😀", "bad \xff\xfe utf8 \xc3", "\x7f"}},
		{"keys escaped", map[string]interface{}{"<k>": "v", "\xff": int64(1), "tab\t": nil}},
		{"nested foreign types", map[string]interface{}{"i": 3, "u": uint8(7), "f32": float32(1.1), "m": map[string]string{"z": "<", "a": "b"}, "s": []string{"x"}, "t": ts, "n": json.Number("12")}},
		{"deep", map[string]interface{}{"a": []interface{}{map[string]interface{}{"b": []interface{}{int64(1), "c", nil, true}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEncodeAgainstStd(t, tt.v)
		})
	}
}

func TestEncoderCycle(t *testing.T) {
	m := map[string]interface{}{}
	m["self"] = m
	_, err := appendJSON(nil, m, 0)
	if err == nil || !strings.Contains(err.Error(), "exceeded max depth") {
		t.Fatalf("got %v, want a max depth error", err)
	}
}

func TestEncoderPodListMatchesEncodingJSON(t *testing.T) {
	v, err := decodeJSON(samplePodList(t))
	if err != nil {
		t.Fatalf("decoding sample: %v", err)
	}
	checkEncodeAgainstStd(t, v)
}

func FuzzEncoderMatchesEncodingJSON(f *testing.F) {
	for _, s := range decoderSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"s":"<>&\u2028\u0000\ud800","f":[1e-7,1e21,0.1,-0.0,123.456e10]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := decodeJSON(data)
		if err != nil {
			return
		}
		checkEncodeAgainstStd(t, v)
	})
}
