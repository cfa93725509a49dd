package json_test

import (
	stdjson "encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

// widgetDoc returns a widget document with n parts.
func widgetDoc(n int) []byte {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf(`{"id":"part-%d"}`, i)
	}
	return []byte(`{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"w","size":3,"labels":{"a":"b"},"parts":[` +
		strings.Join(parts, ",") + `]}`)
}

// BenchmarkDecode compares the serializer with a bare encoding/json
// Unmarshal into the same type: the difference is the serializer's
// overhead (finding the kind, creating the object).
func BenchmarkDecode(b *testing.B) {
	data := widgetDoc(1000)
	s := newScheme()
	ser := json.NewSerializerWithOptions(json.DefaultMetaFactory, s, s, json.SerializerOptions{})
	b.Run("serializer", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, _, err := ser.Decode(data, nil, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var w widget
			if err := stdjson.Unmarshal(data, &w); err != nil {
				b.Fatal(err)
			}
		}
	})
}
