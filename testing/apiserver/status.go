package apiserver

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// statusOf turns err into the Status the server answers with.
func statusOf(err error) metav1.Status {
	var se *apierrors.StatusError
	if !errors.As(err, &se) {
		se = apierrors.NewInternalError(err)
	}
	st := se.ErrStatus
	st.Kind = "Status"
	st.APIVersion = "v1"
	if st.Status == "" {
		st.Status = metav1.StatusFailure
	}
	return st
}

// writeError answers with the Status for err.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	st := statusOf(err)
	if st.Details != nil && st.Details.RetryAfterSeconds > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int(st.Details.RetryAfterSeconds)))
	}
	code := int(st.Code)
	if code == 0 {
		code = http.StatusInternalServerError
	}
	s.writeValue(w, r, code, st)
}

// errNotFound is the 404 for the named object of res.
func errNotFound(res *Resource, name string) error {
	return apierrors.NewNotFound(res.groupResource(), name)
}

// errConflict is the 409 for a stale resourceVersion.
func errConflict(res *Resource, name string) error {
	return apierrors.NewConflict(res.groupResource(), name,
		errors.New("the object has been modified; please apply your changes to the latest version and try again"))
}

// errInvalid is the 422 for validation failures of an object of res.
func errInvalid(res *Resource, name string, errs field.ErrorList) error {
	return apierrors.NewInvalid(schema.GroupKind{Group: res.GVR.Group, Kind: res.Kind}, name, errs)
}

// errBadRequest is a 400 with a formatted message.
func errBadRequest(format string, args ...any) error {
	return apierrors.NewBadRequest(fmt.Sprintf(format, args...))
}

// errMethodNotAllowed is the 405 for a verb the resource does not support.
func errMethodNotAllowed(res *Resource, verb string) error {
	return apierrors.NewMethodNotSupported(res.groupResource(), verb)
}

// errPathNotFound is the bare 404 the server answers for unknown paths.
func errPathNotFound() error {
	return &apierrors.StatusError{ErrStatus: metav1.Status{
		Status: metav1.StatusFailure, Message: "the server could not find the requested resource",
		Reason: metav1.StatusReasonNotFound, Details: &metav1.StatusDetails{}, Code: http.StatusNotFound,
	}}
}

// errStatus builds a failure Status error with code, reason and message.
func errStatus(code int, reason metav1.StatusReason, msg string) error {
	return &apierrors.StatusError{ErrStatus: metav1.Status{
		Status: metav1.StatusFailure, Message: msg, Reason: reason, Code: int32(code),
	}}
}
