package errors

import (
	"errors"
	"net/http"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// knownReasons are the standard reasons. A status whose reason is not among
// them (including the empty reason) is classified by its HTTP code.
var knownReasons = map[metav1.StatusReason]struct{}{
	metav1.StatusReasonUnauthorized:          {},
	metav1.StatusReasonForbidden:             {},
	metav1.StatusReasonNotFound:              {},
	metav1.StatusReasonAlreadyExists:         {},
	metav1.StatusReasonConflict:              {},
	metav1.StatusReasonGone:                  {},
	metav1.StatusReasonInvalid:               {},
	metav1.StatusReasonServerTimeout:         {},
	metav1.StatusReasonStoreReadError:        {},
	metav1.StatusReasonTimeout:               {},
	metav1.StatusReasonTooManyRequests:       {},
	metav1.StatusReasonBadRequest:            {},
	metav1.StatusReasonMethodNotAllowed:      {},
	metav1.StatusReasonNotAcceptable:         {},
	metav1.StatusReasonRequestEntityTooLarge: {},
	metav1.StatusReasonUnsupportedMediaType:  {},
	metav1.StatusReasonInternalError:         {},
	metav1.StatusReasonExpired:               {},
	metav1.StatusReasonServiceUnavailable:    {},
}

// reasonAndCode returns the reason and HTTP code of the status in err's
// chain, or StatusReasonUnknown and 0 when there is none.
func reasonAndCode(err error) (metav1.StatusReason, int32) {
	status, ok := apiStatus(err)
	if !ok {
		return metav1.StatusReasonUnknown, 0
	}
	s := status.Status()
	return s.Reason, s.Code
}

// matches reports whether err's status has reason, or has a reason outside
// the standard set and the HTTP code code.
func matches(err error, reason metav1.StatusReason, code int32) bool {
	r, c := reasonAndCode(err)
	if r == reason {
		return true
	}
	_, known := knownReasons[r]
	return !known && c == code
}

// hasReason reports whether err's status has reason; the code is ignored.
func hasReason(err error, reason metav1.StatusReason) bool {
	r, _ := reasonAndCode(err)
	return r == reason
}

// hasReasonOrCode reports whether err's status has reason or code,
// whatever the other is.
func hasReasonOrCode(err error, reason metav1.StatusReason, code int32) bool {
	r, c := reasonAndCode(err)
	return r == reason || (c == code && c != 0)
}

// IsNotFound reports whether err means the object does not exist (reason
// NotFound, or code 404 with a non-standard reason).
func IsNotFound(err error) bool {
	return matches(err, metav1.StatusReasonNotFound, http.StatusNotFound)
}

// IsAlreadyExists reports whether err has reason AlreadyExists.
func IsAlreadyExists(err error) bool {
	return hasReason(err, metav1.StatusReasonAlreadyExists)
}

// IsConflict reports whether err means a write conflicted (reason Conflict,
// or code 409 with a non-standard reason).
func IsConflict(err error) bool {
	return matches(err, metav1.StatusReasonConflict, http.StatusConflict)
}

// IsInvalid reports whether err means the object failed validation (reason
// Invalid, or code 422 with a non-standard reason).
func IsInvalid(err error) bool {
	return matches(err, metav1.StatusReasonInvalid, http.StatusUnprocessableEntity)
}

// IsGone reports whether err has reason Gone, or code 410 with a
// non-standard reason.
func IsGone(err error) bool {
	return matches(err, metav1.StatusReasonGone, http.StatusGone)
}

// IsResourceExpired reports whether err has reason Expired.
func IsResourceExpired(err error) bool {
	return hasReason(err, metav1.StatusReasonExpired)
}

// IsNotAcceptable reports whether err has reason NotAcceptable, or code 406
// with a non-standard reason.
func IsNotAcceptable(err error) bool {
	return matches(err, metav1.StatusReasonNotAcceptable, http.StatusNotAcceptable)
}

// IsUnsupportedMediaType reports whether err has reason
// UnsupportedMediaType, or code 415 with a non-standard reason.
func IsUnsupportedMediaType(err error) bool {
	return matches(err, metav1.StatusReasonUnsupportedMediaType, http.StatusUnsupportedMediaType)
}

// IsMethodNotSupported reports whether err has reason MethodNotAllowed, or
// code 405 with a non-standard reason.
func IsMethodNotSupported(err error) bool {
	return matches(err, metav1.StatusReasonMethodNotAllowed, http.StatusMethodNotAllowed)
}

// IsServiceUnavailable reports whether err has reason ServiceUnavailable,
// or code 503 with a non-standard reason.
func IsServiceUnavailable(err error) bool {
	return matches(err, metav1.StatusReasonServiceUnavailable, http.StatusServiceUnavailable)
}

// IsBadRequest reports whether err has reason BadRequest, or code 400 with
// a non-standard reason.
func IsBadRequest(err error) bool {
	return matches(err, metav1.StatusReasonBadRequest, http.StatusBadRequest)
}

// IsUnauthorized reports whether err has reason Unauthorized, or code 401
// with a non-standard reason.
func IsUnauthorized(err error) bool {
	return matches(err, metav1.StatusReasonUnauthorized, http.StatusUnauthorized)
}

// IsForbidden reports whether err has reason Forbidden, or code 403 with a
// non-standard reason.
func IsForbidden(err error) bool {
	return matches(err, metav1.StatusReasonForbidden, http.StatusForbidden)
}

// IsTimeout reports whether err has reason Timeout, or code 504 with a
// non-standard reason.
func IsTimeout(err error) bool {
	return matches(err, metav1.StatusReasonTimeout, http.StatusGatewayTimeout)
}

// IsServerTimeout reports whether err has reason ServerTimeout.
func IsServerTimeout(err error) bool {
	return hasReason(err, metav1.StatusReasonServerTimeout)
}

// IsInternalError reports whether err has reason InternalError, or code 500
// with a non-standard reason.
func IsInternalError(err error) bool {
	return matches(err, metav1.StatusReasonInternalError, http.StatusInternalServerError)
}

// IsTooManyRequests reports whether err has reason TooManyRequests or code
// 429, whatever its reason.
func IsTooManyRequests(err error) bool {
	return hasReasonOrCode(err, metav1.StatusReasonTooManyRequests, http.StatusTooManyRequests)
}

// IsRequestEntityTooLargeError reports whether err has reason
// RequestEntityTooLarge or code 413, whatever its reason.
func IsRequestEntityTooLargeError(err error) bool {
	return hasReasonOrCode(err, metav1.StatusReasonRequestEntityTooLarge, http.StatusRequestEntityTooLarge)
}

// IsStoreReadError reports whether err has reason StorageReadError.
func IsStoreReadError(err error) bool {
	return hasReason(err, metav1.StatusReasonStoreReadError)
}

// IsUnexpectedServerError reports whether err's status has an
// UnexpectedServerResponse cause.
func IsUnexpectedServerError(err error) bool {
	return HasStatusCause(err, metav1.CauseTypeUnexpectedServerResponse)
}

// IsUnexpectedObjectError reports whether err's chain holds an
// *UnexpectedObjectError.
func IsUnexpectedObjectError(err error) bool {
	if err == nil {
		return false
	}
	var target *UnexpectedObjectError
	return errors.As(err, &target)
}

// ReasonForError returns the reason of err's status, or StatusReasonUnknown
// when err carries no status.
func ReasonForError(err error) metav1.StatusReason {
	r, _ := reasonAndCode(err)
	return r
}

// SuggestsClientDelay returns how many seconds the server asked the client
// to wait before retrying: always for reason ServerTimeout, otherwise when
// RetryAfterSeconds is positive.
func SuggestsClientDelay(err error) (int, bool) {
	status, ok := apiStatus(err)
	if !ok {
		return 0, false
	}
	s := status.Status()
	if s.Details == nil {
		return 0, false
	}
	if s.Reason == metav1.StatusReasonServerTimeout || s.Details.RetryAfterSeconds > 0 {
		return int(s.Details.RetryAfterSeconds), true
	}
	return 0, false
}

// StatusCause returns the first cause of type name in err's status.
func StatusCause(err error, name metav1.CauseType) (metav1.StatusCause, bool) {
	status, ok := apiStatus(err)
	if !ok {
		return metav1.StatusCause{}, false
	}
	s := status.Status()
	if s.Details == nil {
		return metav1.StatusCause{}, false
	}
	for _, cause := range s.Details.Causes {
		if cause.Type == name {
			return cause, true
		}
	}
	return metav1.StatusCause{}, false
}

// HasStatusCause reports whether err's status has a cause of type name.
func HasStatusCause(err error, name metav1.CauseType) bool {
	_, ok := StatusCause(err, name)
	return ok
}
