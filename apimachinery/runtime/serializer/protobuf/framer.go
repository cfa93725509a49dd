package protobuf

import (
	"encoding/binary"
	"fmt"
	"io"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// LengthDelimitedFramer frames a stream as a sequence of messages each
// preceded by its length as a 4-byte big-endian unsigned integer.
var LengthDelimitedFramer runtime.Framer = lengthDelimitedFramer{}

type lengthDelimitedFramer struct{}

// NewFrameWriter returns a writer that writes each Write as one frame.
func (lengthDelimitedFramer) NewFrameWriter(w io.Writer) io.Writer {
	return &lengthDelimitedFrameWriter{w: w}
}

// NewFrameReader returns a reader whose Reads return at most one frame.
func (lengthDelimitedFramer) NewFrameReader(r io.ReadCloser) io.ReadCloser {
	return &lengthDelimitedFrameReader{r: r}
}

// lengthDelimitedFrameWriter prefixes every Write with its length.
type lengthDelimitedFrameWriter struct {
	w      io.Writer
	header [4]byte
}

// Write writes data as one frame; frames over 4 GiB are an error.
func (w *lengthDelimitedFrameWriter) Write(data []byte) (int, error) {
	if uint64(len(data)) > uint64(^uint32(0)) {
		return 0, fmt.Errorf("protobuf frame: %d bytes do not fit a 4-byte length", len(data))
	}
	binary.BigEndian.PutUint32(w.header[:], uint32(len(data)))
	if _, err := w.w.Write(w.header[:]); err != nil {
		return 0, err
	}
	return w.w.Write(data)
}

// lengthDelimitedFrameReader returns one frame per Read; a frame larger
// than the caller's buffer comes over several Reads, all but the last
// returning io.ErrShortBuffer.
type lengthDelimitedFrameReader struct {
	r         io.ReadCloser
	remaining int
}

// Read reads the next frame, or the next part of the current one.
func (r *lengthDelimitedFrameReader) Read(data []byte) (int, error) {
	if r.remaining <= 0 {
		var header [4]byte
		if _, err := io.ReadFull(r.r, header[:]); err != nil {
			return 0, err
		}
		size := binary.BigEndian.Uint32(header[:])
		if uint64(size) > uint64(maxFrame) {
			return 0, fmt.Errorf("protobuf frame: length %d exceeds the limit of %d bytes", size, maxFrame)
		}
		r.remaining = int(size)
		if r.remaining == 0 {
			return 0, nil
		}
	}
	want := min(r.remaining, len(data))
	n, err := io.ReadFull(r.r, data[:want])
	r.remaining -= n
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return n, err
	}
	if r.remaining > 0 {
		return n, io.ErrShortBuffer
	}
	return n, nil
}

// Close closes the underlying stream.
func (r *lengthDelimitedFrameReader) Close() error { return r.r.Close() }

// maxFrame bounds a frame's declared length so a corrupt header cannot
// make a reader wait for gigabytes: 256 MiB, far above the API server's
// largest object.
const maxFrame = 256 << 20
