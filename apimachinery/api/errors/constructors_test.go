package errors

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

var (
	pods        = schema.GroupResource{Resource: "pods"}
	deployments = schema.GroupResource{Group: "apps", Resource: "deployments"}
)

func TestConstructors(t *testing.T) {
	tests := []struct {
		name        string
		err         *StatusError
		wantCode    int32
		wantReason  metav1.StatusReason
		wantMessage string
		wantDetails *metav1.StatusDetails
	}{
		{"NotFound", NewNotFound(pods, "foo"), 404, metav1.StatusReasonNotFound, `pods "foo" not found`, &metav1.StatusDetails{Kind: "pods", Name: "foo"}},
		{"NotFound group", NewNotFound(deployments, "web"), 404, metav1.StatusReasonNotFound, `deployments.apps "web" not found`, &metav1.StatusDetails{Group: "apps", Kind: "deployments", Name: "web"}},
		{"AlreadyExists", NewAlreadyExists(pods, "foo"), 409, metav1.StatusReasonAlreadyExists, `pods "foo" already exists`, &metav1.StatusDetails{Kind: "pods", Name: "foo"}},
		{"GenerateNameConflict", NewGenerateNameConflict(pods, "foo-x1", 1), 409, metav1.StatusReasonAlreadyExists, `pods "foo-x1" already exists, the server was not able to generate a unique name for the object`, &metav1.StatusDetails{Kind: "pods", Name: "foo-x1", RetryAfterSeconds: 1}},
		{"Unauthorized", NewUnauthorized("go away"), 401, metav1.StatusReasonUnauthorized, "go away", nil},
		{"Unauthorized empty", NewUnauthorized(""), 401, metav1.StatusReasonUnauthorized, "not authorized", nil},
		{"Forbidden", NewForbidden(pods, "foo", errors.New("no")), 403, metav1.StatusReasonForbidden, `pods "foo" is forbidden: no`, &metav1.StatusDetails{Kind: "pods", Name: "foo"}},
		{"Forbidden no name", NewForbidden(pods, "", errors.New("no")), 403, metav1.StatusReasonForbidden, `pods is forbidden: no`, &metav1.StatusDetails{Kind: "pods"}},
		{"Forbidden no resource", NewForbidden(schema.GroupResource{}, "", errors.New("no")), 403, metav1.StatusReasonForbidden, `forbidden: no`, &metav1.StatusDetails{}},
		{"Conflict", NewConflict(pods, "foo", errors.New("the object has been modified")), 409, metav1.StatusReasonConflict, `Operation cannot be fulfilled on pods "foo": the object has been modified`, &metav1.StatusDetails{Kind: "pods", Name: "foo"}},
		{"ApplyConflict", NewApplyConflict([]metav1.StatusCause{{Type: metav1.CauseTypeFieldManagerConflict, Field: ".spec"}}, "conflict"), 409, metav1.StatusReasonConflict, "conflict", &metav1.StatusDetails{Causes: []metav1.StatusCause{{Type: metav1.CauseTypeFieldManagerConflict, Field: ".spec"}}}},
		{"Gone", NewGone("gone"), 410, metav1.StatusReasonGone, "gone", nil},
		{"ResourceExpired", NewResourceExpired("too old"), 410, metav1.StatusReasonExpired, "too old", nil},
		{"BadRequest", NewBadRequest("bad"), 400, metav1.StatusReasonBadRequest, "bad", nil},
		{"TooManyRequests", NewTooManyRequests("slow down", 5), 429, metav1.StatusReasonTooManyRequests, "slow down", &metav1.StatusDetails{RetryAfterSeconds: 5}},
		{"ServiceUnavailable", NewServiceUnavailable("down"), 503, metav1.StatusReasonServiceUnavailable, "down", nil},
		{"MethodNotSupported", NewMethodNotSupported(deployments, "patch"), 405, metav1.StatusReasonMethodNotAllowed, `patch is not supported on resources of kind "deployments.apps"`, &metav1.StatusDetails{Group: "apps", Kind: "deployments"}},
		{"ServerTimeout", NewServerTimeout(pods, "list", 2), 500, metav1.StatusReasonServerTimeout, "The list operation against pods could not be completed at this time, please try again.", &metav1.StatusDetails{Kind: "pods", Name: "list", RetryAfterSeconds: 2}},
		{"ServerTimeoutForKind", NewServerTimeoutForKind(schema.GroupKind{Group: "apps", Kind: "Deployment"}, "get", 3), 500, metav1.StatusReasonServerTimeout, "The get operation against Deployment.apps could not be completed at this time, please try again.", &metav1.StatusDetails{Group: "apps", Kind: "Deployment", Name: "get", RetryAfterSeconds: 3}},
		{"InternalError", NewInternalError(errors.New("disk on fire")), 500, metav1.StatusReasonInternalError, "Internal error occurred: disk on fire", &metav1.StatusDetails{Causes: []metav1.StatusCause{{Message: "disk on fire"}}}},
		{"InternalError nil", NewInternalError(nil), 500, metav1.StatusReasonInternalError, "Internal error occurred: <nil>", &metav1.StatusDetails{Causes: []metav1.StatusCause{{Message: "<nil>"}}}},
		{"TimeoutError", NewTimeoutError("waited", 4), 504, metav1.StatusReasonTimeout, "Timeout: waited", &metav1.StatusDetails{RetryAfterSeconds: 4}},
		{"TooManyRequestsError", NewTooManyRequestsError("limit"), 429, metav1.StatusReasonTooManyRequests, "Too many requests: limit", nil},
		{"RequestEntityTooLarge", NewRequestEntityTooLargeError("3MB"), 413, metav1.StatusReasonRequestEntityTooLarge, "Request entity too large: 3MB", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.err.Status()
			assert.Equal(t, metav1.StatusFailure, s.Status)
			assert.Equal(t, tt.wantCode, s.Code, "code")
			assert.Equal(t, tt.wantReason, s.Reason, "reason")
			assert.Equal(t, tt.wantMessage, tt.err.Error(), "message")
			assert.Equal(t, tt.wantDetails, s.Details, "details")
			assert.Equal(t, tt.wantReason, ReasonForError(tt.err))
		})
	}
}

