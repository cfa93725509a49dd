package errors

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

func TestFromObject(t *testing.T) {
	statusContent := func(apiVersion string) map[string]interface{} {
		return map[string]interface{}{
			"apiVersion": apiVersion, "kind": "Status", "status": "Failure",
			"message": `pods "x" not found`, "reason": "NotFound", "code": int64(404),
			"details": map[string]interface{}{"name": "x", "kind": "pods"},
		}
	}
	tests := []struct {
		name           string
		obj            runtime.Object
		wantStatus     bool
		wantMessage    string
		wantUnexpected bool
	}{
		{name: "typed", obj: &metav1.Status{Message: "m", Code: 500}, wantStatus: true, wantMessage: "m"},
		{name: "unstructured v1", obj: &unstructured.Unstructured{Object: statusContent("v1")}, wantStatus: true, wantMessage: `pods "x" not found`},
		{name: "unstructured meta.k8s.io", obj: &unstructured.Unstructured{Object: statusContent("meta.k8s.io/v1")}, wantStatus: true, wantMessage: `pods "x" not found`},
		{name: "unstructured other version", obj: &unstructured.Unstructured{Object: statusContent("v2")}, wantUnexpected: true},
		{name: "unstructured other kind", obj: &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "Pod"}}, wantUnexpected: true},
		{name: "other type", obj: &runtime.Unknown{}, wantUnexpected: true},
		{name: "nil status", obj: (*metav1.Status)(nil), wantUnexpected: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := FromObject(tt.obj)
			require.Error(t, err)
			var se *StatusError
			assert.Equal(t, tt.wantStatus, errors.As(err, &se), "is *StatusError")
			assert.Equal(t, tt.wantUnexpected, IsUnexpectedObjectError(err), "IsUnexpectedObjectError")
			if tt.wantStatus {
				assert.Equal(t, tt.wantMessage, err.Error())
			}
			if tt.wantUnexpected {
				assert.Contains(t, err.Error(), "unexpected object: ")
			}
		})
	}
	err := FromObject(&unstructured.Unstructured{Object: statusContent("v1")})
	assert.True(t, IsNotFound(err))
	assert.Equal(t, "x", err.(*StatusError).ErrStatus.Details.Name)
}

func TestErrorReporter(t *testing.T) {
	tests := []struct {
		name       string
		reason     string
		wantReason metav1.CauseType
	}{
		{name: "named reason", reason: "ClientWatchDecoding", wantReason: "ClientWatchDecoding"},
		{name: "default reason", reason: "", wantReason: "ClientError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewClientErrorReporter(500, "GET", tt.reason)
			obj := r.AsObject(errors.New("unable to decode an event from the watch stream: bad"))
			status, ok := obj.(*metav1.Status)
			require.True(t, ok, "got %T, want *metav1.Status", obj)
			assert.Equal(t, int32(500), status.Code)
			assert.Equal(t, metav1.StatusReasonInternalError, status.Reason)
			assert.Equal(t, `an error on the server ("unable to decode an event from the watch stream: bad") has prevented the request from succeeding`, status.Message)
			assert.Equal(t, []metav1.StatusCause{
				{Type: metav1.CauseTypeUnexpectedServerResponse, Message: "unable to decode an event from the watch stream: bad"},
				{Type: tt.wantReason, Message: "unable to decode an event from the watch stream: bad"},
			}, status.Details.Causes)
		})
	}
}
