package watch

import (
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/streaming"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// Decoder turns the frames of a watch stream into events; it implements
// watch.Decoder.
type Decoder struct {
	decoder         streaming.Decoder
	embeddedDecoder runtime.Decoder
}

// NewDecoder returns a Decoder reading WatchEvent frames from decoder and
// decoding each event's object with embeddedDecoder.
func NewDecoder(decoder streaming.Decoder, embeddedDecoder runtime.Decoder) *Decoder {
	return &Decoder{decoder: decoder, embeddedDecoder: embeddedDecoder}
}

// Decode returns the next event. The event type must be ADDED, MODIFIED,
// DELETED, BOOKMARK or ERROR. io.EOF means the stream ended cleanly.
func (d *Decoder) Decode() (watch.EventType, runtime.Object, error) {
	var got metav1.WatchEvent
	res, _, err := d.decoder.Decode(nil, &got)
	if err != nil {
		return "", nil, err
	}
	if res != &got {
		return "", nil, fmt.Errorf("unable to decode to metav1.WatchEvent, got %T", res)
	}
	switch watch.EventType(got.Type) {
	case watch.Added, watch.Modified, watch.Deleted, watch.Error, watch.Bookmark:
	default:
		return "", nil, fmt.Errorf("got invalid watch event type: %v", got.Type)
	}
	obj, err := runtime.Decode(d.embeddedDecoder, got.Object.Raw)
	if err != nil {
		return "", nil, fmt.Errorf("unable to decode watch event: %w", err)
	}
	return watch.EventType(got.Type), obj, nil
}

// Close closes the underlying stream.
func (d *Decoder) Close() {
	_ = d.decoder.Close()
}