func TestNewInvalid(t *testing.T) {
	kind := schema.GroupKind{Kind: "Pod"}
	tests := []struct {
		name        string
		errs        field.ErrorList
		wantMessage string
		wantCauses  []metav1.StatusCause
	}{
		{
			name:        "no errors",
			wantMessage: `Pod "foo" is invalid`,
			wantCauses:  []metav1.StatusCause{},
		},
		{
			name:        "one error",
			errs:        field.ErrorList{field.Invalid(field.NewPath("metadata", "name"), "Foo", "must be lowercase")},
			wantMessage: `Pod "foo" is invalid: metadata.name: Invalid value: "Foo": must be lowercase`,
			wantCauses:  []metav1.StatusCause{{Type: metav1.CauseTypeFieldValueInvalid, Message: `Invalid value: "Foo": must be lowercase`, Field: "metadata.name"}},
		},
		{
			name:        "nil entries skipped",
			errs:        field.ErrorList{nil, field.Required(field.NewPath("spec"), ""), nil},
			wantMessage: `Pod "foo" is invalid: spec: Required value`,
			wantCauses:  []metav1.StatusCause{{Type: metav1.CauseTypeFieldValueRequired, Message: "Required value", Field: "spec"}},
		},
		{
			name: "two errors",
			errs: field.ErrorList{
				field.Invalid(field.NewPath("metadata", "name"), "Foo", "must be lowercase"),
				field.Required(field.NewPath("spec", "containers"), ""),
			},
			wantMessage: `Pod "foo" is invalid: [metadata.name: Invalid value: "Foo": must be lowercase, spec.containers: Required value]`,
			wantCauses: []metav1.StatusCause{
				{Type: metav1.CauseTypeFieldValueInvalid, Message: `Invalid value: "Foo": must be lowercase`, Field: "metadata.name"},
				{Type: metav1.CauseTypeFieldValueRequired, Message: "Required value", Field: "spec.containers"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewInvalid(kind, "foo", tt.errs)
			assert.Equal(t, tt.wantMessage, err.Error())
			assert.Equal(t, int32(http.StatusUnprocessableEntity), err.ErrStatus.Code)
			assert.Equal(t, metav1.StatusReasonInvalid, err.ErrStatus.Reason)
			require.NotNil(t, err.ErrStatus.Details)
			assert.Equal(t, "Pod", err.ErrStatus.Details.Kind)
			assert.Equal(t, "foo", err.ErrStatus.Details.Name)
			assert.Equal(t, tt.wantCauses, err.ErrStatus.Details.Causes)
			assert.True(t, IsInvalid(err))
		})
	}
}

func TestGenericServerResponse(t *testing.T) {
	tests := []struct {
		code        int
		verb        string
		serverMsg   string
		wantReason  metav1.StatusReason
		wantMessage string
	}{
		{409, "POST", "", metav1.StatusReasonAlreadyExists, "the server reported a conflict"},
		{409, "PUT", "", metav1.StatusReasonConflict, "the server reported a conflict"},
		{404, "GET", "", metav1.StatusReasonNotFound, "the server could not find the requested resource"},
		{400, "GET", "", metav1.StatusReasonBadRequest, "the server rejected our request for an unknown reason"},
		{401, "GET", "", metav1.StatusReasonUnauthorized, "the server has asked for the client to provide credentials"},
		{403, "GET", "user cannot get pods", metav1.StatusReasonForbidden, "user cannot get pods"},
		{406, "GET", "", metav1.StatusReasonNotAcceptable, "the server was unable to respond with a content type that the client supports"},
		{406, "GET", "only json", metav1.StatusReasonNotAcceptable, "only json"},
		{415, "POST", "no yaml", metav1.StatusReasonUnsupportedMediaType, "no yaml"},
		{405, "GET", "", metav1.StatusReasonMethodNotAllowed, "the server does not allow this method on the requested resource"},
		{422, "POST", "", metav1.StatusReasonInvalid, "the server rejected our request due to an error in our request"},
		{503, "GET", "", metav1.StatusReasonServiceUnavailable, "the server is currently unable to handle the request"},
		{504, "GET", "", metav1.StatusReasonTimeout, "the server was unable to return a response in the time allotted, but may still be processing the request"},
		{429, "GET", "", metav1.StatusReasonTooManyRequests, "the server has received too many requests and has asked us to try again later"},
		{500, "GET", "boom", metav1.StatusReasonInternalError, `an error on the server ("boom") has prevented the request from succeeding`},
		{502, "GET", "bad gateway", metav1.StatusReasonInternalError, `an error on the server ("bad gateway") has prevented the request from succeeding`},
		{418, "GET", "teapot", metav1.StatusReasonUnknown, "the server responded with the status code 418 but did not return more information"},
		{302, "GET", "", metav1.StatusReasonUnknown, "the server responded with the status code 302 but did not return more information"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d %s", tt.code, tt.verb), func(t *testing.T) {
			err := NewGenericServerResponse(tt.code, tt.verb, schema.GroupResource{}, "", tt.serverMsg, 0, false)
			assert.Equal(t, int32(tt.code), err.ErrStatus.Code)
			assert.Equal(t, tt.wantReason, err.ErrStatus.Reason)
			assert.Equal(t, tt.wantMessage, err.Error())
			assert.Empty(t, err.ErrStatus.Details.Causes)
		})
	}
}

