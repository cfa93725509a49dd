package errors

import (
	"encoding/json"
	"errors"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// StatusError is an error carrying the metav1.Status an API server returned
// (or a client synthesized) for a failed request.
type StatusError struct {
	// ErrStatus is the status describing the failure.
	ErrStatus metav1.Status
}

// APIStatus is implemented by errors that carry a metav1.Status.
type APIStatus interface {
	// Status returns the status describing the error.
	Status() metav1.Status
}

var _ error = &StatusError{}

// Error returns the status message.
func (e *StatusError) Error() string {
	return e.ErrStatus.Message
}

// Status returns the status; it implements APIStatus.
func (e *StatusError) Status() metav1.Status {
	return e.ErrStatus
}

// DebugError returns a format string and its arguments that render the
// whole status, for verbose logging.
func (e *StatusError) DebugError() (string, []interface{}) {
	if out, err := json.MarshalIndent(e.ErrStatus, "", "  "); err == nil {
		return "server response object: %s", []interface{}{string(out)}
	}
	return "server response object: %#v", []interface{}{e.ErrStatus}
}

// UnexpectedObjectError says that a response held an object where a Status
// was expected.
type UnexpectedObjectError struct {
	// Object is the object that was received.
	Object runtime.Object
}

// Error names the unexpected object.
func (e *UnexpectedObjectError) Error() string {
	return fmt.Sprintf("unexpected object: %v", e.Object)
}

// FromObject turns an object received from a server into an error: a
// *metav1.Status, or an unstructured object of kind Status and apiVersion v1
// or meta.k8s.io/v1, becomes a *StatusError; anything else becomes an
// *UnexpectedObjectError.
func FromObject(obj runtime.Object) error {
	switch t := obj.(type) {
	case *metav1.Status:
		if t == nil {
			break
		}
		return &StatusError{ErrStatus: *t}
	case runtime.Unstructured:
		content := t.UnstructuredContent()
		if kind, _ := content["kind"].(string); kind != "Status" {
			break
		}
		var status metav1.Status
		data, err := json.Marshal(content)
		if err != nil {
			return fmt.Errorf("reading Status from an unstructured object: %w", err)
		}
		if err := json.Unmarshal(data, &status); err != nil {
			return fmt.Errorf("reading Status from an unstructured object: %w", err)
		}
		if status.APIVersion != "v1" && status.APIVersion != "meta.k8s.io/v1" {
			break
		}
		return &StatusError{ErrStatus: status}
	}
	return &UnexpectedObjectError{Object: obj}
}

// ErrorReporter turns client-side errors, such as failing to decode a watch
// event, into Status objects that look like a server's response.
type ErrorReporter struct {
	code   int
	verb   string
	reason string
}

// NewClientErrorReporter returns an ErrorReporter that reports errors as
// the HTTP code for a request with verb; reason becomes the cause type
// added to each status ("ClientError" when empty).
func NewClientErrorReporter(code int, verb string, reason string) *ErrorReporter {
	return &ErrorReporter{code: code, verb: verb, reason: reason}
}

// AsObject returns a *metav1.Status describing err, as
// NewGenericServerResponse builds it for an unexpected response, with an
// extra cause of the reporter's reason carrying err's message.
func (r *ErrorReporter) AsObject(err error) runtime.Object {
	msg := "<nil>"
	if err != nil {
		msg = err.Error()
	}
	status := NewGenericServerResponse(r.code, r.verb, schema.GroupResource{}, "", msg, 0, true)
	if status.ErrStatus.Details == nil {
		status.ErrStatus.Details = &metav1.StatusDetails{}
	}
	reason := r.reason
	if reason == "" {
		reason = "ClientError"
	}
	status.ErrStatus.Details.Causes = append(status.ErrStatus.Details.Causes, metav1.StatusCause{
		Type:    metav1.CauseType(reason),
		Message: msg,
	})
	return &status.ErrStatus
}

// apiStatus finds the APIStatus in err's chain.
func apiStatus(err error) (APIStatus, bool) {
	if err == nil {
		return nil, false
	}
	if status, ok := err.(APIStatus); ok {
		return status, true
	}
	var status APIStatus
	if errors.As(err, &status) {
		return status, true
	}
	return nil, false
}
