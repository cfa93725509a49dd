package apiserver

import (
	"errors"
	"net/http"
	"reflect"
	"time"

	autoscalingv1 "github.com/skiff-k8s/skiff/api/autoscaling/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// TEMPORARY: this file stands in for testing/apiserver/internal/patch until
// that package lands; every patch answers 500 "patch engine not available".

// scaleType is the Go type of the scale subresource.
var scaleType = reflect.TypeOf(autoscalingv1.Scale{})

// patchEngine holds the patch functions the server uses.
type patchEngine struct {
	json      func(doc, patch []byte) ([]byte, error)
	merge     func(doc, patch []byte) ([]byte, error)
	strategic func(doc, patch []byte, t reflect.Type) ([]byte, error)
	apply     func(live, applied []byte, t reflect.Type, manager string, force bool, now time.Time) ([]byte, error)
	update    func(old, updated []byte, t reflect.Type, manager, operation string, now time.Time) ([]byte, error)
}

// errNoEngine is what every patch answers until the engine lands.
var errNoEngine = errors.New("patch engine not available")

// engine is the patch engine in use.
var engine = patchEngine{
	json:      func(doc, patch []byte) ([]byte, error) { return nil, errNoEngine },
	merge:     func(doc, patch []byte) ([]byte, error) { return nil, errNoEngine },
	strategic: func(doc, patch []byte, t reflect.Type) ([]byte, error) { return nil, errNoEngine },
	apply: func(live, applied []byte, t reflect.Type, manager string, force bool, now time.Time) ([]byte, error) {
		return nil, errNoEngine
	},
	update: nil,
}

// patchError maps a patch engine error to the server's answer.
func patchError(err error) error {
	return errStatus(http.StatusInternalServerError, metav1.StatusReasonInternalError, err.Error())
}

// recordManaged records managedFields for a non-apply write.
func (s *Server) recordManaged(res *Resource, old, next map[string]any, opts writeOptions, operation string) (map[string]any, error) {
	return next, nil
}
