package wait

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestRunLoop(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name            string
		immediate       bool
		sliding         bool
		ticks           int
		doneOn          int // attempt that returns true; 0 = never
		failOn          int // attempt that returns errBoom; 0 = never
		cancelOn        int // attempt that cancels the context; 0 = never
		wantErr         error
		wantInterrupted bool
		wantCalls       int
		wantNexts       int
	}{
		{name: "done after two ticks", ticks: 5, doneOn: 2, wantCalls: 2, wantNexts: 2},
		{name: "immediate done at once", immediate: true, ticks: 0, doneOn: 1, wantCalls: 1},
		{name: "immediate then ticks", immediate: true, ticks: 5, doneOn: 3, wantCalls: 3, wantNexts: 2},
		{name: "sliding calls Next after each attempt", sliding: true, ticks: 5, doneOn: 3, wantCalls: 3, wantNexts: 2},
		{name: "error ends loop", ticks: 5, failOn: 2, wantErr: errBoom, wantCalls: 2, wantNexts: 2},
		{name: "immediate error", immediate: true, failOn: 1, wantErr: errBoom, wantCalls: 1},
		{name: "cancel interrupts even with ticks ready", ticks: 5, cancelOn: 1, wantInterrupted: true, wantCalls: 1, wantNexts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			timer := newFakeTimer(tt.ticks)
			calls := 0
			cond := func(context.Context) (bool, error) {
				calls++
				if calls == tt.cancelOn {
					cancel()
				}
				if calls == tt.failOn {
					return false, errBoom
				}
				return calls == tt.doneOn, nil
			}
			err, interrupted := runLoop(ctx, timer, tt.immediate, tt.sliding, cond)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Errorf("error: got %v, want %v", err, tt.wantErr)
			}
			if interrupted != tt.wantInterrupted {
				t.Errorf("interrupted: got %v, want %v", interrupted, tt.wantInterrupted)
			}
			if calls != tt.wantCalls {
				t.Errorf("calls: got %d, want %d", calls, tt.wantCalls)
			}
			if timer.nexts != tt.wantNexts {
				t.Errorf("Next calls: got %d, want %d", timer.nexts, tt.wantNexts)
			}
			if timer.stops != 1 {
				t.Errorf("Stop calls: got %d, want 1", timer.stops)
			}
		})
	}
}

func TestLoopConditionUntilContextReturnsContextError(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := loopConditionUntilContext(ctx, newFakeTimer(3), false, false, func(context.Context) (bool, error) {
		t.Error("condition ran after cancellation")
		return false, nil
	})
	if err != context.Canceled {
		t.Errorf("got %v, want context.Canceled unwrapped", err)
	}
}

func TestBackoffTimer(t *testing.T) {
	tests := []struct {
		name    string
		backoff Backoff
		want    string
	}{
		{"steps make it variable", Backoff{Duration: time.Millisecond, Steps: 2}, "*wait.variableTimer"},
		{"jitter makes it variable", Backoff{Duration: time.Millisecond, Jitter: 0.1}, "*wait.variableTimer"},
		{"fixed duration ticks", Backoff{Duration: time.Millisecond, Steps: 1}, "*wait.fixedTimer"},
		{"no duration fires at once", Backoff{}, "wait.immediateTimer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			timer := tt.backoff.Timer()
			defer timer.Stop()
			if got := typeName(timer); got != tt.want {
				t.Errorf("Timer type: got %s, want %s", got, tt.want)
			}
			for i := 0; i < 2; i++ {
				select {
				case <-timer.C():
				case <-time.After(ForeverTestTimeout):
					t.Fatalf("tick %d never came", i)
				}
				timer.Next()
			}
		})
	}
}

func typeName(v any) string {
	switch v.(type) {
	case *variableTimer:
		return "*wait.variableTimer"
	case *fixedTimer:
		return "*wait.fixedTimer"
	case immediateTimer:
		return "wait.immediateTimer"
	default:
		return "unknown"
	}
}

func TestDelayFuncUntil(t *testing.T) {
	delay := Backoff{Duration: time.Millisecond, Factor: 1.2, Steps: 10}.DelayFunc()
	for _, sliding := range []bool{false, true} {
		calls := 0
		err := delay.Until(context.Background(), false, sliding, func(context.Context) (bool, error) {
			calls++
			return calls == 3, nil
		})
		if err != nil || calls != 3 {
			t.Errorf("sliding=%v: got err %v after %d calls, want nil after 3", sliding, err, calls)
		}
	}
}
