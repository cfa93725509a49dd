package streaming_test

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/streaming"
)

// FuzzStreamDecode feeds arbitrary bytes through the JSON framer and the
// streaming decoder: it must never panic, must end, and every frame it
// hands to the decoder must be one valid JSON value.
func FuzzStreamDecode(f *testing.F) {
	for _, seed := range []string{
		`{"apiVersion":"v1","kind":"Event","type":"ADDED"}{"apiVersion":"v1","kind":"Event","type":"DELETED"}`,
		"{\"a\":1}\n\n[1,2]\n\"s\" 12 null",
		`{"apiVersion":"v1","kind":"Event","type":"x","note":"` + string(bytes.Repeat([]byte("y"), 3000)) + `"}`,
		`{"unterminated":`, `}{`, ``,
	} {
		f.Add([]byte(seed))
	}
	ser := newSerializer()
	f.Fuzz(func(t *testing.T, data []byte) {
		checker := &frameChecker{t: t}
		d := streaming.NewDecoder(json.Framer.NewFrameReader(io.NopCloser(bytes.NewReader(data))), checker)
		for i := 0; i <= len(data); i++ {
			if _, _, err := d.Decode(nil, nil); err != nil {
				if errors.Is(err, io.EOF) {
					break
				}
				if !errors.Is(err, errFrameSeen) {
					break
				}
			}
		}
		_ = d.Close()
		_, _, _ = ser.Decode(data, nil, nil)
	})
}

var errFrameSeen = errors.New("frame seen")

// frameChecker is a Decoder that asserts each frame is valid JSON.
type frameChecker struct{ t *testing.T }

func (c *frameChecker) Decode(data []byte, _ *schemaGVK, _ runtimeObject) (runtimeObject, *schemaGVK, error) {
	if !stdjson.Valid(data) {
		c.t.Fatalf("frame is not one JSON value: %q", data)
	}
	return nil, nil, errFrameSeen
}
