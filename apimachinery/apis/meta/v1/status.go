package v1

import "github.com/skiff-k8s/skiff/apimachinery/types"

// Status is what the server returns when a call does not return an object:
// every failure, and the success of some deletes.
type Status struct {
	TypeMeta `json:",inline"`
	// ListMeta is unused except for ResourceVersion in some responses.
	ListMeta `json:"metadata,omitempty"`
	// Status is StatusSuccess or StatusFailure.
	Status string `json:"status,omitempty"`
	// Message describes the outcome for people.
	Message string `json:"message,omitempty"`
	// Reason classifies a failure for programs; empty when unknown.
	Reason StatusReason `json:"reason,omitempty"`
	// Details holds more data about the reason, depending on it.
	Details *StatusDetails `json:"details,omitempty"`
	// Code is the HTTP status code of the response.
	Code int32 `json:"code,omitempty"`
}

// The values of Status.Status.
const (
	// StatusSuccess marks a Status that reports success.
	StatusSuccess = "Success"
	// StatusFailure marks a Status that reports a failure.
	StatusFailure = "Failure"
)

// StatusDetails names the object a Status is about and lists its causes.
type StatusDetails struct {
	// Name is the name of the object concerned, if any.
	Name string `json:"name,omitempty"`
	// Group is its API group.
	Group string `json:"group,omitempty"`
	// Kind is its kind (or, for some errors, its resource).
	Kind string `json:"kind,omitempty"`
	// UID is its UID, when known.
	UID types.UID `json:"uid,omitempty"`
	// Causes lists what went wrong, field by field.
	Causes []StatusCause `json:"causes,omitempty"`
	// RetryAfterSeconds, when positive, is how long a client should wait
	// before retrying.
	RetryAfterSeconds int32 `json:"retryAfterSeconds,omitempty"`
}

// StatusReason is the machine-readable class of a failure. A client should
// treat unknown reasons like StatusReasonUnknown.
type StatusReason string

// The reasons a server gives in Status.Reason.
const (
	// StatusReasonUnknown: no reason was given (any HTTP code).
	StatusReasonUnknown StatusReason = ""
	// StatusReasonUnauthorized: the client must authenticate (401).
	StatusReasonUnauthorized StatusReason = "Unauthorized"
	// StatusReasonForbidden: the client may not do this (403).
	StatusReasonForbidden StatusReason = "Forbidden"
	// StatusReasonNotFound: the resource does not exist (404).
	StatusReasonNotFound StatusReason = "NotFound"
	// StatusReasonAlreadyExists: the object to create exists (409).
	StatusReasonAlreadyExists StatusReason = "AlreadyExists"
	// StatusReasonConflict: a write raced another one (409).
	StatusReasonConflict StatusReason = "Conflict"
	// StatusReasonGone: the requested version is no longer there (410).
	StatusReasonGone StatusReason = "Gone"
	// StatusReasonInvalid: the object failed validation (422).
	StatusReasonInvalid StatusReason = "Invalid"
	// StatusReasonServerTimeout: the server could not finish in time and
	// the client may retry (500).
	StatusReasonServerTimeout StatusReason = "ServerTimeout"
	// StatusReasonStoreReadError: the object could not be read from
	// storage (500).
	StatusReasonStoreReadError StatusReason = "StorageReadError"
	// StatusReasonTimeout: the request's own timeout expired (504).
	StatusReasonTimeout StatusReason = "Timeout"
	// StatusReasonTooManyRequests: the client is rate limited (429).
	StatusReasonTooManyRequests StatusReason = "TooManyRequests"
	// StatusReasonBadRequest: the request itself is malformed (400).
	StatusReasonBadRequest StatusReason = "BadRequest"
	// StatusReasonMethodNotAllowed: the verb is not supported (405).
	StatusReasonMethodNotAllowed StatusReason = "MethodNotAllowed"
	// StatusReasonNotAcceptable: no accepted media type can be served
	// (406).
	StatusReasonNotAcceptable StatusReason = "NotAcceptable"
	// StatusReasonRequestEntityTooLarge: the body is too large (413).
	StatusReasonRequestEntityTooLarge StatusReason = "RequestEntityTooLarge"
	// StatusReasonUnsupportedMediaType: the body's content type is not
	// supported (415).
	StatusReasonUnsupportedMediaType StatusReason = "UnsupportedMediaType"
	// StatusReasonInternalError: an unexpected server error (500).
	StatusReasonInternalError StatusReason = "InternalError"
	// StatusReasonExpired: the content expired, e.g. a list continue token
	// (410).
	StatusReasonExpired StatusReason = "Expired"
	// StatusReasonServiceUnavailable: the server cannot serve now (503).
	StatusReasonServiceUnavailable StatusReason = "ServiceUnavailable"
)

// StatusCause is one reason a request failed, often tied to a field.
type StatusCause struct {
	// Type classifies the cause; empty when unknown.
	Type CauseType `json:"reason,omitempty"`
	// Message describes the cause for people.
	Message string `json:"message,omitempty"`
	// Field is the path of the field concerned, e.g. "spec.containers[0].name".
	Field string `json:"field,omitempty"`
}

// CauseType is the machine-readable class of a StatusCause.
type CauseType string

// The cause types a server gives in StatusCause.Type.
const (
	// CauseTypeFieldValueNotFound: a referenced value does not exist.
	CauseTypeFieldValueNotFound CauseType = "FieldValueNotFound"
	// CauseTypeFieldValueRequired: a required value is missing.
	CauseTypeFieldValueRequired CauseType = "FieldValueRequired"
	// CauseTypeFieldValueDuplicate: a value that must be unique is not.
	CauseTypeFieldValueDuplicate CauseType = "FieldValueDuplicate"
	// CauseTypeFieldValueInvalid: a value is malformed or out of range.
	CauseTypeFieldValueInvalid CauseType = "FieldValueInvalid"
	// CauseTypeFieldValueNotSupported: a value is not one of the allowed
	// ones.
	CauseTypeFieldValueNotSupported CauseType = "FieldValueNotSupported"
	// CauseTypeForbidden: the value may not be set.
	CauseTypeForbidden CauseType = "FieldValueForbidden"
	// CauseTypeTooLong: a value is too long.
	CauseTypeTooLong CauseType = "FieldValueTooLong"
	// CauseTypeTooMany: a list has too many items.
	CauseTypeTooMany CauseType = "FieldValueTooMany"
	// CauseTypeInternal: validation itself failed.
	CauseTypeInternal CauseType = "InternalError"
	// CauseTypeTypeInvalid: a value has the wrong type.
	CauseTypeTypeInvalid CauseType = "FieldValueTypeInvalid"
	// CauseTypeUnexpectedServerResponse: the client could not understand
	// the server's answer.
	CauseTypeUnexpectedServerResponse CauseType = "UnexpectedServerResponse"
	// CauseTypeFieldManagerConflict: an apply conflicts with another
	// manager's fields.
	CauseTypeFieldManagerConflict CauseType = "FieldManagerConflict"
	// CauseTypeResourceVersionTooLarge: the requested resource version is
	// newer than the server's.
	CauseTypeResourceVersionTooLarge CauseType = "ResourceVersionTooLarge"
)
