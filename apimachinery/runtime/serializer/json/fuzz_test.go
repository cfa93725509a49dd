package json_test

import (
	"bytes"
	stdjson "encoding/json"
	"strings"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
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
		obj, gvk, err := lenient.Decode(data, nil, nil)
		if err != nil {
			return
		}
		// Type fields are matched case-insensitively when sniffing the kind
		// but case-sensitively when decoding, as the reference does; like its
		// versioning codec, record the kind that was found before encoding.
		obj.GetObjectKind().SetGroupVersionKind(*gvk)
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

// FuzzInterpret checks that the fast apiVersion/kind scanner agrees with
// encoding/json on valid JSON objects without duplicate type fields.
func FuzzInterpret(f *testing.F) {
	for _, seed := range []string{
		`{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"}}`,
		`{"metadata":{"kind":"no"},"items":[1,"a\"b",{"x":[]}],"kind":"List","apiVersion":"v1"}`,
		`{"Kind":"Pod","apiVersion":"v1"}`,
		`{"kind":"P\u006fd","apiVersion":"v1"}`,
		`{"kind":null,"apiVersion":"v1"}`,
		`{"apiVersion":"apps/v1","kind":"Deployment"} trailing`,
		`{"apiVersion":"v1",}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fast, fastErr := json.DefaultMetaFactory.Interpret(data)
		var slow struct {
			APIVersion string `json:"apiVersion"`
			Kind       string `json:"kind"`
		}
		if stdjson.Unmarshal(data, &slow) != nil || hasDuplicateTypeFields(data) {
			return
		}
		if fastErr != nil {
			if _, err := schema.ParseGroupVersion(slow.APIVersion); err != nil {
				return
			}
			t.Fatalf("fast path failed on valid input: %v", fastErr)
		}
		apiVersion, kind := fast.ToAPIVersionAndKind()
		if apiVersion != slow.APIVersion && !(fast.Empty() && slow.APIVersion == "") || kind != slow.Kind {
			t.Fatalf("fast %q/%q, encoding/json %q/%q", apiVersion, kind, slow.APIVersion, slow.Kind)
		}
	})
}

// hasDuplicateTypeFields reports whether the top-level object names
// apiVersion or kind (in any case) more than once, or is not an object.
func hasDuplicateTypeFields(data []byte) bool {
	dec := stdjson.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != stdjson.Delim('{') {
		return true
	}
	versions, kinds := 0, 0
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return true
		}
		key, _ := tok.(string)
		if strings.EqualFold(key, "apiVersion") {
			versions++
		}
		if strings.EqualFold(key, "kind") {
			kinds++
		}
		var skip stdjson.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return true
		}
	}
	return versions > 1 || kinds > 1
}
