package apiserver

import (
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// parseWriteOptions reads dryRun, fieldManager and fieldValidation.
func parseWriteOptions(r *http.Request, operation string) (writeOptions, error) {
	q := r.URL.Query()
	opts := writeOptions{fieldManager: q.Get("fieldManager"), fieldValidation: q.Get("fieldValidation"), operation: operation}
	for _, d := range q["dryRun"] {
		if d != metav1.DryRunAll {
			return opts, errInvalidOptions(field.NotSupported(field.NewPath("dryRun"), d, []string{metav1.DryRunAll}))
		}
		opts.dryRun = true
	}
	switch opts.fieldValidation {
	case "", "Ignore", "Warn", "Strict":
	default:
		return opts, errBadRequest("fieldValidation must be one of \"Ignore\", \"Warn\", or \"Strict\"")
	}
	if opts.fieldManager == "" {
		opts.fieldManager = managerFromUserAgent(r.Header.Get("User-Agent"))
	}
	if len(opts.fieldManager) > maxFieldManager {
		return opts, errInvalidOptions(field.TooLong(field.NewPath("fieldManager"), "", 128))
	}
	return opts, nil
}

// maxFieldManager is the longest fieldManager the real server accepts.
const maxFieldManager = 128

// managerFromUserAgent is the manager name of a write without
// ?fieldManager=, as the real server derives it: the User-Agent up to its
// first "/", without non-printable characters, cut to 128 bytes; "unknown"
// when nothing is left.
func managerFromUserAgent(ua string) string {
	if i := strings.IndexByte(ua, '/'); i >= 0 {
		ua = ua[:i]
	}
	var b strings.Builder
	for _, c := range ua {
		if !unicode.IsPrint(c) {
			continue
		}
		if b.Len()+utf8.RuneLen(c) > maxFieldManager {
			break
		}
		b.WriteRune(c)
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}

// errInvalidOptions is the 422 for bad query options.
func errInvalidOptions(errs ...*field.Error) error {
	return errInvalid(&Resource{Kind: "CreateOptions"}, "", errs)
}

// writeWarnings sets the Warning headers collected by a write.
func writeWarnings(w http.ResponseWriter, warnings []string) {
	for _, msg := range warnings {
		w.Header().Add("Warning", "299 - "+strconv.Quote(msg))
	}
}

// handleCreate serves POST of a new object.
func (s *Server) handleCreate(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	if info.name != "" && info.sub == "" {
		return errMethodNotAllowed(info.res, "create")
	}
	if info.res.Namespaced && info.namespace == "" {
		return errPathNotFound()
	}
	opts, err := parseWriteOptions(r, "Update")
	if err != nil {
		return err
	}
	raw, err := s.readObjectBody(r, info.res)
	if err != nil {
		return err
	}
	if info.sub != "" {
		return s.createSubresource(w, r, info, raw)
	}
	if isVirtual(info.res) {
		return s.createVirtual(w, r, info, raw)
	}
	m, err := s.decodeObject(info.res, raw, &opts)
	if err != nil {
		return err
	}
	obj, err := s.create(info.res, info.namespace, m, opts)
	if err != nil {
		return err
	}
	writeWarnings(w, opts.warnings)
	s.writeRaw(w, r, http.StatusCreated, obj.raw)
	return nil
}

// handleUpdate serves PUT of an object, its status or its scale.
func (s *Server) handleUpdate(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	opts, err := parseWriteOptions(r, "Update")
	if err != nil {
		return err
	}
	raw, err := s.readObjectBody(r, info.res)
	if err != nil {
		return err
	}
	if info.sub == "scale" {
		return s.updateScale(w, r, info, raw, opts)
	}
	m, err := s.decodeObject(info.res, raw, &opts)
	if err != nil {
		return err
	}
	obj, _, err := s.update(info.res, info.namespace, info.name, info.sub, m, opts)
	if err != nil {
		return err
	}
	writeWarnings(w, opts.warnings)
	s.writeRaw(w, r, http.StatusOK, obj.raw)
	return nil
}
