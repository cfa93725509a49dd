package protobuf

import (
	"testing"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWatchEventWire checks the wire form of a WatchEvent against hand
// assembled bytes and decodes it back.
func TestWatchEventWire(t *testing.T) {
	ev := &metav1.WatchEvent{Type: "ADDED", Object: runtime.RawExtension{Raw: []byte("k8s\x00xy")}}
	got := appendWatchEvent(nil, ev)
	want := []byte{
		0x0a, 5, 'A', 'D', 'D', 'E', 'D', // type = 1
		0x12, 8, // object = 2, 8 bytes
		0x0a, 6, 'k', '8', 's', 0, 'x', 'y', // raw = 1
	}
	require.Equal(t, want, got)
	var back metav1.WatchEvent
	require.NoError(t, decodeWatchEvent(got, &back))
	assert.Equal(t, *ev, back)
}

// TestDecodeWatchEventErrors checks malformed input and skipped unknown
// fields.
func TestDecodeWatchEventErrors(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		wantType string
		wantErr  string
	}{
		{name: "unknown varint field skipped", data: []byte{0x18, 0x05, 0x0a, 1, 'X'}, wantType: "X"},
		{name: "unknown fixed fields skipped", data: []byte{0x21, 1, 2, 3, 4, 5, 6, 7, 8, 0x2d, 1, 2, 3, 4, 0x0a, 1, 'Y'}, wantType: "Y"},
		{name: "length past the end", data: []byte{0x0a, 9, 'A'}, wantErr: "field 1 at offset 0"},
		{name: "key cut", data: []byte{0x80}, wantErr: "offset 0"},
		{name: "field number zero", data: []byte{0x02, 0}, wantErr: "invalid field number 0"},
		{name: "group wire type", data: []byte{0x0b}, wantErr: "unsupported wire type 3"},
		{name: "nested object cut", data: []byte{0x12, 2, 0x0a, 5}, wantErr: "field 1"},
		{name: "overlong varint", data: []byte{0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, wantErr: "field 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ev metav1.WatchEvent
			err := decodeWatchEvent(tt.data, &ev)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantType, ev.Type)
		})
	}
}

// FuzzDecodeWatchEvent checks that decoding never panics and that an
// accepted event re-encodes and decodes to the same value.
func FuzzDecodeWatchEvent(f *testing.F) {
	f.Add(appendWatchEvent(nil, &metav1.WatchEvent{Type: "MODIFIED", Object: runtime.RawExtension{Raw: []byte("k8s\x00")}}))
	f.Add([]byte{0x12, 2, 0x0a, 5})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var ev metav1.WatchEvent
		if err := decodeWatchEvent(data, &ev); err != nil {
			return
		}
		var back metav1.WatchEvent
		if err := decodeWatchEvent(appendWatchEvent(nil, &ev), &back); err != nil {
			t.Fatalf("re-decoding: %v", err)
		}
		if back.Type != ev.Type || string(back.Object.Raw) != string(ev.Object.Raw) {
			t.Fatalf("round trip: got %+v, want %+v", back, ev)
		}
	})
}
