package json

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScanTypeMeta(t *testing.T) {
	tests := []struct {
		name              string
		data              string
		wantVersion, kind string
		wantOK            bool
	}{
		{name: "first fields", data: `{"apiVersion":"v1","kind":"Pod","spec":{`, wantVersion: "v1", kind: "Pod", wantOK: true},
		{name: "after nested values", data: ` { "metadata" : {"kind":"x","a":[1,{"b":"]}"}]}, "n": -1.5e3, "t": true, "s": "a\"b",` +
			` "kind" : "List" , "apiVersion" : "apps/v1" }`, wantVersion: "apps/v1", kind: "List", wantOK: true},
		{name: "missing kind falls back", data: `{"apiVersion":"v1"}`},
		{name: "empty object falls back", data: `{}`},
		{name: "escaped value falls back", data: `{"kind":"P\u006fd","apiVersion":"v1"}`},
		{name: "non-ascii falls back", data: "{\"kind\":\"P\xffd\",\"apiVersion\":\"v1\"}"},
		{name: "case variant falls back", data: `{"Kind":"Pod","apiVersion":"v1","kind":"X"}`},
		{name: "null falls back", data: `{"kind":null,"apiVersion":"v1"}`},
		{name: "array", data: `[{"kind":"Pod"}]`},
		{name: "trailing comma falls back", data: `{"apiVersion":"v1",}`},
		{name: "missing colon", data: `{"kind" "Pod"}`},
		{name: "bad literal", data: `{"x":tr"ue,"kind":"Pod","apiVersion":"v1"}`},
		{name: "unterminated", data: `{"x":"abc`},
		{name: "empty", data: ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			version, kind, ok := scanTypeMeta([]byte(tt.data))
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantVersion, version)
			assert.Equal(t, tt.kind, kind)
		})
	}
}

func BenchmarkInterpret(b *testing.B) {
	items := strings.Repeat(`{"metadata":{"name":"pod","labels":{"a":"b"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}},`, 2000)
	data := []byte(`{"apiVersion":"v1","kind":"PodList","items":[` + strings.TrimSuffix(items, ",") + `]}`)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := DefaultMetaFactory.Interpret(data); err != nil {
			b.Fatal(err)
		}
	}
}
