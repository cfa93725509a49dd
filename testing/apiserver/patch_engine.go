package apiserver

import (
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"time"

	autoscalingv1 "github.com/skiff-k8s/skiff/api/autoscaling/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/testing/apiserver/internal/patch"
)

// scaleType is the Go type of the scale subresource.
var scaleType = reflect.TypeOf(autoscalingv1.Scale{})

// patchEngine holds the patch functions the server uses.
type patchEngine struct {
	json      func(doc, patch []byte) ([]byte, error)
	merge     func(doc, patch []byte) ([]byte, error)
	strategic func(doc, patch []byte, t reflect.Type) ([]byte, error)
	apply     func(live, applied []byte, t reflect.Type, manager, subresource string, force bool, now time.Time) ([]byte, error)
	update    func(old, updated []byte, t reflect.Type, manager, operation, subresource string, now time.Time) ([]byte, error)
}

// engine is the patch engine in use: testing/apiserver/internal/patch.
var engine = patchEngine{
	json: patch.JSON, merge: patch.Merge, strategic: patch.Strategic, apply: patch.ApplySubresource, update: patch.UpdateSubresource,
}

// patchError maps a patch engine error to the server's answer: 400, 422
// or 413 (a JSON patch with too many operations) for an invalid patch, 409
// with one cause per field for an apply conflict, 500 otherwise.
func patchError(err error) error {
	var invalid *patch.InvalidPatchError
	if errors.As(err, &invalid) {
		switch invalid.Code {
		case http.StatusUnprocessableEntity:
			return errStatus(http.StatusUnprocessableEntity, metav1.StatusReasonInvalid, invalid.Error())
		case http.StatusRequestEntityTooLarge:
			return errStatus(http.StatusRequestEntityTooLarge, metav1.StatusReasonRequestEntityTooLarge,
				"Request entity too large: "+invalid.Error())
		}
		return errBadRequest("%s", invalid.Error())
	}
	var conflict *patch.ConflictError
	if errors.As(err, &conflict) {
		causes := make([]metav1.StatusCause, 0, len(conflict.Conflicts))
		for _, c := range conflict.Conflicts {
			causes = append(causes, metav1.StatusCause{Type: metav1.CauseTypeFieldManagerConflict, Message: c.CauseMessage(), Field: c.Field})
		}
		return apierrors.NewApplyConflict(causes, conflict.Error())
	}
	return apierrors.NewInternalError(err)
}

// recordManaged records managedFields for a non-apply write (the apply
// path records its own); sub is the subresource written through ("" for
// the main resource), which the manager's entry records.
func (s *Server) recordManaged(res *Resource, old, next map[string]any, opts writeOptions, operation, sub string) (map[string]any, error) {
	if opts.operation == "Apply" || opts.fieldManager == "" {
		return next, nil
	}
	var oldRaw []byte
	if old != nil {
		var err error
		if oldRaw, err = json.Marshal(old); err != nil {
			return nil, apierrors.NewInternalError(err)
		}
	}
	newRaw, err := json.Marshal(next)
	if err != nil {
		return nil, apierrors.NewInternalError(err)
	}
	out, err := engine.update(oldRaw, newRaw, res.Type, opts.fieldManager, operation, sub, s.opts.Now())
	if err != nil {
		return nil, patchError(err)
	}
	m, err := decodeMap(out)
	if err != nil {
		return nil, apierrors.NewInternalError(err)
	}
	if sub == "scale" {
		dropScaleTimes(m)
	}
	return m, nil
}
