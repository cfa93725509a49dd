package apiserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"reflect"
	"strings"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/protobuf"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

// mediaProtobuf is the Kubernetes protobuf media type; watch streams add
// ";stream=watch".
const mediaProtobuf = runtime.ContentTypeProtobuf

// protobufWatch is the Content-Type of a protobuf watch stream.
const protobufWatch = mediaProtobuf + ";stream=watch"

// errNoProtobuf says a document's kind has no protobuf form: custom
// resources, or kinds the scheme does not know.
var errNoProtobuf = errors.New("no protobuf encoding for this kind")

// toProtobuf converts a JSON document of a built-in kind to its enveloped
// protobuf encoding; errNoProtobuf for kinds without one.
func (s *Server) toProtobuf(raw []byte) ([]byte, error) {
	var tm metav1.TypeMeta
	if err := json.Unmarshal(raw, &tm); err != nil {
		return nil, fmt.Errorf("reading the kind: %w", err)
	}
	gvk := schema.FromAPIVersionAndKind(tm.APIVersion, tm.Kind)
	obj, err := s.scheme.New(gvk)
	if err != nil {
		return nil, errNoProtobuf
	}
	if err := unmarshalJSON(raw, obj); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", gvk.Kind, err)
	}
	obj.GetObjectKind().SetGroupVersionKind(gvk)
	var buf bytes.Buffer
	if err := protobuf.NewSerializer(s.scheme, s.scheme).Encode(obj, &buf); err != nil {
		if protobuf.IsNotMarshalable(err) {
			return nil, errNoProtobuf
		}
		return nil, err
	}
	return buf.Bytes(), nil
}

// fromProtobuf converts an enveloped protobuf request body meant as kind
// ("" when unknown) to JSON: 415 for kinds without a protobuf form, 400
// for a body that does not decode.
func (s *Server) fromProtobuf(body []byte, kind string) ([]byte, error) {
	obj, gvk, err := protobuf.NewSerializer(s.scheme, s.scheme).Decode(body, nil, nil)
	switch {
	case err == nil:
	case runtime.IsNotRegisteredError(err) || protobuf.IsNotMarshalable(err):
		return nil, errUnsupportedMedia(mediaProtobuf)
	case kind != "":
		return nil, errBadRequest("the object provided is unrecognized (must be of type %s): %v (%x)", kind, err, preview(body))
	default:
		return nil, errBadRequest("the body of the request could not be decoded as %s: %v", mediaProtobuf, err)
	}
	obj.GetObjectKind().SetGroupVersionKind(*gvk)
	raw, err := marshalJSON(obj)
	if err != nil {
		return nil, errBadRequest("re-encoding the %s body: %v", gvk.Kind, err)
	}
	return raw, nil
}

// readObjectBody reads an object request body for res (nil when the
// body is not a resource object) as JSON: JSON, YAML or, for built-in
// kinds, protobuf; custom resources answer protobuf with 415.
func (s *Server) readObjectBody(r *http.Request, res *Resource) ([]byte, error) {
	allowed := []string{mediaJSON, mediaYAML, "*/*", mediaProtobuf}
	if res != nil && res.custom {
		allowed = allowed[:3]
	}
	raw, mt, err := readBody(r, allowed...)
	if err != nil || mt != mediaProtobuf || len(raw) == 0 {
		return raw, err
	}
	kind := ""
	if res != nil {
		kind = res.Kind
	}
	return s.fromProtobuf(raw, kind)
}

// preview is the start of a body quoted in an error.
func preview(body []byte) []byte {
	return body[:min(len(body), 64)]
}

// protobufFrames writes watch events as length-delimited WatchEvent
// messages whose objects are enveloped protobuf.
type protobufFrames struct {
	s     *Server
	frame []byte
	enc   *protobuf.RawSerializer
}

// newProtobufFrames returns the protobuf event writer of s.
func newProtobufFrames(s *Server) *protobufFrames {
	return &protobufFrames{s: s, enc: protobuf.NewRawSerializer(s.scheme, s.scheme)}
}

// appendFrame appends the frame of one event whose object is the JSON raw.
func (p *protobufFrames) appendFrame(dst []byte, typ string, raw []byte) ([]byte, error) {
	obj, err := p.s.toProtobuf(raw)
	if err != nil {
		return dst, err
	}
	var buf bytes.Buffer
	if err := p.enc.Encode(&metav1.WatchEvent{Type: typ, Object: runtime.RawExtension{Raw: obj}}, &buf); err != nil {
		return dst, err
	}
	w := &appendWriter{buf: dst}
	if _, err := protobuf.LengthDelimitedFramer.NewFrameWriter(w).Write(buf.Bytes()); err != nil {
		return dst, err
	}
	return w.buf, nil
}

// appendWriter is an io.Writer appending to buf.
type appendWriter struct{ buf []byte }

// Write appends p.
func (w *appendWriter) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// withoutProtobuf returns r with an Accept header limited to the media
// types of custom resources (protobuf dropped), as the real server
// negotiates for them; ok is false when r accepts none of those (406).
func withoutProtobuf(r *http.Request) (*http.Request, bool) {
	media, ok := negotiateText(r)
	if !ok {
		return r, false
	}
	if m, _ := negotiate(r); m != mediaProtobuf {
		return r, true
	}
	out := r.Clone(r.Context())
	var kept []string
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		if mt, _, err := mime.ParseMediaType(strings.TrimSpace(part)); err == nil && mt != mediaProtobuf {
			kept = append(kept, strings.TrimSpace(part))
		}
	}
	if len(kept) == 0 {
		kept = []string{media}
	}
	out.Header.Set("Accept", strings.Join(kept, ","))
	return out, true
}

// unmarshalJSON decodes raw into obj with the compiled codec when it
// handles obj's type, else with encoding/json.
func unmarshalJSON(raw []byte, obj runtime.Object) error {
	if jsonx.Supported(reflect.TypeOf(obj)) {
		return jsonx.Unmarshal(raw, obj)
	}
	return json.Unmarshal(raw, obj)
}

// marshalJSON encodes obj with the compiled codec when it handles obj's
// type, else with encoding/json.
func marshalJSON(obj runtime.Object) ([]byte, error) {
	if jsonx.Supported(reflect.TypeOf(obj)) {
		return jsonx.Marshal(obj)
	}
	return json.Marshal(obj)
}
