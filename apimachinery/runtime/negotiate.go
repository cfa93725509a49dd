package runtime

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// NegotiateError says that no serializer is registered for a content type.
type NegotiateError struct {
	// ContentType is the media type asked for.
	ContentType string
	// Stream is true when a stream serializer was asked for.
	Stream bool
}

// Error says which media type has no serializer.
func (e NegotiateError) Error() string {
	if e.Stream {
		return fmt.Sprintf("no stream serializers registered for %s", e.ContentType)
	}
	return fmt.Sprintf("no serializers registered for %s", e.ContentType)
}

// clientNegotiator picks serializers from a NegotiatedSerializer.
type clientNegotiator struct {
	serializer NegotiatedSerializer
	gv         schema.GroupVersion
}

// NewClientNegotiator returns a ClientNegotiator that picks serializers
// from serializer and converts to and from gv.
func NewClientNegotiator(serializer NegotiatedSerializer, gv schema.GroupVersion) ClientNegotiator {
	return &clientNegotiator{serializer: serializer, gv: gv}
}

func (n *clientNegotiator) info(contentType string) (SerializerInfo, error) {
	info, ok := SerializerInfoForMediaType(n.serializer.SupportedMediaTypes(), contentType)
	if !ok {
		return SerializerInfo{}, NegotiateError{ContentType: contentType}
	}
	return info, nil
}

func (n *clientNegotiator) Encoder(contentType string, params map[string]string) (Encoder, error) {
	info, err := n.info(contentType)
	if err != nil {
		return nil, err
	}
	return n.serializer.EncoderForVersion(info.Serializer, n.gv), nil
}

func (n *clientNegotiator) Decoder(contentType string, params map[string]string) (Decoder, error) {
	info, err := n.info(contentType)
	if err != nil {
		return nil, err
	}
	return n.serializer.DecoderToVersion(info.Serializer, n.gv), nil
}

func (n *clientNegotiator) StreamDecoder(contentType string, params map[string]string) (Decoder, Serializer, Framer, error) {
	info, err := n.info(contentType)
	if err != nil {
		return nil, nil, nil, err
	}
	if info.StreamSerializer == nil {
		return nil, nil, nil, NegotiateError{ContentType: contentType, Stream: true}
	}
	return n.serializer.DecoderToVersion(info.Serializer, n.gv), info.StreamSerializer.Serializer, info.StreamSerializer.Framer, nil
}