func TestGenericServerResponseResourceSuffix(t *testing.T) {
	tests := []struct {
		name        string
		gr          schema.GroupResource
		objName     string
		wantMessage string
	}{
		{"no resource", schema.GroupResource{}, "foo", "the server could not find the requested resource"},
		{"resource", pods, "", "the server could not find the requested resource (get pods)"},
		{"resource and name", deployments, "web", "the server could not find the requested resource (get deployments.apps web)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewGenericServerResponse(404, "GET", tt.gr, tt.objName, "raw body", 7, true)
			assert.Equal(t, tt.wantMessage, err.Error())
			want := &metav1.StatusDetails{
				Group: tt.gr.Group, Kind: tt.gr.Resource, Name: tt.objName, RetryAfterSeconds: 7,
				Causes: []metav1.StatusCause{{Type: metav1.CauseTypeUnexpectedServerResponse, Message: "raw body"}},
			}
			assert.Equal(t, want, err.ErrStatus.Details)
			assert.True(t, IsUnexpectedServerError(err))
		})
	}
}

func TestDebugError(t *testing.T) {
	format, args := NewNotFound(pods, "foo").DebugError()
	assert.Equal(t, "server response object: %s", format)
	require.Len(t, args, 1)
	assert.Contains(t, args[0], `"message": "pods \"foo\" not found"`)
}
