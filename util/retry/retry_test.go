package retry

import (
	"context"
	"errors"
	"testing"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/util/wait"
)

var fast = wait.Backoff{Steps: 5, Duration: time.Microsecond, Factor: 1.0, Jitter: 0.1}

func conflict(n int) error {
	return apierrors.NewConflict(schema.GroupResource{Resource: "pods"}, "p", errors.New("attempt "+string(rune('0'+n))))
}

func TestRetryOnConflict(t *testing.T) {
	other := errors.New("boom")
	tests := []struct {
		name      string
		errs      []error // returned by successive attempts; nil after the list ends
		wantCalls int
		wantErr   func(error) bool
	}{
		{"success first", nil, 1, func(err error) bool { return err == nil }},
		{"conflict then success", []error{conflict(1), conflict(2)}, 3, func(err error) bool { return err == nil }},
		{"non-conflict stops at once", []error{conflict(1), other}, 2, func(err error) bool { return err == other }},
		{"context canceled returned unchanged", []error{context.Canceled}, 1, func(err error) bool { return errors.Is(err, context.Canceled) }},
		{"exhaustion returns last conflict", []error{conflict(1), conflict(2), conflict(3), conflict(4), conflict(5), conflict(6)}, 5,
			func(err error) bool { return apierrors.IsConflict(err) && err.Error() == conflict(5).Error() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			err := RetryOnConflict(fast, func() error {
				calls++
				if calls <= len(tt.errs) {
					return tt.errs[calls-1]
				}
				return nil
			})
			if calls != tt.wantCalls {
				t.Errorf("calls = %d, want %d", calls, tt.wantCalls)
			}
			if !tt.wantErr(err) {
				t.Errorf("err = %v, not the expected error", err)
			}
		})
	}
}

func TestOnErrorCustomPredicate(t *testing.T) {
	transient := errors.New("transient")
	calls := 0
	err := OnError(fast, func(err error) bool { return errors.Is(err, transient) }, func() error {
		calls++
		if calls < 3 {
			return transient
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Errorf("err=%v calls=%d, want nil and 3", err, calls)
	}
}

func TestOnErrorZeroStepsIsTimeout(t *testing.T) {
	calls := 0
	err := OnError(wait.Backoff{}, func(error) bool { return true }, func() error { calls++; return nil })
	if calls != 0 || !wait.Interrupted(err) {
		t.Errorf("calls=%d err=%v, want 0 calls and an interrupted error", calls, err)
	}
}

func TestDefaults(t *testing.T) {
	tests := []struct {
		name string
		got  wait.Backoff
		want wait.Backoff
	}{
		{"DefaultRetry", DefaultRetry, wait.Backoff{Steps: 5, Duration: 10 * time.Millisecond, Factor: 1.0, Jitter: 0.1}},
		{"DefaultBackoff", DefaultBackoff, wait.Backoff{Steps: 4, Duration: 10 * time.Millisecond, Factor: 5.0, Jitter: 0.1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %+v, want %+v", tt.got, tt.want)
			}
		})
	}
}
