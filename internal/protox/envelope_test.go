package protox

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

func TestEnvelopeRoundTrip(t *testing.T) {
	tests := []struct {
		name             string
		apiVersion, kind string
		raw              []byte
		want             string
	}{
		{"object", "v1", "Pod", []byte("\x0a\x00"),
			"k8s\x00\x0a\x09\x0a\x02v1\x12\x03Pod\x12\x02\x0a\x00\x1a\x00\x22\x00"},
		{"empty raw is written", "apps/v1", "Deployment", []byte{},
			"k8s\x00\x0a\x15\x0a\x07apps/v1\x12\x0aDeployment\x12\x00\x1a\x00\x22\x00"},
		{"nil raw is left out", "", "", nil, "k8s\x00\x0a\x04\x0a\x00\x12\x00\x1a\x00\x22\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AppendEnvelope([]byte("prefix"), tt.apiVersion, tt.kind, tt.raw)
			if string(got) != "prefix"+tt.want {
				t.Fatalf("got %q, want %q", got, "prefix"+tt.want)
			}
			apiVersion, kind, raw, err := DecodeEnvelope(got[len("prefix"):])
			require.NoError(t, err)
			assert.Equal(t, tt.apiVersion, apiVersion)
			assert.Equal(t, tt.kind, kind)
			assert.Equal(t, len(tt.raw), len(raw))
		})
	}
}

func TestMarshalEnvelope(t *testing.T) {
	pod := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "web", Labels: map[string]string{"app": "web"}}}
	raw, err := Marshal(pod)
	require.NoError(t, err)
	want := AppendEnvelope([]byte("x"), "v1", "Pod", raw)
	got, err := MarshalEnvelope([]byte("x"), "v1", "Pod", pod)
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if _, err := MarshalEnvelope(nil, "v1", "Pod", "not an object"); err == nil {
		t.Fatal("MarshalEnvelope of a string: got no error")
	}
}

func TestDecodeEnvelopeErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no magic", "{\"kind\":\"Pod\"}", "not a Kubernetes protobuf envelope"},
		{"truncated", "k8s\x00\x0a\x09\x0a\x02v1", "unexpected end of input"},
		{"truncated typeMeta", "k8s\x00\x0a\x03\x0a\x05v", "typeMeta"},
		{"content encoding", "k8s\x00\x1a\x04gzip", "content encoding \"gzip\""},
		{"bad varint", "k8s\x00\x08\xff", "unexpected end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, _, err := DecodeEnvelope([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func FuzzDecodeEnvelope(f *testing.F) {
	f.Add([]byte("k8s\x00\x0a\x09\x0a\x02v1\x12\x03Pod\x12\x02\x0a\x00\x1a\x00\x22\x00"))
	f.Add([]byte("k8s\x00"))
	f.Add([]byte("k8s\x00\x0a\x80"))
	f.Fuzz(func(t *testing.T, data []byte) {
		apiVersion, kind, raw, err := DecodeEnvelope(data)
		if err != nil {
			return
		}
		again := AppendEnvelope(nil, apiVersion, kind, raw)
		v2, k2, r2, err := DecodeEnvelope(again)
		if err != nil || v2 != apiVersion || k2 != kind || !bytes.Equal(r2, raw) {
			t.Fatalf("re-encoded envelope decodes to %q %q %q (%v), want %q %q %q", v2, k2, r2, err, apiVersion, kind, raw)
		}
	})
}
