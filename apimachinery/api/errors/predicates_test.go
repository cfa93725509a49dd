package errors

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// statusErr builds a StatusError with just a reason and a code.
func statusErr(reason metav1.StatusReason, code int32) error {
	return &StatusError{ErrStatus: metav1.Status{Reason: reason, Code: code}}
}

func TestPredicates(t *testing.T) {
	type pred struct {
		name string
		fn   func(error) bool
	}
	preds := []pred{
		{"IsNotFound", IsNotFound}, {"IsAlreadyExists", IsAlreadyExists}, {"IsConflict", IsConflict},
		{"IsInvalid", IsInvalid}, {"IsGone", IsGone}, {"IsResourceExpired", IsResourceExpired},
		{"IsNotAcceptable", IsNotAcceptable}, {"IsUnsupportedMediaType", IsUnsupportedMediaType},
		{"IsMethodNotSupported", IsMethodNotSupported}, {"IsServiceUnavailable", IsServiceUnavailable},
		{"IsBadRequest", IsBadRequest}, {"IsUnauthorized", IsUnauthorized}, {"IsForbidden", IsForbidden},
		{"IsTimeout", IsTimeout}, {"IsServerTimeout", IsServerTimeout}, {"IsInternalError", IsInternalError},
		{"IsTooManyRequests", IsTooManyRequests}, {"IsRequestEntityTooLargeError", IsRequestEntityTooLargeError},
		{"IsStoreReadError", IsStoreReadError}, {"IsUnexpectedServerError", IsUnexpectedServerError},
		{"IsUnexpectedObjectError", IsUnexpectedObjectError},
	}
	tests := []struct {
		name string
		err  error
		want []string // the predicates that must hold; all others must not
	}{
		{"nil", nil, nil},
		{"plain error", errors.New("x"), nil},
		{"NotFound reason", statusErr(metav1.StatusReasonNotFound, 0), []string{"IsNotFound"}},
		{"404 no reason", statusErr("", 404), []string{"IsNotFound"}},
		{"404 custom reason", statusErr("Whatever", 404), []string{"IsNotFound"}},
		{"404 known other reason", statusErr(metav1.StatusReasonConflict, 404), []string{"IsConflict"}},
		{"AlreadyExists", statusErr(metav1.StatusReasonAlreadyExists, 409), []string{"IsAlreadyExists"}},
		{"409 no reason", statusErr("", 409), []string{"IsConflict"}},
		{"422 no reason", statusErr("", 422), []string{"IsInvalid"}},
		{"410 no reason", statusErr("", 410), []string{"IsGone"}},
		{"Expired", statusErr(metav1.StatusReasonExpired, 410), []string{"IsResourceExpired"}},
		{"406 no reason", statusErr("", 406), []string{"IsNotAcceptable"}},
		{"415 no reason", statusErr("", 415), []string{"IsUnsupportedMediaType"}},
		{"405 no reason", statusErr("", 405), []string{"IsMethodNotSupported"}},
		{"503 no reason", statusErr("", 503), []string{"IsServiceUnavailable"}},
		{"400 no reason", statusErr("", 400), []string{"IsBadRequest"}},
		{"401 no reason", statusErr("", 401), []string{"IsUnauthorized"}},
		{"403 no reason", statusErr("", 403), []string{"IsForbidden"}},
		{"504 no reason", statusErr("", 504), []string{"IsTimeout"}},
		{"500 no reason", statusErr("", 500), []string{"IsInternalError"}},
		{"ServerTimeout", statusErr(metav1.StatusReasonServerTimeout, 500), []string{"IsServerTimeout"}},
		{"StoreReadError", statusErr(metav1.StatusReasonStoreReadError, 500), []string{"IsStoreReadError"}},
		{"429 no reason", statusErr("", 429), []string{"IsTooManyRequests"}},
		{"429 other known reason", statusErr(metav1.StatusReasonServiceUnavailable, 429), []string{"IsTooManyRequests", "IsServiceUnavailable"}},
		{"TooManyRequests reason", statusErr(metav1.StatusReasonTooManyRequests, 0), []string{"IsTooManyRequests"}},
		{"413 other known reason", statusErr(metav1.StatusReasonBadRequest, 413), []string{"IsRequestEntityTooLargeError", "IsBadRequest"}},
		{"wrapped NotFound", fmt.Errorf("getting pod: %w", NewNotFound(pods, "x")), []string{"IsNotFound"}},
		{"double wrapped Conflict", fmt.Errorf("a: %w", fmt.Errorf("b: %w", NewConflict(pods, "x", errors.New("c")))), []string{"IsConflict"}},
		{"generic unexpected", NewGenericServerResponse(500, "GET", pods, "", "x", 0, true), []string{"IsInternalError", "IsUnexpectedServerError"}},
		{"unexpected object", &UnexpectedObjectError{}, []string{"IsUnexpectedObjectError"}},
		{"wrapped unexpected object", fmt.Errorf("w: %w", &UnexpectedObjectError{}), []string{"IsUnexpectedObjectError"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := map[string]bool{}
			for _, w := range tt.want {
				want[w] = true
			}
			for _, p := range preds {
				if got := p.fn(tt.err); got != want[p.name] {
					t.Errorf("%s(%v) = %v, want %v", p.name, tt.err, got, want[p.name])
				}
			}
		})
	}
}

