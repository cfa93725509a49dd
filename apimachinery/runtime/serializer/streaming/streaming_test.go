package streaming_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/streaming"
)

type event struct {
	runtime.TypeMeta `json:",inline"`
	Type             string `json:"type"`
	Note             string `json:"note,omitempty"`
}

func (e *event) DeepCopyObject() runtime.Object { c := *e; return &c }

func newSerializer() *json.Serializer {
	s := runtime.NewScheme()
	s.AddKnownTypeWithName(schema.GroupVersionKind{Version: "v1", Kind: "Event"}, &event{})
	return json.NewSerializerWithOptions(json.DefaultMetaFactory, s, s, json.SerializerOptions{})
}

func TestDecoder(t *testing.T) {
	long := strings.Repeat("x", 5000) // larger than the initial 1 KiB buffer
	stream := `{"apiVersion":"v1","kind":"Event","type":"ADDED"}
{"apiVersion":"v1","kind":"Event","type":"MODIFIED","note":"` + long + `"}{"apiVersion":"v1","kind":"Event","type":"DELETED"}`
	tests := []struct {
		name     string
		stream   string
		want     []string
		wantLast error
	}{
		{name: "three events", stream: stream, want: []string{"ADDED", "MODIFIED", "DELETED"}, wantLast: io.EOF},
		{name: "empty", stream: "", wantLast: io.EOF},
		{name: "truncated", stream: `{"apiVersion":"v1","kind":"Event","type":"ADDED"} {"apiV`, want: []string{"ADDED"}},
	}
	ser := newSerializer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := streaming.NewDecoder(json.Framer.NewFrameReader(io.NopCloser(strings.NewReader(tt.stream))), ser)
			var got []string
			var err error
			for {
				var obj runtime.Object
				obj, _, err = d.Decode(nil, nil)
				if err != nil {
					break
				}
				got = append(got, obj.(*event).Type)
			}
			assert.Equal(t, tt.want, got)
			if tt.wantLast != nil {
				assert.ErrorIs(t, err, tt.wantLast)
			} else {
				assert.Error(t, err)
				assert.False(t, errors.Is(err, io.EOF), "want a decode error, got %v", err)
			}
			require.NoError(t, d.Close())
		})
	}
}

func TestEncoderRoundTrip(t *testing.T) {
	ser := newSerializer()
	var buf bytes.Buffer
	enc := streaming.NewEncoder(json.Framer.NewFrameWriter(&buf), ser)
	for _, typ := range []string{"ADDED", "BOOKMARK"} {
		require.NoError(t, enc.Encode(&event{TypeMeta: runtime.TypeMeta{APIVersion: "v1", Kind: "Event"}, Type: typ}))
	}
	d := streaming.NewDecoder(json.Framer.NewFrameReader(io.NopCloser(&buf)), ser)
	for _, want := range []string{"ADDED", "BOOKMARK"} {
		obj, gvk, err := d.Decode(nil, &event{})
		require.NoError(t, err)
		assert.Equal(t, want, obj.(*event).Type)
		assert.Equal(t, "Event", gvk.Kind)
	}
	_, _, err := d.Decode(nil, nil)
	assert.ErrorIs(t, err, io.EOF)
}

type (
	schemaGVK     = schema.GroupVersionKind
	runtimeObject = runtime.Object
)
