package intstr

import (
	"encoding/json"
	"testing"
)

func FuzzIntOrStringJSON(f *testing.F) {
	for _, seed := range []string{
		`0`, `-1`, `2147483647`, `-2147483648`, `2147483648`, `1.5`, `1e3`,
		`""`, `"http"`, `"25%"`, `"\u00e9\n"`, `null`, `true`, `{}`, `[]`, `"`, ``,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v IntOrString
		if err := v.UnmarshalJSON(data); err != nil {
			return
		}
		if v.Type != Int && v.Type != String {
			t.Fatalf("UnmarshalJSON(%q) gave type %d", data, v.Type)
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("Marshal(%#v) after UnmarshalJSON(%q): %v", v, data, err)
		}
		var back IntOrString
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("re-Unmarshal(%s): %v", out, err)
		}
		if back != v {
			t.Fatalf("round trip of %q: got %#v, want %#v", data, back, v)
		}
		_ = v.String()
		_ = v.IntValue()
	})
}
