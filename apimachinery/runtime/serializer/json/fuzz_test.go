package json_test

import (
	"bytes"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

// FuzzJSONDecode checks that decoding any input never panics and that
// whatever decodes cleanly survives an encode/decode round trip.
func FuzzJSONDecode(f *testing.F) {
	for _, seed := range []string{
		`{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"a","size":3,"labels":{"a":"b"},"parts":[{"id":"x"}]}`,
		`{"kind":"Widget"}`,
		`{"apiVersion":"example.skiff.io/v1","kind":"Widget","size":1e400}`,
		`{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"a","name":"b"}`,
		`[]`, `null`, `{`, `"x"`, ``,
	} {
		f.Add([]byte(seed))
	}
	s := newScheme()
	lenient := json.NewSerializerWithOptions(json.DefaultMetaFactory, s, s, json.SerializerOptions{})
	strict := json.NewSerializerWithOptions(json.DefaultMetaFactory, s, s, json.SerializerOptions{Strict: true})
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _, _ = strict.Decode(data, nil, &widget{})
		obj, _, err := lenient.Decode(data, nil, nil)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := lenient.Encode(obj, &buf); err != nil {
			t.Fatalf("encoding decoded object: %v", err)
		}
		again, _, err := lenient.Decode(buf.Bytes(), nil, nil)
		if err != nil {
			t.Fatalf("decoding re-encoded %q: %v", buf.String(), err)
		}
		if runtime.EncodeOrDie(lenient, again) != buf.String() {
			t.Fatalf("round trip changed the object: %q", buf.String())
		}
	})
}
