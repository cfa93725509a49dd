package errors

import (
	"fmt"
	"net/http"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// failure builds a StatusError with status Failure.
func failure(code int, reason metav1.StatusReason, message string, details *metav1.StatusDetails) *StatusError {
	return &StatusError{ErrStatus: metav1.Status{
		Status:  metav1.StatusFailure,
		Code:    int32(code),
		Reason:  reason,
		Details: details,
		Message: message,
	}}
}

// resourceDetails names the object a failure is about.
func resourceDetails(gr schema.GroupResource, name string) *metav1.StatusDetails {
	return &metav1.StatusDetails{Group: gr.Group, Kind: gr.Resource, Name: name}
}

// NewNotFound returns a 404 NotFound error for the named object:
// `pods "foo" not found`.
func NewNotFound(qualifiedResource schema.GroupResource, name string) *StatusError {
	return failure(http.StatusNotFound, metav1.StatusReasonNotFound,
		fmt.Sprintf("%s %q not found", qualifiedResource.String(), name),
		resourceDetails(qualifiedResource, name))
}

// NewAlreadyExists returns a 409 AlreadyExists error for the named object:
// `pods "foo" already exists`.
func NewAlreadyExists(qualifiedResource schema.GroupResource, name string) *StatusError {
	return failure(http.StatusConflict, metav1.StatusReasonAlreadyExists,
		fmt.Sprintf("%s %q already exists", qualifiedResource.String(), name),
		resourceDetails(qualifiedResource, name))
}

// NewGenerateNameConflict returns a 409 AlreadyExists error for an object
// whose generated name collided; the client may retry after
// retryAfterSeconds.
func NewGenerateNameConflict(qualifiedResource schema.GroupResource, name string, retryAfterSeconds int) *StatusError {
	details := resourceDetails(qualifiedResource, name)
	details.RetryAfterSeconds = int32(retryAfterSeconds)
	return failure(http.StatusConflict, metav1.StatusReasonAlreadyExists,
		fmt.Sprintf("%s %q already exists, the server was not able to generate a unique name for the object", qualifiedResource.String(), name),
		details)
}

// NewUnauthorized returns a 401 Unauthorized error with reason as the
// message ("not authorized" when empty).
func NewUnauthorized(reason string) *StatusError {
	message := reason
	if message == "" {
		message = "not authorized"
	}
	return failure(http.StatusUnauthorized, metav1.StatusReasonUnauthorized, message, nil)
}

// NewForbidden returns a 403 Forbidden error saying why err forbids the
// request on the named object.
func NewForbidden(qualifiedResource schema.GroupResource, name string, err error) *StatusError {
	var message string
	switch {
	case qualifiedResource.Empty():
		message = fmt.Sprintf("forbidden: %v", err)
	case name == "":
		message = fmt.Sprintf("%s is forbidden: %v", qualifiedResource.String(), err)
	default:
		message = fmt.Sprintf("%s %q is forbidden: %v", qualifiedResource.String(), name, err)
	}
	return failure(http.StatusForbidden, metav1.StatusReasonForbidden, message,
		resourceDetails(qualifiedResource, name))
}

// NewConflict returns a 409 Conflict error for a write to the named object
// that lost a race: `Operation cannot be fulfilled on pods "foo": <err>`.
func NewConflict(qualifiedResource schema.GroupResource, name string, err error) *StatusError {
	return failure(http.StatusConflict, metav1.StatusReasonConflict,
		fmt.Sprintf("Operation cannot be fulfilled on %s %q: %v", qualifiedResource.String(), name, err),
		resourceDetails(qualifiedResource, name))
}

// NewApplyConflict returns a 409 Conflict error for a server-side apply
// whose field managers conflict; causes lists the conflicting fields.
func NewApplyConflict(causes []metav1.StatusCause, message string) *StatusError {
	return failure(http.StatusConflict, metav1.StatusReasonConflict, message,
		&metav1.StatusDetails{Causes: causes})
}

// NewGone returns a 410 Gone error with message.
func NewGone(message string) *StatusError {
	return failure(http.StatusGone, metav1.StatusReasonGone, message, nil)
}

// NewResourceExpired returns a 410 Expired error with message, used when a
// resource version or continue token is too old.
func NewResourceExpired(message string) *StatusError {
	return failure(http.StatusGone, metav1.StatusReasonExpired, message, nil)
}

// NewInvalid returns a 422 Invalid error for the named object, with one
// cause per validation error in errs: `Pod "foo" is invalid: <errors>`.
func NewInvalid(qualifiedKind schema.GroupKind, name string, errs field.ErrorList) *StatusError {
	causes := make([]metav1.StatusCause, 0, len(errs))
	valid := make(field.ErrorList, 0, len(errs))
	for _, e := range errs {
		if e == nil {
			continue
		}
		valid = append(valid, e)
		causes = append(causes, metav1.StatusCause{
			Type:    metav1.CauseType(e.Type),
			Message: e.ErrorBody(),
			Field:   e.Field,
		})
	}
	message := fmt.Sprintf("%s %q is invalid", qualifiedKind.String(), name)
	if agg := valid.ToAggregate(); agg != nil {
		message = fmt.Sprintf("%s: %v", message, agg)
	}
	return failure(http.StatusUnprocessableEntity, metav1.StatusReasonInvalid, message,
		&metav1.StatusDetails{Group: qualifiedKind.Group, Kind: qualifiedKind.Kind, Name: name, Causes: causes})
}

// NewBadRequest returns a 400 BadRequest error with reason as the message.
func NewBadRequest(reason string) *StatusError {
	return failure(http.StatusBadRequest, metav1.StatusReasonBadRequest, reason, nil)
}

// NewTooManyRequests returns a 429 TooManyRequests error with message,
// asking the client to retry after retryAfterSeconds.
func NewTooManyRequests(message string, retryAfterSeconds int) *StatusError {
	return failure(http.StatusTooManyRequests, metav1.StatusReasonTooManyRequests, message,
		&metav1.StatusDetails{RetryAfterSeconds: int32(retryAfterSeconds)})
}

// NewServiceUnavailable returns a 503 ServiceUnavailable error with reason
// as the message.
func NewServiceUnavailable(reason string) *StatusError {
	return failure(http.StatusServiceUnavailable, metav1.StatusReasonServiceUnavailable, reason, nil)
}

// NewMethodNotSupported returns a 405 MethodNotAllowed error saying action
// is not supported on the resource.
func NewMethodNotSupported(qualifiedResource schema.GroupResource, action string) *StatusError {
	return failure(http.StatusMethodNotAllowed, metav1.StatusReasonMethodNotAllowed,
		fmt.Sprintf("%s is not supported on resources of kind %q", action, qualifiedResource.String()),
		&metav1.StatusDetails{Group: qualifiedResource.Group, Kind: qualifiedResource.Resource})
}

// NewServerTimeout returns a 500 ServerTimeout error for operation on the
// resource, asking the client to retry after retryAfterSeconds.
func NewServerTimeout(qualifiedResource schema.GroupResource, operation string, retryAfterSeconds int) *StatusError {
	details := resourceDetails(qualifiedResource, operation)
	details.RetryAfterSeconds = int32(retryAfterSeconds)
	return failure(http.StatusInternalServerError, metav1.StatusReasonServerTimeout,
		fmt.Sprintf("The %s operation against %s could not be completed at this time, please try again.", operation, qualifiedResource.String()),
		details)
}

// NewServerTimeoutForKind is NewServerTimeout naming a kind instead of a
// resource.
func NewServerTimeoutForKind(qualifiedKind schema.GroupKind, operation string, retryAfterSeconds int) *StatusError {
	return NewServerTimeout(schema.GroupResource{Group: qualifiedKind.Group, Resource: qualifiedKind.Kind}, operation, retryAfterSeconds)
}

// NewInternalError returns a 500 InternalError error wrapping err's message:
// "Internal error occurred: <err>".
func NewInternalError(err error) *StatusError {
	msg := "<nil>"
	if err != nil {
		msg = err.Error()
	}
	return failure(http.StatusInternalServerError, metav1.StatusReasonInternalError,
		fmt.Sprintf("Internal error occurred: %s", msg),
		&metav1.StatusDetails{Causes: []metav1.StatusCause{{Message: msg}}})
}

// NewTimeoutError returns a 504 Timeout error: "Timeout: <message>", asking
// the client to retry after retryAfterSeconds.
func NewTimeoutError(message string, retryAfterSeconds int) *StatusError {
	return failure(http.StatusGatewayTimeout, metav1.StatusReasonTimeout,
		fmt.Sprintf("Timeout: %s", message),
		&metav1.StatusDetails{RetryAfterSeconds: int32(retryAfterSeconds)})
}

// NewTooManyRequestsError returns a 429 TooManyRequests error:
// "Too many requests: <message>".
func NewTooManyRequestsError(message string) *StatusError {
	return failure(http.StatusTooManyRequests, metav1.StatusReasonTooManyRequests,
		fmt.Sprintf("Too many requests: %s", message), nil)
}

// NewRequestEntityTooLargeError returns a 413 RequestEntityTooLarge error:
// "Request entity too large: <message>".
func NewRequestEntityTooLargeError(message string) *StatusError {
	return failure(http.StatusRequestEntityTooLarge, metav1.StatusReasonRequestEntityTooLarge,
		fmt.Sprintf("Request entity too large: %s", message), nil)
}
