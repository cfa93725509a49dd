package roundtrip

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, want, got string
		diffs           []string
	}{
		{"equal, key order ignored", `{"a":1,"b":[true,null,"x"]}`, `{"b":[true,null,"x"],"a":1}`, nil},
		{"int and float differ", `{"a":1}`, `{"a":1.0}`, []string{`$.a: want 1 (int64), got 1 (float64)`}},
		{"large integers stay exact", `{"a":9007199254740993}`, `{"a":9007199254740992}`,
			[]string{`$.a: want 9007199254740993 (int64), got 9007199254740992 (int64)`}},
		{"beyond int64", `[18446744073709551616]`, `[18446744073709551616]`, nil},
		{"missing and extra keys", `{"a":"x","b":2}`, `{"b":2,"c":{}}`,
			[]string{`$.a: want "x", got (absent)`, `$.c: want (absent), got {} (map[string]interface {})`}},
		{"array length", `{"l":[1,2]}`, `{"l":[1]}`, []string{`$.l: want [1,2] ([]interface {}), got [1] ([]interface {})`}},
		{"nested path", `{"items":[{"m":{"n":"a"}}]}`, `{"items":[{"m":{"n":"b"}}]}`, []string{`$.items[0].m.n: want "a", got "b"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Diff([]byte(tt.want), []byte(tt.got), 0)
			require.NoError(t, err)
			assert.Equal(t, tt.diffs, got)
		})
	}
}

func TestDiffLimitAndErrors(t *testing.T) {
	got, err := Diff([]byte(`[1,2,3,4]`), []byte(`[5,6,7,8]`), 2)
	require.NoError(t, err)
	assert.Len(t, got, 2, "limit")
	_, err = Diff([]byte(`{`), []byte(`{}`), 0)
	assert.Error(t, err, "bad want")
	_, err = Diff([]byte(`{}`), []byte(`{} {}`), 0)
	assert.Error(t, err, "trailing data")
}