func TestReasonForError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want metav1.StatusReason
	}{
		{"nil", nil, metav1.StatusReasonUnknown},
		{"plain", errors.New("x"), metav1.StatusReasonUnknown},
		{"status", NewGone("g"), metav1.StatusReasonGone},
		{"wrapped", fmt.Errorf("w: %w", NewBadRequest("b")), metav1.StatusReasonBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ReasonForError(tt.err))
		})
	}
}

func TestSuggestsClientDelay(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		wantDelay int
		wantOK    bool
	}{
		{"nil", nil, 0, false},
		{"no details", NewBadRequest("x"), 0, false},
		{"server timeout zero", NewServerTimeout(pods, "get", 0), 0, true},
		{"server timeout", NewServerTimeout(pods, "get", 3), 3, true},
		{"too many requests", NewTooManyRequests("x", 5), 5, true},
		{"retry after zero", NewTooManyRequests("x", 0), 0, false},
		{"wrapped", fmt.Errorf("w: %w", NewTimeoutError("x", 2)), 2, true},
		{"generic 503", NewGenericServerResponse(503, "GET", pods, "", "", 9, false), 9, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			delay, ok := SuggestsClientDelay(tt.err)
			assert.Equal(t, tt.wantDelay, delay, "delay")
			assert.Equal(t, tt.wantOK, ok, "ok")
		})
	}
}

func TestStatusCause(t *testing.T) {
	err := fmt.Errorf("w: %w", NewApplyConflict([]metav1.StatusCause{
		{Type: metav1.CauseTypeFieldManagerConflict, Message: "first", Field: ".a"},
		{Type: metav1.CauseTypeFieldManagerConflict, Message: "second", Field: ".b"},
	}, "conflict"))
	tests := []struct {
		name      string
		err       error
		cause     metav1.CauseType
		wantCause metav1.StatusCause
		wantOK    bool
	}{
		{"first match", err, metav1.CauseTypeFieldManagerConflict, metav1.StatusCause{Type: metav1.CauseTypeFieldManagerConflict, Message: "first", Field: ".a"}, true},
		{"absent", err, metav1.CauseTypeFieldValueInvalid, metav1.StatusCause{}, false},
		{"no details", NewGone("x"), metav1.CauseTypeFieldValueInvalid, metav1.StatusCause{}, false},
		{"nil", nil, metav1.CauseTypeFieldValueInvalid, metav1.StatusCause{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := StatusCause(tt.err, tt.cause)
			assert.Equal(t, tt.wantCause, got)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantOK, HasStatusCause(tt.err, tt.cause))
		})
	}
}
