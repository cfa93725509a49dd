package apiserver

import (
	"encoding/json"
	"errors"
	"mime"
	"net/http"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// typesUID converts a string to a types.UID.
func typesUID(s string) types.UID { return types.UID(s) }

// patchRetries bounds the retries of a patch racing other writers.
const patchRetries = 5

// patchTypeOf maps the Content-Type of a PATCH to its patch type.
func patchTypeOf(r *http.Request) (types.PatchType, error) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err == nil {
		switch pt := types.PatchType(mt); pt {
		case types.JSONPatchType, types.MergePatchType, types.StrategicMergePatchType, types.ApplyYAMLPatchType:
			return pt, nil
		}
	}
	return "", errPatchMedia(r.Header.Get("Content-Type"))
}

// errPatchMedia is the 415 for a PATCH in an unsupported media type.
func errPatchMedia(ct string) error {
	return errStatus(http.StatusUnsupportedMediaType, metav1.StatusReasonUnsupportedMediaType,
		"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml")
}

// handlePatch serves PATCH in the four patch types, on an object, its
// status or its scale.
func (s *Server) handlePatch(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	pt, err := patchTypeOf(r)
	if err != nil {
		return err
	}
	if pt == types.StrategicMergePatchType && info.res.Type == nil {
		return errPatchMedia(string(pt))
	}
	op := "Update"
	if pt == types.ApplyYAMLPatchType {
		op = "Apply"
	}
	opts, err := parseWriteOptions(r, op)
	if err != nil {
		return err
	}
	force := r.URL.Query().Get("force") == "true"
	if err := checkPatchOptions(r, pt, force); err != nil {
		return err
	}
	body, _, err := readBody(r, string(pt))
	if err != nil {
		return err
	}
	if pt == types.ApplyYAMLPatchType {
		return s.serveApply(w, r, info, body, force, opts)
	}
	for attempt := 0; ; attempt++ {
		out, code, err := s.patchOnce(info, pt, body, opts)
		if err != nil && apierrors.IsConflict(err) && attempt < patchRetries && !patchSetsRV(body) {
			continue
		}
		if err != nil {
			return err
		}
		writeWarnings(w, opts.warnings)
		s.writeRaw(w, r, code, out)
		return nil
	}
}

// checkPatchOptions applies the option rules of PATCH.
func checkPatchOptions(r *http.Request, pt types.PatchType, force bool) error {
	q := r.URL.Query()
	if q.Has("force") && pt != types.ApplyYAMLPatchType {
		return errInvalid(&Resource{Kind: "PatchOptions", GVR: metav1.SchemeGroupVersion.WithResource("")}, "",
			field.ErrorList{field.Forbidden(field.NewPath("force"), "may not be specified for non-apply patch")})
	}
	if pt == types.ApplyYAMLPatchType && q.Get("fieldManager") == "" {
		return errInvalid(&Resource{Kind: "PatchOptions", GVR: metav1.SchemeGroupVersion.WithResource("")}, "",
			field.ErrorList{field.Required(field.NewPath("fieldManager"), "is required for apply patch")})
	}
	return nil
}

// patchSetsRV says whether a patch body names a resourceVersion (then a
// conflict is the caller's, not retried).
func patchSetsRV(body []byte) bool {
	var m map[string]any
	if json.Unmarshal(body, &m) != nil {
		return false
	}
	return metaString(m, "resourceVersion") != ""
}

// patchOnce reads the object, applies the patch and writes the result.
func (s *Server) patchOnce(info *requestInfo, pt types.PatchType, body []byte, opts writeOptions) ([]byte, int, error) {
	cur, err := s.getObject(info.res, info.namespace, info.name)
	if err != nil {
		return nil, 0, err
	}
	doc := cur.raw
	if info.sub == "scale" {
		scale, _ := scaleOf(info.res, cur.m)
		if doc, err = json.Marshal(scale); err != nil {
			return nil, 0, err
		}
	}
	patched, err := s.applyPatch(info, pt, doc, body)
	if err != nil {
		return nil, 0, err
	}
	if info.sub == "scale" {
		m, err := decodeMap(patched)
		if err != nil {
			return nil, 0, errBadRequest("decode patched Scale: %v", err)
		}
		out, err := s.writeScale(info, m, opts)
		if err != nil {
			return nil, 0, err
		}
		raw, err := json.Marshal(out)
		return raw, http.StatusOK, err
	}
	m, err := s.decodeObject(info.res, patched, &opts)
	if err != nil {
		return nil, 0, err
	}
	obj, _, err := s.update(info.res, info.namespace, info.name, info.sub, m, opts)
	if err != nil {
		return nil, 0, err
	}
	return obj.raw, http.StatusOK, nil
}

