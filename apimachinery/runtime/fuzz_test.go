package runtime

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzUnstructuredRoundTrip decodes arbitrary JSON objects into a typed
// struct through the unstructured converter. It must never panic, and a
// successfully filled struct must survive ToUnstructured/FromUnstructured
// unchanged.
func FuzzUnstructuredRoundTrip(f *testing.F) {
	for _, seed := range []string{
		`{"apiVersion":"v1","kind":"Thing","metadata":{"name":"a","labels":{"k":"v"},"created":"2024-01-02T03:04:05Z"},` +
			`"spec":{"replicas":3,"port":"http","ratio":0.5,"data":"aGk=","items":[{"key":"x","value":true}],"any":{"n":1},"weights":{"2":9}}}`,
		`{"spec":{"port":8080,"replicas":1e3}}`,
		`{"spec":{"weights":{"x":1}}}`,
		`{"metadata":null,"spec":{"items":null}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var u map[string]interface{}
		if dec.Decode(&u) != nil {
			return
		}
		first := &convObject{}
		if err := DefaultUnstructuredConverter.FromUnstructuredWithValidation(u, first, true); err != nil && !IsStrictDecodingError(err) {
			return
		}
		again, err := DefaultUnstructuredConverter.ToUnstructured(first)
		if err != nil {
			t.Fatalf("ToUnstructured of a decoded object: %v", err)
		}
		second := &convObject{}
		if err := DefaultUnstructuredConverter.FromUnstructured(again, second); err != nil {
			t.Fatalf("FromUnstructured of %v: %v", again, err)
		}
		if !reflect.DeepEqual(normalize(first), normalize(second)) {
			t.Fatalf("round trip changed the object:\n%#v\n%#v", first, second)
		}
	})
}

// normalize maps values that are equal after a JSON round trip (empty and
// nil collections, numbers in interface fields) to one form.
func normalize(o *convObject) string {
	b, _ := json.Marshal(o)
	return string(b)
}
