package bench

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"reflect"
	"testing"

	skiffcorev1 "github.com/skiff-k8s/skiff/api/core/v1"
	skiffruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	skiffschema "github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/internal/apiinstall"
	"github.com/skiff-k8s/skiff/internal/protox"
	refcorev1 "k8s.io/api/core/v1"
	apitestingfuzzer "k8s.io/apimachinery/pkg/api/apitesting/fuzzer"
	metafuzzer "k8s.io/apimachinery/pkg/apis/meta/fuzzer"
	refscheme "k8s.io/client-go/kubernetes/scheme"
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

// protoMessage is what the reference's generated types implement.
type protoMessage interface {
	Marshal() ([]byte, error)
	Unmarshal([]byte) error
}

// TestProtobufAgreesOnAllKinds fills every built-in kind of the reference
// with random content (its own fuzzer functions), encodes it with the
// reference's generated code, and checks that protox decodes the bytes
// into the skiff type and re-encodes exactly the same bytes, and that the
// decoded skiff object's JSON equals the reference object's.
func TestProtobufAgreesOnAllKinds(t *testing.T) {
	skiffScheme := skiffruntime.NewScheme()
	if err := apiinstall.AddToScheme(skiffScheme); err != nil {
		t.Fatal(err)
	}
	skiffTypes := skiffScheme.AllKnownTypes()
	kinds := 0
	for gvk, rt := range refscheme.Scheme.AllKnownTypes() {
		st, ok := skiffTypes[skiffschema.GroupVersionKind{Group: gvk.Group, Version: gvk.Version, Kind: gvk.Kind}]
		if !ok || gvk.Kind == "WatchEvent" || gvk.Version == "__internal" {
			continue
		}
		if _, ok := reflect.New(rt).Interface().(protoMessage); !ok {
			continue
		}
		kinds++
		t.Run(gvk.String(), func(t *testing.T) {
			for seed := range int64(10) {
				agreeOn(t, rt, st, seed)
			}
		})
	}
	if kinds < 300 {
		t.Fatalf("checked %d kinds, want 300+", kinds)
	}
}

// agreeOn checks one random object of reference type rt against skiff
// type st.
func agreeOn(t *testing.T, rt, st reflect.Type, seed int64) {
	t.Helper()
	filler := apitestingfuzzer.FuzzerFor(metafuzzer.Funcs, rand.NewSource(seed), refscheme.Codecs).NilChance(0.3).NumElements(0, 2)
	ref := reflect.New(rt).Interface().(protoMessage)
	filler.Fill(ref)
	first, err := ref.Marshal()
	if err != nil {
		t.Fatalf("reference Marshal: %v", err)
	}
	// Decode once with the reference so that what its encoding cannot
	// carry (nanoseconds of metav1.Time, ...) is dropped on both sides.
	canon := reflect.New(rt).Interface().(protoMessage)
	if err := canon.Unmarshal(first); err != nil {
		t.Fatalf("reference Unmarshal: %v", err)
	}
	want, err := canon.Marshal()
	if err != nil {
		t.Fatalf("reference Marshal: %v", err)
	}
	sk := reflect.New(st).Interface()
	if err := protox.Unmarshal(want, sk); err != nil {
		t.Fatalf("protox.Unmarshal of the reference's bytes: %v", err)
	}
	got, err := protox.Marshal(sk)
	if err != nil {
		t.Fatalf("protox.Marshal: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("seed %d: protox re-encodes %d bytes, the reference wrote %d:\ngot  %x\nwant %x", seed, len(got), len(want), got, want)
	}
	assertSameJSON(t, canon, sk)
}

// assertSameJSON compares the JSON forms of the two objects as generic
// values, ignoring apiVersion and kind (not part of the protobuf message).
func assertSameJSON(t *testing.T, ref, sk any) {
	t.Helper()
	var a, b map[string]any
	rj, err := json.Marshal(ref)
	if err != nil {
		t.Fatalf("reference JSON: %v", err)
	}
	sj, err := json.Marshal(sk)
	if err != nil {
		t.Fatalf("skiff JSON: %v", err)
	}
	if err := json.Unmarshal(rj, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(sj, &b); err != nil {
		t.Fatal(err)
	}
	for _, m := range []map[string]any{a, b} {
		delete(m, "apiVersion")
		delete(m, "kind")
	}
	if !reflect.DeepEqual(a, b) {
		i := 0
		for i < len(rj) && i < len(sj) && rj[i] == sj[i] {
			i++
		}
		from := max(0, i-80)
		t.Fatalf("JSON differs at byte %d:\nreference ...%s\nskiff     ...%s", i, rj[from:min(len(rj), i+80)], sj[from:min(len(sj), i+80)])
	}
}
