package flowcontrol

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokenBucketTryAcceptCounts(t *testing.T) {
	tests := []struct {
		name  string
		qps   float32
		burst int
		step  time.Duration
		want  int
	}{
		{"burst only", 1, 5, 0, 5},
		{"refill one token per second", 1, 5, time.Second, 6},
		{"refill capped at burst", 10, 3, time.Second, 6},
		{"partial refill", 2, 10, time.Second, 12},
		{"zero burst never accepts", 1, 0, time.Second, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			rl := NewTokenBucketRateLimiterWithClock(tt.qps, tt.burst, clock)
			got := 0
			for i := 0; i < 100; i++ {
				if rl.TryAccept() {
					got++
				}
			}
			clock.Step(tt.step)
			for i := 0; i < 100; i++ {
				if rl.TryAccept() {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("accepted: got %d, want %d", got, tt.want)
			}
			assert.Equal(t, tt.qps, rl.QPS())
		})
	}
}

func TestTokenBucketAcceptSleepsOnClock(t *testing.T) {
	clock := newFakeClock()
	rl := NewTokenBucketRateLimiterWithClock(2, 1, clock)
	start := clock.Now()
	for i := 0; i < 5; i++ {
		rl.Accept()
	}
	// One token at once, four more at 2 per second.
	assert.Equal(t, 2*time.Second, clock.Now().Sub(start))
}

func TestTokenBucketPassive(t *testing.T) {
	clock := newFakeClock()
	rl := NewTokenBucketPassiveRateLimiterWithClock(1, 2, clock)
	assert.True(t, rl.TryAccept())
	assert.True(t, rl.TryAccept())
	assert.False(t, rl.TryAccept(), "burst exhausted")
	clock.Step(time.Second)
	assert.True(t, rl.TryAccept(), "refilled")
	assert.Equal(t, float32(1), NewTokenBucketPassiveRateLimiter(1, 1).QPS())
}

func TestTokenBucketWait(t *testing.T) {
	rl := NewTokenBucketRateLimiter(100, 2)
	ctx := context.Background()
	for i := 0; i < 4; i++ {
		require.NoError(t, rl.Wait(ctx), "wait %d at 100 qps", i)
	}

	slow := NewTokenBucketRateLimiter(0.001, 1)
	require.NoError(t, slow.Wait(ctx), "first token is in the bucket")
	ctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	assert.Error(t, slow.Wait(ctx), "the next token is ~1000s away, past the deadline")

	cancelled, cancel2 := context.WithCancel(context.Background())
	cancel2()
	assert.Error(t, NewTokenBucketRateLimiter(1, 1).Wait(cancelled), "a cancelled context fails the wait")
}

func TestFakeRateLimiters(t *testing.T) {
	always := NewFakeAlwaysRateLimiter()
	assert.True(t, always.TryAccept())
	always.Accept()
	assert.NoError(t, always.Wait(context.Background()))
	always.Stop()

	never := NewFakeNeverRateLimiter()
	assert.False(t, never.TryAccept())
	assert.Error(t, never.Wait(context.Background()))
	done := make(chan struct{})
	go func() {
		never.Accept()
		close(done)
	}()
	select {
	case <-done:
		t.Fatal("Accept returned before Stop")
	case <-time.After(20 * time.Millisecond):
	}
	never.Stop()
	never.Stop() // idempotent
	<-done
}
