package bench

import (
	"bytes"
	"testing"

	skiffcorev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/internal/protox"
	refcorev1 "k8s.io/api/core/v1"
)

// protobufList returns the encoded PodList inside the fixture's envelope.
func protobufList(tb testing.TB) []byte {
	tb.Helper()
	_, _, raw, err := protox.DecodeEnvelope(loadFixtures(tb).proto)
	if err != nil {
		tb.Fatalf("envelope: %v", err)
	}
	return raw
}

// BenchmarkProtobufDecode decodes the 5,000-pod PodList from the same
// protobuf bytes with skiff's protox and with the reference's generated
// (gogo) Unmarshal.
func BenchmarkProtobufDecode(b *testing.B) {
	raw := protobufList(b)
	b.Run("skiff", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		b.ReportAllocs()
		for b.Loop() {
			var l skiffcorev1.PodList
			if err := protox.Unmarshal(raw, &l); err != nil || len(l.Items) != podCount {
				b.Fatalf("decoded %d items: %v", len(l.Items), err)
			}
		}
	})
	// skiff-shared decodes without copying the input first, as a client
	// does with a body buffer it read for the one decode.
	b.Run("skiff-shared", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		b.ReportAllocs()
		for b.Loop() {
			var l skiffcorev1.PodList
			if err := protox.UnmarshalShared(raw, &l); err != nil || len(l.Items) != podCount {
				b.Fatalf("decoded %d items: %v", len(l.Items), err)
			}
		}
	})
	b.Run("reference", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		b.ReportAllocs()
		for b.Loop() {
			var l refcorev1.PodList
			if err := l.Unmarshal(raw); err != nil || len(l.Items) != podCount {
				b.Fatalf("decoded %d items: %v", len(l.Items), err)
			}
		}
	})
}

// BenchmarkProtobufEncode encodes the decoded PodList with both.
func BenchmarkProtobufEncode(b *testing.B) {
	raw := protobufList(b)
	var sl skiffcorev1.PodList
	var rl refcorev1.PodList
	if err := protox.Unmarshal(raw, &sl); err != nil {
		b.Fatal(err)
	}
	if err := rl.Unmarshal(raw); err != nil {
		b.Fatal(err)
	}
	b.Run("skiff", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := protox.Marshal(&sl); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reference", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := rl.Marshal(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestProtobufAgreesWithReference checks that both codecs re-encode the
// fixture to its exact bytes.
func TestProtobufAgreesWithReference(t *testing.T) {
	raw := protobufList(t)
	var sl skiffcorev1.PodList
	if err := protox.Unmarshal(raw, &sl); err != nil {
		t.Fatal(err)
	}
	got, err := protox.Marshal(&sl)
	if err != nil {
		t.Fatal(err)
	}
	var rl refcorev1.PodList
	if err := rl.Unmarshal(raw); err != nil {
		t.Fatal(err)
	}
	want, err := rl.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("skiff encodes %d bytes, the reference %d; they differ", len(got), len(want))
	}
}
