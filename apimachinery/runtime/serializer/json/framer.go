package json

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// Framer splits a stream of concatenated JSON values (whitespace or newline
// separated) into frames, one value per frame.
var Framer runtime.Framer = jsonFramer{}

// YAMLFramer splits a stream of YAML documents separated by "---" lines.
var YAMLFramer runtime.Framer = yamlFramer{}

type jsonFramer struct{}

// NewFrameWriter returns w: JSON values need no framing.
func (jsonFramer) NewFrameWriter(w io.Writer) io.Writer { return w }

// NewFrameReader returns a reader that yields one JSON value per frame.
func (jsonFramer) NewFrameReader(r io.ReadCloser) io.ReadCloser {
	return &jsonFrameReader{r: r, decoder: json.NewDecoder(r)}
}

// jsonFrameReader hands out one JSON value per frame. When the caller's
// buffer is too small it returns io.ErrShortBuffer with the first part and
// the rest on the following reads.
type jsonFrameReader struct {
	r         io.ReadCloser
	decoder   *json.Decoder
	remaining []byte
}

func (r *jsonFrameReader) Read(data []byte) (int, error) {
	if len(r.remaining) > 0 {
		return r.emit(data, r.remaining)
	}
	var m json.RawMessage
	if err := r.decoder.Decode(&m); err != nil {
		if err == io.EOF {
			return 0, io.EOF
		}
		return 0, fmt.Errorf("reading json frame: %w", withOffset(err))
	}
	return r.emit(data, m)
}

// emit copies frame into data, keeping what does not fit for later.
func (r *jsonFrameReader) emit(data, frame []byte) (int, error) {
	n := copy(data, frame)
	if n < len(frame) {
		r.remaining = append(r.remaining[:0], frame[n:]...)
		return n, io.ErrShortBuffer
	}
	r.remaining = r.remaining[:0]
	return n, nil
}

func (r *jsonFrameReader) Close() error { return r.r.Close() }

type yamlFramer struct{}

// NewFrameWriter returns a writer that puts "---" between documents.
func (yamlFramer) NewFrameWriter(w io.Writer) io.Writer { return &yamlFrameWriter{w: w} }

// NewFrameReader returns a reader that yields one YAML document per frame.
func (yamlFramer) NewFrameReader(r io.ReadCloser) io.ReadCloser {
	return &yamlFrameReader{r: r, scanner: bufio.NewReader(r)}
}

type yamlFrameWriter struct {
	w       io.Writer
	written bool
}

func (w *yamlFrameWriter) Write(data []byte) (int, error) {
	if w.written {
		if _, err := w.w.Write([]byte("---\n")); err != nil {
			return 0, err
		}
	}
	w.written = true
	return w.w.Write(data)
}

type yamlFrameReader struct {
	r         io.ReadCloser
	scanner   *bufio.Reader
	remaining []byte
	done      bool
}

func (r *yamlFrameReader) Read(data []byte) (int, error) {
	if len(r.remaining) > 0 {
		return r.emit(data, r.remaining)
	}
	doc, err := r.nextDocument()
	if err != nil {
		return 0, err
	}
	return r.emit(data, doc)
}

// nextDocument reads lines up to the next "---" separator or EOF.
func (r *yamlFrameReader) nextDocument() ([]byte, error) {
	var doc bytes.Buffer
	for !r.done {
		line, err := r.scanner.ReadBytes('\n')
		if err == io.EOF {
			r.done = true
		} else if err != nil {
			return nil, fmt.Errorf("reading yaml frame: %w", err)
		}
		if bytes.Equal(bytes.TrimRight(line, " \t\r\n"), []byte("---")) {
			if doc.Len() > 0 {
				return doc.Bytes(), nil
			}
			continue
		}
		doc.Write(line)
	}
	if doc.Len() == 0 {
		return nil, io.EOF
	}
	return doc.Bytes(), nil
}

func (r *yamlFrameReader) emit(data, frame []byte) (int, error) {
	n := copy(data, frame)
	if n < len(frame) {
		r.remaining = append(r.remaining[:0], frame[n:]...)
		return n, io.ErrShortBuffer
	}
	r.remaining = r.remaining[:0]
	return n, nil
}

func (r *yamlFrameReader) Close() error { return r.r.Close() }
