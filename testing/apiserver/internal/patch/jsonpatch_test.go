package patch

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSON(t *testing.T) {
	const doc = `{"metadata":{"name":"p","labels":{"a/b":"1","c~d":"2"}},"spec":{"list":[1,2,3],"n":1}}`
	tests := []struct {
		name  string
		doc   string
		patch string
		want  string
		code  int
	}{
		{"add key", doc, `[{"op":"add","path":"/metadata/labels/x","value":"y"}]`,
			`{"metadata":{"labels":{"a/b":"1","c~d":"2","x":"y"},"name":"p"},"spec":{"list":[1,2,3],"n":1}}`, 0},
		{"add replaces existing key", doc, `[{"op":"add","path":"/spec/n","value":5}]`,
			`{"metadata":{"labels":{"a/b":"1","c~d":"2"},"name":"p"},"spec":{"list":[1,2,3],"n":5}}`, 0},
		{"add array insert", `{"l":[1,2]}`, `[{"op":"add","path":"/l/1","value":9}]`, `{"l":[1,9,2]}`, 0},
		{"add array dash appends", `{"l":[1,2]}`, `[{"op":"add","path":"/l/-","value":9}]`, `{"l":[1,2,9]}`, 0},
		{"add array at len", `{"l":[1,2]}`, `[{"op":"add","path":"/l/2","value":9}]`, `{"l":[1,2,9]}`, 0},
		{"add whole doc", `{"a":1}`, `[{"op":"add","path":"","value":{"b":2}}]`, `{"b":2}`, 0},
		{"escape ~1", doc, `[{"op":"remove","path":"/metadata/labels/a~1b"}]`,
			`{"metadata":{"labels":{"c~d":"2"},"name":"p"},"spec":{"list":[1,2,3],"n":1}}`, 0},
		{"escape ~0", doc, `[{"op":"replace","path":"/metadata/labels/c~0d","value":"3"}]`,
			`{"metadata":{"labels":{"a/b":"1","c~d":"3"},"name":"p"},"spec":{"list":[1,2,3],"n":1}}`, 0},
		{"remove array element", `{"l":[1,2,3]}`, `[{"op":"remove","path":"/l/1"}]`, `{"l":[1,3]}`, 0},
		{"replace array element", `{"l":[1,2,3]}`, `[{"op":"replace","path":"/l/0","value":"x"}]`, `{"l":["x",2,3]}`, 0},
		{"move", `{"a":{"b":1},"c":{}}`, `[{"op":"move","from":"/a/b","path":"/c/d"}]`, `{"a":{},"c":{"d":1}}`, 0},
		{"move within array", `{"l":[1,2,3]}`, `[{"op":"move","from":"/l/0","path":"/l/-"}]`, `{"l":[2,3,1]}`, 0},
		{"copy", `{"a":{"b":[1]}}`, `[{"op":"copy","from":"/a/b","path":"/c"}]`, `{"a":{"b":[1]},"c":[1]}`, 0},
		{"test passes", `{"a":{"b":1}}`, `[{"op":"test","path":"/a","value":{"b":1.0}},{"op":"add","path":"/x","value":true}]`, `{"a":{"b":1},"x":true}`, 0},
		{"several ops in order", `{}`, `[{"op":"add","path":"/a","value":[]},{"op":"add","path":"/a/-","value":1},{"op":"replace","path":"/a/0","value":2}]`, `{"a":[2]}`, 0},
		{"empty patch", `{"a":1}`, `[]`, `{"a":1}`, 0},
		{"test fails", `{"a":1}`, `[{"op":"test","path":"/a","value":2}]`, "", http.StatusUnprocessableEntity},
		{"test missing path", `{"a":1}`, `[{"op":"test","path":"/b","value":2}]`, "", http.StatusUnprocessableEntity},
		{"remove missing key", `{"a":1}`, `[{"op":"remove","path":"/b"}]`, "", http.StatusUnprocessableEntity},
		{"replace missing key", `{"a":1}`, `[{"op":"replace","path":"/b","value":1}]`, "", http.StatusUnprocessableEntity},
		{"add missing parent", `{"a":1}`, `[{"op":"add","path":"/b/c","value":1}]`, "", http.StatusUnprocessableEntity},
		{"index out of range", `{"l":[1]}`, `[{"op":"add","path":"/l/5","value":1}]`, "", http.StatusUnprocessableEntity},
		{"remove dash", `{"l":[1]}`, `[{"op":"remove","path":"/l/-"}]`, "", http.StatusUnprocessableEntity},
		{"leading zero index", `{"l":[1,2]}`, `[{"op":"remove","path":"/l/01"}]`, "", http.StatusUnprocessableEntity},
		{"move missing from", `{"a":1}`, `[{"op":"move","from":"/x","path":"/y"}]`, "", http.StatusUnprocessableEntity},
		{"move into own child", `{"a":{}}`, `[{"op":"move","from":"/a","path":"/a/b"}]`, "", http.StatusUnprocessableEntity},
		{"unknown op", `{"a":1}`, `[{"op":"frob","path":"/a"}]`, "", http.StatusUnprocessableEntity},
		{"add without value", `{"a":1}`, `[{"op":"add","path":"/a"}]`, "", http.StatusUnprocessableEntity},
		{"bad pointer", `{"a":1}`, `[{"op":"remove","path":"a"}]`, "", http.StatusUnprocessableEntity},
		{"bad escape", `{"a":1}`, `[{"op":"remove","path":"/a~2"}]`, "", http.StatusUnprocessableEntity},
		{"not a list", `{"a":1}`, `{"op":"remove","path":"/a"}`, "", http.StatusBadRequest},
		{"not JSON", `{"a":1}`, `[{`, "", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := JSON([]byte(tt.doc), []byte(tt.patch))
			if tt.code != 0 {
				var ipe *InvalidPatchError
				require.True(t, errors.As(err, &ipe), "got error %v, want *InvalidPatchError", err)
				assert.Equal(t, tt.code, ipe.Code, "code for %v", err)
				return
			}
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(got))
		})
	}
}

func TestJSONTestMessage(t *testing.T) {
	_, err := JSON([]byte(`{"a":1}`), []byte(`[{"op":"test","path":"/a","value":2}]`))
	require.Error(t, err)
	assert.Equal(t, "testing value /a failed: test failed", err.Error())
}

func TestJSONTooManyOperations(t *testing.T) {
	ops := strings.Repeat(`{"op":"test","path":"","value":{}},`, 10001)
	_, err := JSON([]byte(`{}`), []byte("["+strings.TrimSuffix(ops, ",")+"]"))
	var ipe *InvalidPatchError
	require.True(t, errors.As(err, &ipe), "got %v", err)
	assert.Equal(t, http.StatusRequestEntityTooLarge, ipe.Code)
}

func TestJSONDoesNotModifyInput(t *testing.T) {
	doc := []byte(`{"a":[1,2]}`)
	_, err := JSON(doc, []byte(`[{"op":"remove","path":"/a/0"}]`))
	require.NoError(t, err)
	assert.Equal(t, `{"a":[1,2]}`, string(doc))
}
