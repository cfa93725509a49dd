package apiserver

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"sigs.k8s.io/yaml"
)

// Media types the server speaks.
const (
	mediaJSON = "application/json"
	mediaYAML = "application/yaml"
)

// maxBody bounds a request body, as the real server's 3 MiB limit does.
const maxBody = 3 << 20

// negotiate picks the response media type from the Accept header: JSON,
// YAML or protobuf (writeRaw falls back from protobuf for kinds without
// one); ok is false when the client accepts none of them (406).
func negotiate(r *http.Request) (media string, ok bool) {
	return negotiateMedia(r, true)
}

// negotiateText is negotiate without protobuf: the choice for custom
// resources and for documents without a protobuf form.
func negotiateText(r *http.Request) (media string, ok bool) {
	return negotiateMedia(r, false)
}

// negotiateMedia returns the first media type of the Accept header the
// server can answer with, protobuf only when allowed.
func negotiateMedia(r *http.Request, allowProtobuf bool) (string, bool) {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return mediaJSON, true
	}
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		if mt == mediaProtobuf {
			if allowProtobuf && params["as"] == "" {
				return mediaProtobuf, true
			}
			continue
		}
		if params["as"] != "" && !isMetadataAs(params) && !isTableAs(params) {
			continue
		}
		switch mt {
		case mediaJSON, "application/*", "*/*":
			return mediaJSON, true
		case mediaYAML:
			return mediaYAML, true
		}
	}
	return "", false
}

// isMetadataAs says whether media type params ask for PartialObjectMetadata.
func isMetadataAs(params map[string]string) bool {
	return (params["as"] == "PartialObjectMetadata" || params["as"] == "PartialObjectMetadataList") &&
		params["g"] == "meta.k8s.io" && (params["v"] == "v1" || params["v"] == "v1beta1")
}

// wantsMetadata says whether the first acceptable media type of r asks for
// PartialObjectMetadata (the metadata-only clients), and its version.
func wantsMetadata(r *http.Request) (string, bool) {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil || (mt != mediaJSON && mt != mediaYAML && mt != "*/*" && mt != "application/*") {
			continue
		}
		if params["as"] == "" {
			return "", false
		}
		if isMetadataAs(params) {
			return params["v"], true
		}
	}
	return "", false
}

// partialObject is the PartialObjectMetadata form of m.
func partialObject(m map[string]any, version string) map[string]any {
	return map[string]any{"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/" + version, "metadata": m["metadata"]}
}

// partialRaw is the PartialObjectMetadata encoding of a JSON object.
func partialRaw(raw []byte, version string) []byte {
	m, err := decodeMap(raw)
	if err != nil {
		return raw
	}
	out, err := json.Marshal(partialObject(m, version))
	if err != nil {
		return raw
	}
	return out
}

// errNotAcceptable is the 406 the server answers when it can produce none
// of the accepted media types, naming the representations it has.
func errNotAcceptable() error {
	return &apierrors.StatusError{ErrStatus: metav1.Status{
		Status: metav1.StatusFailure, Reason: metav1.StatusReasonNotAcceptable, Code: http.StatusNotAcceptable,
		Message: "406: Not Acceptable\n\nAvailable representations: application/json, application/yaml, " +
			"application/vnd.kubernetes.protobuf, application/json;stream=watch, application/vnd.kubernetes.protobuf;stream=watch",
		Details: &metav1.StatusDetails{},
	}}
}

// errNotAcceptableCustom is the 406 for a custom resource, worded as the
// real server's CRD handler words it.
func errNotAcceptableCustom() error {
	return errStatus(http.StatusNotAcceptable, metav1.StatusReasonNotAcceptable,
		"only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf")
}

// notAcceptableFor is the 406 for a request of path: the custom resource
// wording for a custom resource, the general one elsewhere.
func (s *Server) notAcceptableFor(r *http.Request, path string) error {
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	if len(segs) >= 4 && segs[0] == "apis" {
		info, err := s.parseResourcePath(r, schema.GroupVersion{Group: segs[1], Version: segs[2]}, segs[3:])
		if err == nil && info.res.custom {
			return errNotAcceptableCustom()
		}
	}
	return errNotAcceptable()
}

// writeRaw answers with a JSON document, converted to YAML or protobuf
// when negotiated. Documents without a protobuf form (custom resources)
// fall back to the next acceptable media type, else JSON.
func (s *Server) writeRaw(w http.ResponseWriter, r *http.Request, code int, raw []byte) {
	media, ok := negotiate(r)
	if media == mediaProtobuf {
		if pb, err := s.toProtobuf(raw); err == nil {
			w.Header().Set("Content-Type", mediaProtobuf)
			w.WriteHeader(code)
			_, _ = w.Write(pb)
			return
		}
		media, ok = negotiateText(r)
	}
	if !ok {
		media = mediaJSON
	}
	if media == mediaYAML {
		if y, err := yaml.JSONToYAML(raw); err == nil {
			raw = y
		} else {
			media = mediaJSON
		}
	}
	w.Header().Set("Content-Type", media)
	w.WriteHeader(code)
	_, _ = w.Write(raw)
}

// writeValue answers with v encoded as JSON (or YAML).
func (s *Server) writeValue(w http.ResponseWriter, r *http.Request, code int, v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		raw = []byte(`{"kind":"Status","apiVersion":"v1","status":"Failure","message":"encode response","code":500}`)
		code = http.StatusInternalServerError
	}
	s.writeRaw(w, r, code, raw)
}

// readBody reads the request body as JSON, converting YAML; it answers 415
// for media types it cannot read and 400 for bodies it cannot parse.
func readBody(r *http.Request, allowed ...string) ([]byte, string, error) {
	ct := r.Header.Get("Content-Type")
	mt := mediaJSON
	if ct != "" {
		var err error
		mt, _, err = mime.ParseMediaType(ct)
		if err != nil {
			return nil, "", errUnsupportedMedia(ct)
		}
	}
	if len(allowed) == 0 {
		allowed = []string{mediaJSON, mediaYAML, "*/*"}
	}
	if !contains(allowed, mt) {
		return nil, "", errUnsupportedMedia(ct)
	}
	if r.Body == nil {
		return nil, mt, nil
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return nil, "", errBadRequest("read request body: %v", err)
	}
	if len(raw) > maxBody {
		return nil, "", errStatus(http.StatusRequestEntityTooLarge, metav1.StatusReasonRequestEntityTooLarge, "the request is too large")
	}
	if mt == mediaYAML || mt == "application/apply-patch+yaml" {
		j, err := yaml.YAMLToJSON(raw)
		if err != nil {
			return nil, "", errBadRequest("error converting YAML to JSON: %v", err)
		}
		raw = j
	}
	return raw, mt, nil
}

// errUnsupportedMedia is the 415 for a body of media type ct.
func errUnsupportedMedia(ct string) error {
	return errStatus(http.StatusUnsupportedMediaType, metav1.StatusReasonUnsupportedMediaType,
		fmt.Sprintf("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml (got %q)", ct))
}

// contains says whether list holds s.
func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
