package watch

import (
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/streaming"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// Encoder writes events as WatchEvent frames, as an API server does.
type Encoder struct {
	encoder         streaming.Encoder
	embeddedEncoder runtime.Encoder
}

// NewEncoder returns an Encoder writing frames with encoder and each
// event's object with embeddedEncoder.
func NewEncoder(encoder streaming.Encoder, embeddedEncoder runtime.Encoder) *Encoder {
	return &Encoder{encoder: encoder, embeddedEncoder: embeddedEncoder}
}

// Encode writes event as one frame.
func (e *Encoder) Encode(event *watch.Event) error {
	data, err := runtime.Encode(e.embeddedEncoder, event.Object)
	if err != nil {
		return fmt.Errorf("encoding watch event object: %w", err)
	}
	return e.encoder.Encode(&metav1.WatchEvent{
		Type:   string(event.Type),
		Object: runtime.RawExtension{Raw: data},
	})
}