// applyPatch runs the patch engine for pt.
func (s *Server) applyPatch(info *requestInfo, pt types.PatchType, doc, body []byte) ([]byte, error) {
	var out []byte
	var err error
	switch pt {
	case types.JSONPatchType:
		out, err = engine.json(doc, body)
	case types.MergePatchType:
		out, err = engine.merge(doc, body)
	case types.StrategicMergePatchType:
		t := info.res.Type
		if info.sub == "scale" {
			t = scaleType
		}
		out, err = engine.strategic(doc, body, t)
	}
	if err != nil {
		return nil, patchError(err)
	}
	return out, nil
}

// serveApply serves a server-side apply: create when absent, else merge
// the applied configuration with field ownership.
func (s *Server) serveApply(w http.ResponseWriter, r *http.Request, info *requestInfo, body []byte, force bool, opts writeOptions) error {
	if info.sub != "" {
		return s.applySubresource(w, r, info, body, force, opts)
	}
	applied, err := decodeMap(body)
	if err != nil {
		return errBadRequest("error decoding YAML: %v", err)
	}
	if n := metaString(applied, "name"); n != "" && n != info.name {
		return errBadRequest("the name of the object (%s) does not match the name on the URL (%s)", n, info.name)
	}
	for attempt := 0; ; attempt++ {
		out, code, err := s.applyOnce(info, body, force, opts)
		if err != nil && apierrors.IsConflict(err) && !isApplyConflict(err) && attempt < patchRetries {
			continue
		}
		if err != nil {
			return err
		}
		s.writeRaw(w, r, code, out)
		return nil
	}
}

// isApplyConflict says whether err is a field-ownership conflict rather
// than a storage race.
func isApplyConflict(err error) bool {
	var se *apierrors.StatusError
	return errors.As(err, &se) && se.ErrStatus.Details != nil && len(se.ErrStatus.Details.Causes) > 0
}

// applyOnce runs one apply attempt.
func (s *Server) applyOnce(info *requestInfo, body []byte, force bool, opts writeOptions) ([]byte, int, error) {
	cur := s.store.get(info.res.GVR, objectKey(info.namespace, info.name))
	var live []byte
	if cur != nil {
		live = cur.raw
	}
	merged, err := engine.apply(live, body, info.res.Type, opts.fieldManager, info.sub, force, s.opts.Now())
	if err != nil {
		return nil, 0, patchError(err)
	}
	m, err := s.decodeObject(info.res, merged, &opts)
	if err != nil {
		return nil, 0, err
	}
	if cur == nil {
		setMeta(m, "name", info.name)
		obj, err := s.create(info.res, info.namespace, m, opts)
		if err != nil {
			return nil, 0, err
		}
		return obj.raw, http.StatusCreated, nil
	}
	setMeta(m, "resourceVersion", metaString(cur.m, "resourceVersion"))
	obj, _, err := s.update(info.res, info.namespace, info.name, info.sub, m, opts)
	if err != nil {
		return nil, 0, err
	}
	return obj.raw, http.StatusOK, nil
}

// applySubresource applies to status: the applied status replaces the
// stored one through the status path.
func (s *Server) applySubresource(w http.ResponseWriter, r *http.Request, info *requestInfo, body []byte, force bool, opts writeOptions) error {
	if info.sub == "scale" {
		applied, err := decodeMap(body)
		if err != nil {
			return errBadRequest("error decoding YAML: %v", err)
		}
		out, err := s.applyScale(info, applied, force, opts)
		if err != nil {
			return err
		}
		s.writeValue(w, r, http.StatusOK, out)
		return nil
	}
	if info.sub != "status" {
		return errMethodNotAllowed(info.res, "apply")
	}
	if _, err := s.getObject(info.res, info.namespace, info.name); err != nil {
		return err
	}
	out, code, err := s.applyOnce(info, body, force, opts)
	if err != nil {
		return err
	}
	if code == http.StatusCreated {
		return errNotFound(info.res, info.name)
	}
	s.writeRaw(w, r, code, out)
	return nil
}
