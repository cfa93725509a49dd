package patch

import (
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMerge(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		patch string
		want  string
		code  int
	}{
		{"add key", `{"a":1}`, `{"b":2}`, `{"a":1,"b":2}`, 0},
		{"replace scalar", `{"a":1}`, `{"a":"x"}`, `{"a":"x"}`, 0},
		{"null removes key", `{"a":1,"b":2}`, `{"a":null}`, `{"b":2}`, 0},
		{"null removes nested key", `{"m":{"l":{"x":"1","y":"2"}}}`, `{"m":{"l":{"x":null}}}`, `{"m":{"l":{"y":"2"}}}`, 0},
		{"null on missing key is no-op", `{"a":1}`, `{"z":null}`, `{"a":1}`, 0},
		{"nested merge", `{"a":{"b":1,"c":2}}`, `{"a":{"c":3,"d":4}}`, `{"a":{"b":1,"c":3,"d":4}}`, 0},
		{"array replaced", `{"l":[1,2,3]}`, `{"l":[4]}`, `{"l":[4]}`, 0},
		{"array of objects replaced", `{"l":[{"a":1}]}`, `{"l":[{"b":null}]}`, `{"l":[{"b":null}]}`, 0},
		{"object over scalar", `{"a":1}`, `{"a":{"b":null,"c":1}}`, `{"a":{"c":1}}`, 0},
		{"scalar over object", `{"a":{"b":1}}`, `{"a":true}`, `{"a":true}`, 0},
		{"empty patch", `{"a":1}`, `{}`, `{"a":1}`, 0},
		{"non-object patch replaces", `{"a":1}`, `[1]`, `[1]`, 0},
		{"null patch", `{"a":1}`, `null`, "", http.StatusBadRequest},
		{"bad JSON", `{"a":1}`, `{"a":`, "", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Merge([]byte(tt.doc), []byte(tt.patch))
			if tt.code != 0 {
				var ipe *InvalidPatchError
				require.True(t, errors.As(err, &ipe), "got error %v, want *InvalidPatchError", err)
				assert.Equal(t, tt.code, ipe.Code)
				return
			}
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(got))
		})
	}
}

func TestMergeDiffRoundTrip(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"same", `{"a":1}`, `{"a":1}`},
		{"removed key", `{"a":1,"b":{"c":2}}`, `{"b":{}}`},
		{"changed nested", `{"a":{"b":1,"c":[1]}}`, `{"a":{"b":2,"c":[1,2]}}`},
		{"type change", `{"a":{"b":1}}`, `{"a":[1]}`},
		{"scalar to object", `{"a":1}`, `{"a":{"x":{}}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := decode([]byte(tt.a))
			require.NoError(t, err)
			b, err := decode([]byte(tt.b))
			require.NoError(t, err)
			p, err := encode(mergeDiff(a, b))
			require.NoError(t, err)
			got, err := Merge([]byte(tt.a), p)
			require.NoError(t, err)
			assert.JSONEq(t, tt.b, string(got), "patch %s", p)
		})
	}
}
