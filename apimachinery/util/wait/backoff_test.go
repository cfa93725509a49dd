package wait

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestBackoffStep(t *testing.T) {
	tests := []struct {
		name      string
		backoff   Backoff
		want      []time.Duration
		wantSteps int
	}{
		{
			name:      "doubling",
			backoff:   Backoff{Duration: time.Second, Factor: 2, Steps: 4},
			want:      []time.Duration{1 * time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 16 * time.Second},
			wantSteps: 0,
		},
		{
			name:      "cap stops growth and zeroes steps",
			backoff:   Backoff{Duration: time.Second, Factor: 3, Steps: 10, Cap: 5 * time.Second},
			want:      []time.Duration{1 * time.Second, 3 * time.Second, 5 * time.Second, 5 * time.Second},
			wantSteps: 0,
		},
		{
			name:      "no factor keeps duration",
			backoff:   Backoff{Duration: 10 * time.Millisecond, Steps: 3},
			want:      []time.Duration{10 * time.Millisecond, 10 * time.Millisecond, 10 * time.Millisecond, 10 * time.Millisecond},
			wantSteps: 0,
		},
		{
			name:      "zero steps never grows",
			backoff:   Backoff{Duration: time.Second, Factor: 2},
			want:      []time.Duration{time.Second, time.Second},
			wantSteps: 0,
		},
		{
			name:      "steps left",
			backoff:   Backoff{Duration: time.Millisecond, Factor: 10, Steps: 5},
			want:      []time.Duration{time.Millisecond, 10 * time.Millisecond},
			wantSteps: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.backoff
			delay := tt.backoff.DelayFunc()
			for i, want := range tt.want {
				if got := b.Step(); got != want {
					t.Errorf("Step %d: got %v, want %v", i, got, want)
				}
				if got := delay(); got != want {
					t.Errorf("DelayFunc call %d: got %v, want %v", i, got, want)
				}
			}
			if b.Steps != tt.wantSteps {
				t.Errorf("Steps after: got %d, want %d", b.Steps, tt.wantSteps)
			}
		})
	}
}

func TestBackoffStepJitter(t *testing.T) {
	b := Backoff{Duration: 100 * time.Millisecond, Factor: 2, Jitter: 0.5, Steps: 3}
	bases := []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond, 800 * time.Millisecond}
	for i, base := range bases {
		got := b.Step()
		if got < base || got > base+base/2 {
			t.Errorf("Step %d: got %v, want within [%v, %v]", i, got, base, base+base/2)
		}
	}
}

func TestJitter(t *testing.T) {
	tests := []struct {
		name      string
		duration  time.Duration
		maxFactor float64
		wantMax   time.Duration
	}{
		{"factor 0.1", time.Second, 0.1, 1100 * time.Millisecond},
		{"factor 0 means 1", time.Second, 0, 2 * time.Second},
		{"negative factor means 1", time.Second, -3, 2 * time.Second},
		{"zero duration", 0, 0.5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := 0; i < 100; i++ {
				got := Jitter(tt.duration, tt.maxFactor)
				if got < tt.duration || got > tt.wantMax {
					t.Fatalf("Jitter(%v, %v): got %v, want within [%v, %v]", tt.duration, tt.maxFactor, got, tt.duration, tt.wantMax)
				}
			}
		})
	}
}

func TestDelayFuncConcurrent(t *testing.T) {
	checkNoGoroutineLeak(t)
	calls := 0
	fn := DelayFunc(func() time.Duration { calls++; return time.Duration(calls) }).Concurrent()
	g := Group{}
	for i := 0; i < 20; i++ {
		g.Start(func() { fn() })
	}
	g.Wait()
	if calls != 20 {
		t.Errorf("calls: got %d, want 20", calls)
	}
}

func TestExponentialBackoffLoop(t *testing.T) {
	errBoom := errors.New("boom")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name       string
		ctx        context.Context
		checkCtx   bool
		backoff    Backoff
		results    []bool // condition results in order; beyond the end: false
		failOn     int    // 1-based attempt that returns errBoom; 0 = never
		wantErr    error
		wantCalls  int
		wantSleeps []time.Duration
	}{
		{
			name: "succeeds on third", ctx: context.Background(),
			backoff: Backoff{Duration: time.Second, Factor: 2, Steps: 5},
			results: []bool{false, false, true}, wantCalls: 3,
			wantSleeps: []time.Duration{time.Second, 2 * time.Second},
		},
		{
			name: "runs out of steps", ctx: context.Background(),
			backoff: Backoff{Duration: time.Second, Factor: 2, Steps: 3},
			wantErr: ErrWaitTimeout, wantCalls: 3,
			wantSleeps: []time.Duration{time.Second, 2 * time.Second},
		},
		{
			name: "zero steps never runs", ctx: context.Background(),
			backoff: Backoff{Duration: time.Second}, wantErr: ErrWaitTimeout,
		},
		{
			name: "condition error returned", ctx: context.Background(),
			backoff: Backoff{Duration: time.Second, Steps: 5}, failOn: 2,
			wantErr: errBoom, wantCalls: 2, wantSleeps: []time.Duration{time.Second},
		},
		{
			name: "cancelled context checked", ctx: cancelled, checkCtx: true,
			backoff: Backoff{Duration: time.Second, Steps: 5}, wantErr: context.Canceled,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			var sleeps []time.Duration
			cond := func(context.Context) (bool, error) {
				calls++
				if calls == tt.failOn {
					return false, errBoom
				}
				return calls <= len(tt.results) && tt.results[calls-1], nil
			}
			sleep := func(_ context.Context, d time.Duration) error {
				sleeps = append(sleeps, d)
				return nil
			}
			err := exponentialBackoff(tt.ctx, tt.backoff, cond, sleep, tt.checkCtx)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Errorf("error: got %v, want %v", err, tt.wantErr)
			}
			if calls != tt.wantCalls {
				t.Errorf("calls: got %d, want %d", calls, tt.wantCalls)
			}
			if len(sleeps) != len(tt.wantSleeps) {
				t.Fatalf("sleeps: got %v, want %v", sleeps, tt.wantSleeps)
			}
			for i := range sleeps {
				if sleeps[i] != tt.wantSleeps[i] {
					t.Errorf("sleep %d: got %v, want %v", i, sleeps[i], tt.wantSleeps[i])
				}
			}
		})
	}
}

func TestExponentialBackoffRealClock(t *testing.T) {
	b := Backoff{Duration: time.Millisecond, Factor: 1.5, Steps: 4}
	calls := 0
	err := ExponentialBackoff(b, func() (bool, error) { calls++; return false, nil })
	if !errors.Is(err, ErrWaitTimeout) || !Interrupted(err) {
		t.Errorf("ExponentialBackoff: got %v, want ErrWaitTimeout", err)
	}
	if calls != 4 {
		t.Errorf("calls: got %d, want 4", calls)
	}

	ctx, cancel := context.WithCancel(context.Background())
	calls = 0
	err = ExponentialBackoffWithContext(ctx, Backoff{Duration: time.Hour, Steps: 3}, func(context.Context) (bool, error) {
		calls++
		cancel()
		return false, nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("ExponentialBackoffWithContext: got %v, want context.Canceled", err)
	}
	if calls != 1 {
		t.Errorf("calls: got %d, want 1", calls)
	}
}
