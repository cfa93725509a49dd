package wait

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestInterrupted(t *testing.T) {
	cause := errors.New("boom")
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain error", cause, false},
		{"ErrWaitTimeout", ErrWaitTimeout, true},
		{"wrapped ErrWaitTimeout", fmt.Errorf("waiting for pod: %w", ErrWaitTimeout), true},
		{"ErrorInterrupted(cause)", ErrorInterrupted(cause), true},
		{"ErrorInterrupted(nil)", ErrorInterrupted(nil), true},
		{"context.Canceled", context.Canceled, true},
		{"context.DeadlineExceeded", context.DeadlineExceeded, true},
		{"wrapped deadline", fmt.Errorf("list: %w", context.DeadlineExceeded), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Interrupted(tt.err); got != tt.want {
				t.Errorf("Interrupted(%v): got %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

func TestErrorInterrupted(t *testing.T) {
	cause := errors.New("boom")
	tests := []struct {
		name        string
		err         error
		wantMessage string
		wantIs      []error
	}{
		{"timeout", ErrWaitTimeout, "timed out waiting for the condition", []error{ErrWaitTimeout}},
		{"nil cause", ErrorInterrupted(nil), "timed out waiting for the condition", []error{ErrWaitTimeout}},
		{"cause kept", ErrorInterrupted(cause), "boom", []error{ErrWaitTimeout, cause}},
		{"context cause", ErrorInterrupted(context.Canceled), context.Canceled.Error(), []error{ErrWaitTimeout, context.Canceled}},
		{"not wrapped twice", ErrorInterrupted(ErrorInterrupted(cause)), "boom", []error{ErrWaitTimeout, cause}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.wantMessage {
				t.Errorf("Error(): got %q, want %q", got, tt.wantMessage)
			}
			for _, target := range tt.wantIs {
				if !errors.Is(tt.err, target) {
					t.Errorf("errors.Is(%v, %v): got false, want true", tt.err, target)
				}
			}
		})
	}
	if got := ErrorInterrupted(ErrorInterrupted(cause)); got != ErrorInterrupted(cause) {
		t.Errorf("double wrap: got %#v, want the single wrapper", got)
	}
	if errors.Is(cause, ErrWaitTimeout) {
		t.Errorf("errors.Is(plain error, ErrWaitTimeout): got true, want false")
	}
}
