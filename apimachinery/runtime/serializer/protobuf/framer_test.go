package protobuf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLengthDelimitedFramerRoundTrip writes frames and reads them back
// through buffers of several sizes, including ones smaller than a frame.
func TestLengthDelimitedFramerRoundTrip(t *testing.T) {
	frames := [][]byte{[]byte("a"), bytes.Repeat([]byte("xyz"), 100), {}, []byte("last")}
	var stream bytes.Buffer
	w := LengthDelimitedFramer.NewFrameWriter(&stream)
	for _, f := range frames {
		n, err := w.Write(f)
		require.NoError(t, err)
		require.Equal(t, len(f), n)
	}
	raw := stream.Bytes()
	require.Equal(t, []byte{0, 0, 0, 1, 'a'}, raw[:5], "first frame: 4-byte big-endian length then the data")
	for _, size := range []int{1, 7, 64, 1024} {
		t.Run("buffer "+itoa(size), func(t *testing.T) {
			got := readFrames(t, LengthDelimitedFramer.NewFrameReader(io.NopCloser(bytes.NewReader(raw))), size)
			assert.Equal(t, frames, got)
		})
	}
}

// readFrames reassembles frames from r, reading size bytes at a time.
func readFrames(t *testing.T, r io.ReadCloser, size int) [][]byte {
	t.Helper()
	var frames [][]byte
	var cur []byte
	buf := make([]byte, size)
	for {
		n, err := r.Read(buf)
		cur = append(cur, buf[:n]...)
		switch {
		case errors.Is(err, io.ErrShortBuffer):
			continue
		case err == io.EOF:
			return frames
		case err != nil:
			t.Fatalf("read: %v", err)
		}
		frames = append(frames, append([]byte{}, cur...))
		cur = cur[:0]
	}
}

// TestLengthDelimitedFrameReaderErrors checks truncated and oversized
// streams.
func TestLengthDelimitedFrameReaderErrors(t *testing.T) {
	huge := make([]byte, 4)
	binary.BigEndian.PutUint32(huge, maxFrame+1)
	tests := []struct {
		name    string
		stream  []byte
		wantErr error
		wantMsg string
	}{
		{name: "header cut", stream: []byte{0, 0}, wantErr: io.ErrUnexpectedEOF},
		{name: "body cut", stream: []byte{0, 0, 0, 5, 'a', 'b'}, wantErr: io.ErrUnexpectedEOF},
		{name: "length over the limit", stream: huge, wantMsg: "exceeds the limit"},
		{name: "empty stream", stream: nil, wantErr: io.EOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := LengthDelimitedFramer.NewFrameReader(io.NopCloser(bytes.NewReader(tt.stream)))
			_, err := r.Read(make([]byte, 64))
			require.Error(t, err)
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
			}
			if tt.wantMsg != "" {
				assert.ErrorContains(t, err, tt.wantMsg)
			}
			assert.NoError(t, r.Close())
		})
	}
}

// FuzzLengthDelimitedFrameReader feeds arbitrary streams to the frame
// reader: it must not panic, and a stream it accepts whole must re-frame
// to the same bytes.
func FuzzLengthDelimitedFrameReader(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 'a', 0, 0, 0, 0})
	f.Add([]byte{0, 0, 0, 3, 'a'})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, stream []byte) {
		r := LengthDelimitedFramer.NewFrameReader(io.NopCloser(bytes.NewReader(stream)))
		var frames [][]byte
		var cur []byte
		buf := make([]byte, 5)
		for {
			n, err := r.Read(buf)
			cur = append(cur, buf[:n]...)
			if errors.Is(err, io.ErrShortBuffer) {
				continue
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				return
			}
			frames = append(frames, append([]byte{}, cur...))
			cur = cur[:0]
		}
		var out bytes.Buffer
		w := LengthDelimitedFramer.NewFrameWriter(&out)
		for _, fr := range frames {
			if _, err := w.Write(fr); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(out.Bytes(), stream) {
			t.Fatalf("re-framed stream differs:\ngot  %x\nwant %x", out.Bytes(), stream)
		}
	})
}

// itoa formats small non-negative ints for subtest names.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
