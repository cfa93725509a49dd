package streaming

import (
	"errors"
	"fmt"
	"io"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// ErrObjectTooLarge is returned when a frame exceeds the decoder's maximum
// size (16 MiB by default).
var ErrObjectTooLarge = errors.New("object to decode was longer than maximum allowed size")

// maxFrameBytes is the largest frame NewDecoder accepts.
const maxFrameBytes = 16 * 1024 * 1024

// Decoder decodes one object per frame of a stream.
type Decoder interface {
	// Decode reads the next frame and decodes it; io.EOF ends the stream.
	Decode(defaults *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error)
	// Close closes the underlying stream.
	Close() error
}

// Encoder writes one object per frame.
type Encoder interface {
	// Encode writes obj as one frame.
	Encode(obj runtime.Object) error
}

type decoder struct {
	reader    io.ReadCloser
	decoder   runtime.Decoder
	buf       []byte
	maxBytes  int
	resetRead bool
}

// NewDecoder returns a Decoder reading frames from r (a Framer's frame
// reader) and decoding each with d.
func NewDecoder(r io.ReadCloser, d runtime.Decoder) Decoder {
	return &decoder{reader: r, decoder: d, buf: make([]byte, 1024), maxBytes: maxFrameBytes}
}

// Decode reads one frame, growing its buffer as long as the frame reader
// reports io.ErrShortBuffer, and decodes it.
func (d *decoder) Decode(defaults *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	base := 0
	for {
		n, err := d.reader.Read(d.buf[base:])
		if err == io.ErrShortBuffer {
			if n == 0 {
				return nil, nil, fmt.Errorf("reading frame: got short buffer with n=0, base=%d, cap=%d", base, cap(d.buf))
			}
			if d.resetRead {
				continue
			}
			if len(d.buf) < d.maxBytes {
				base += n
				d.buf = append(d.buf, make([]byte, len(d.buf))...)
				continue
			}
			// The frame is too large: discard the rest of it.
			d.resetRead = true
			base = 0
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		if d.resetRead {
			d.resetRead = false
			return nil, nil, ErrObjectTooLarge
		}
		base += n
		break
	}
	return d.decoder.Decode(d.buf[:base], defaults, into)
}

func (d *decoder) Close() error { return d.reader.Close() }

type encoder struct {
	writer  io.Writer
	encoder runtime.Encoder
}

// NewEncoder returns an Encoder that writes each object with e into w (a
// Framer's frame writer).
func NewEncoder(w io.Writer, e runtime.Encoder) Encoder {
	return &encoder{writer: w, encoder: e}
}

func (e *encoder) Encode(obj runtime.Object) error {
	return e.encoder.Encode(obj, e.writer)
}
