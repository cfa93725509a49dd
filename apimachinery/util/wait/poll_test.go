package wait

import (
	"context"
	"errors"
	"testing"
	"time"
)

// counter returns a condition that is done on attempt doneOn (never if 0)
// and a pointer to the number of attempts.
func counter(doneOn int) (ConditionFunc, *int) {
	calls := 0
	return func() (bool, error) {
		calls++
		return calls == doneOn, nil
	}, &calls
}

func TestPollHelpers(t *testing.T) {
	const interval = time.Millisecond
	const short = 20 * time.Millisecond
	closed := make(chan struct{})
	close(closed)
	ctx := context.Background()
	tests := []struct {
		name     string
		doneOn   int
		run      func(c ConditionFunc) error
		wantErr  error
		minCalls int
		maxCalls int
	}{
		{"Poll succeeds", 3, func(c ConditionFunc) error { return Poll(interval, ForeverTestTimeout, c) }, nil, 3, 3},
		{"Poll times out", 0, func(c ConditionFunc) error { return Poll(interval, short, c) }, ErrWaitTimeout, 1, 1 << 30},
		{"PollImmediate runs at once", 1, func(c ConditionFunc) error { return PollImmediate(time.Hour, time.Hour, c) }, nil, 1, 1},
		{"PollImmediate times out after a last run", 0, func(c ConditionFunc) error { return PollImmediate(time.Hour, short, c) }, ErrWaitTimeout, 2, 2},
		{"Poll shorter than interval runs at timeout", 0, func(c ConditionFunc) error { return Poll(time.Hour, short, c) }, ErrWaitTimeout, 1, 1},
		{"Poll last run can succeed", 1, func(c ConditionFunc) error { return Poll(time.Hour, short, c) }, nil, 1, 1},
		{"PollInfinite succeeds", 2, func(c ConditionFunc) error { return PollInfinite(interval, c) }, nil, 2, 2},
		{"PollImmediateInfinite succeeds", 1, func(c ConditionFunc) error { return PollImmediateInfinite(time.Hour, c) }, nil, 1, 1},
		{"PollUntil closed channel", 0, func(c ConditionFunc) error { return PollUntil(interval, c, closed) }, ErrWaitTimeout, 0, 0},
		{"PollImmediateUntil closed channel runs once", 0, func(c ConditionFunc) error { return PollImmediateUntil(interval, c, closed) }, ErrWaitTimeout, 1, 1},
		{"PollImmediateUntil succeeds", 2, func(c ConditionFunc) error { return PollImmediateUntil(interval, c, NeverStop) }, nil, 2, 2},
		{"PollWithContext succeeds", 2, func(c ConditionFunc) error {
			return PollWithContext(ctx, interval, ForeverTestTimeout, c.WithContext())
		}, nil, 2, 2},
		{"PollImmediateWithContext succeeds", 1, func(c ConditionFunc) error {
			return PollImmediateWithContext(ctx, time.Hour, time.Hour, c.WithContext())
		}, nil, 1, 1},
		{"PollUntilWithContext succeeds", 2, func(c ConditionFunc) error {
			return PollUntilWithContext(ctx, interval, c.WithContext())
		}, nil, 2, 2},
		{"PollImmediateUntilWithContext succeeds", 1, func(c ConditionFunc) error {
			return PollImmediateUntilWithContext(ctx, time.Hour, c.WithContext())
		}, nil, 1, 1},
		{"PollInfiniteWithContext succeeds", 2, func(c ConditionFunc) error {
			return PollInfiniteWithContext(ctx, interval, c.WithContext())
		}, nil, 2, 2},
		{"PollImmediateInfiniteWithContext succeeds", 2, func(c ConditionFunc) error {
			return PollImmediateInfiniteWithContext(ctx, interval, c.WithContext())
		}, nil, 2, 2},
		{"PollUntilContextTimeout succeeds", 3, func(c ConditionFunc) error {
			return PollUntilContextTimeout(ctx, interval, ForeverTestTimeout, false, c.WithContext())
		}, nil, 3, 3},
		{"PollUntilContextTimeout deadline", 0, func(c ConditionFunc) error {
			return PollUntilContextTimeout(ctx, interval, short, true, c.WithContext())
		}, context.DeadlineExceeded, 1, 1 << 30},
		{"PollUntilContextCancel closed channel", 0, func(c ConditionFunc) error {
			return PollUntilContextCancel(ContextForChannel(closed), interval, false, c.WithContext())
		}, context.Canceled, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cond, calls := counter(tt.doneOn)
			err := tt.run(cond)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Errorf("error: got %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil && !Interrupted(err) {
				t.Errorf("Interrupted(%v): got false, want true", err)
			}
			if *calls < tt.minCalls || *calls > tt.maxCalls {
				t.Errorf("calls: got %d, want between %d and %d", *calls, tt.minCalls, tt.maxCalls)
			}
		})
	}
}

func TestPollConditionError(t *testing.T) {
	errBoom := errors.New("boom")
	fail := func() (bool, error) { return false, errBoom }
	tests := []struct {
		name string
		run  func() error
	}{
		{"Poll", func() error { return Poll(time.Millisecond, ForeverTestTimeout, fail) }},
		{"PollImmediate", func() error { return PollImmediate(time.Hour, time.Hour, fail) }},
		{"PollUntilContextCancel", func() error {
			return PollUntilContextCancel(context.Background(), time.Millisecond, false, ConditionFunc(fail).WithContext())
		}},
		{"context.Canceled from the condition is not interruption", func() error {
			return PollImmediate(time.Hour, time.Hour, func() (bool, error) { return false, context.Canceled })
		}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			want := errBoom
			if i == len(tests)-1 {
				want = context.Canceled
			}
			if err != want {
				t.Errorf("got %v, want %v unchanged", err, want)
			}
		})
	}
}

func TestPollUntilExpired(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name      string
		immediate bool
		ticks     int
		expire    bool // expiry already fired
		cancelled bool // context already done
		doneOn    int
		failOn    int
		wantErr   error
		wantCalls int
	}{
		{name: "done on a tick", ticks: 3, doneOn: 2, wantCalls: 2},
		{name: "expiry gives one last run", expire: true, wantErr: ErrWaitTimeout, wantCalls: 1},
		{name: "last run may succeed", expire: true, doneOn: 1, wantCalls: 1},
		{name: "immediate then last run", immediate: true, expire: true, wantErr: ErrWaitTimeout, wantCalls: 2},
		{name: "cancelled context: no run", cancelled: true, ticks: 3, wantErr: ErrWaitTimeout},
		{name: "cancelled context: immediate runs once", immediate: true, cancelled: true, ticks: 3, wantErr: ErrWaitTimeout, wantCalls: 1},
		{name: "condition error", ticks: 3, failOn: 2, wantErr: errBoom, wantCalls: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelled {
				cancel()
			}
			expired := make(chan time.Time, 1)
			if tt.expire {
				expired <- time.Time{}
			}
			timer := newFakeTimer(tt.ticks)
			calls := 0
			err := pollUntilExpired(ctx, timer, expired, tt.immediate, func(context.Context) (bool, error) {
				calls++
				if calls == tt.failOn {
					return false, errBoom
				}
				return calls == tt.doneOn, nil
			})
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Errorf("error: got %v, want %v", err, tt.wantErr)
			}
			if calls != tt.wantCalls {
				t.Errorf("calls: got %d, want %d", calls, tt.wantCalls)
			}
			if timer.stops != 1 {
				t.Errorf("Stop calls: got %d, want 1", timer.stops)
			}
		})
	}
}
