package v1

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

// readPodListFixture returns the uncompressed 5,000-pod list.
func readPodListFixture(tb testing.TB) []byte {
	tb.Helper()
	raw, err := fixtures.PodList5000JSON()
	require.NoError(tb, err)
	return raw
}

// BenchmarkPodListDecode decodes the 5,000-pod fixture with jsonx and with
// encoding/json into the same types.
func BenchmarkPodListDecode(b *testing.B) {
	raw := readPodListFixture(b)
	decoders := []struct {
		name      string
		unmarshal func([]byte, any) error
	}{
		{"jsonx", jsonx.Unmarshal},
		{"encoding_json", json.Unmarshal},
	}
	for _, dec := range decoders {
		b.Run(dec.name, func(b *testing.B) {
			// One untimed decode first, so every timed one sees a steady
			// state (compiled codecs, a heap already grown to hold a list)
			// whichever decoder ran before.
			var warm PodList
			if err := dec.unmarshal(raw, &warm); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				var list PodList
				if err := dec.unmarshal(raw, &list); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPodListEncode encodes the decoded fixture with jsonx and with
// encoding/json.
func BenchmarkPodListEncode(b *testing.B) {
	raw := readPodListFixture(b)
	var list PodList
	require.NoError(b, jsonx.Unmarshal(raw, &list))
	encoders := []struct {
		name    string
		marshal func(any) ([]byte, error)
	}{
		{"jsonx", jsonx.Marshal},
		{"encoding_json", json.Marshal},
	}
	for _, enc := range encoders {
		b.Run(enc.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := enc.marshal(&list); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestPodListFixtureAgreesWithEncodingJSON decodes the fixture with jsonx
// and encoding/json into PodList and requires the same value, and requires
// jsonx.Marshal to write encoding/json's bytes. (The round trip through
// the scheme's codec is TestPodListFixtureCodecRoundTrip.)
func TestPodListFixtureAgreesWithEncodingJSON(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("whole-fixture comparison skipped in -short mode and under the race detector (single goroutine; the fuzz targets of internal/jsonx cover the agreement there)")
	}
	raw := readPodListFixture(t)
	var got, want PodList
	require.NoError(t, jsonx.Unmarshal(raw, &got))
	require.NoError(t, json.Unmarshal(raw, &want))
	require.Len(t, got.Items, 5000)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("jsonx and encoding/json decode the fixture differently")
	}
	out, err := jsonx.Marshal(&got)
	require.NoError(t, err)
	ref, err := json.Marshal(&want)
	require.NoError(t, err)
	if !bytes.Equal(out, ref) {
		t.Fatalf("jsonx.Marshal differs from encoding/json.Marshal (%d vs %d bytes)", len(out), len(ref))
	}
}
