package flowcontrol

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// fakeClock is a Clock whose time moves only when told to.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}
func (c *fakeClock) Since(t time.Time) time.Duration { return c.Now().Sub(t) }
func (c *fakeClock) Sleep(d time.Duration)           { c.Step(d) }
func (c *fakeClock) Step(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestBackoffSequence(t *testing.T) {
	clock := newFakeClock()
	b := NewFakeBackOff(time.Second, 50*time.Second, clock)
	id := "item"
	want := []time.Duration{0, 1, 2, 4, 8, 16, 32, 50, 50, 50}
	for i, w := range want {
		if got := b.Get(id); got != w*time.Second {
			t.Fatalf("step %d: got %v, want %v", i, got, w*time.Second)
		}
		b.Next(id, clock.Now())
	}
}

func TestBackoffExpiryAndReset(t *testing.T) {
	clock := newFakeClock()
	b := NewFakeBackOff(time.Second, 5*time.Second, clock)
	b.Next("a", clock.Now())
	b.Next("a", clock.Now())
	assert.Equal(t, 2*time.Second, b.Get("a"))

	clock.Step(11 * time.Second) // more than 2*max idle
	b.Next("a", clock.Now())
	assert.Equal(t, time.Second, b.Get("a"), "an expired entry starts over")

	b.Reset("a")
	assert.Equal(t, time.Duration(0), b.Get("a"), "Reset clears")

	b.Next("b", clock.Now())
	b.DeleteEntry("b")
	assert.Equal(t, time.Duration(0), b.Get("b"), "DeleteEntry clears")
}

func TestBackoffIsInBackOff(t *testing.T) {
	clock := newFakeClock()
	b := NewFakeBackOff(time.Second, 8*time.Second, clock)
	start := clock.Now()
	assert.False(t, b.IsInBackOffSince("x", start), "no entry")
	b.Next("x", start)
	b.Next("x", start) // 2s
	tests := []struct {
		name          string
		step          time.Duration
		since, update bool
	}{
		{"right away", 0, true, true},
		{"after 1s", time.Second, true, true},
		{"after 2s", time.Second, false, false},
		{"after 20s expired", 18 * time.Second, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock.Step(tt.step)
			if got := b.IsInBackOffSince("x", start); got != tt.since {
				t.Errorf("IsInBackOffSince: got %t, want %t", got, tt.since)
			}
			if got := b.IsInBackOffSinceUpdate("x", clock.Now()); got != tt.update {
				t.Errorf("IsInBackOffSinceUpdate: got %t, want %t", got, tt.update)
			}
		})
	}
}

func TestBackoffGC(t *testing.T) {
	clock := newFakeClock()
	b := NewFakeBackOff(time.Second, 10*time.Second, clock)
	b.Next("old", clock.Now())
	clock.Step(15 * time.Second)
	b.Next("new", clock.Now())
	clock.Step(10 * time.Second) // old idle 25s > 20s, new idle 10s
	b.GC()
	assert.Equal(t, time.Duration(0), b.Get("old"), "old entry collected")
	assert.Equal(t, time.Second, b.Get("new"), "recent entry kept")
}

func TestBackoffHasExpiredFunc(t *testing.T) {
	clock := newFakeClock()
	b := NewFakeBackOff(time.Second, 10*time.Second, clock)
	b.HasExpiredFunc = func(eventTime, lastUpdate time.Time, maxDuration time.Duration) bool { return true }
	b.Next("a", clock.Now())
	b.Next("a", clock.Now())
	assert.Equal(t, time.Second, b.Get("a"), "always-expired entries never grow")
}

func TestBackoffJitter(t *testing.T) {
	clock := newFakeClock()
	b := NewFakeBackOffWithJitter(time.Second, 100*time.Second, clock, 0.5)
	b.Next("a", clock.Now())
	got := b.Get("a")
	if got < time.Second || got > 1500*time.Millisecond {
		t.Errorf("first step with jitter: got %v, want within [1s, 1.5s]", got)
	}
	prev := got
	b.Next("a", clock.Now())
	got = b.Get("a")
	if got < 2*prev || got > 2*prev+prev/2 {
		t.Errorf("second step with jitter: got %v, want within [%v, %v]", got, 2*prev, 2*prev+prev/2)
	}
}

func TestBackoffZeroValue(t *testing.T) {
	var b Backoff
	b.Next("a", time.Now())
	assert.Equal(t, time.Duration(0), b.Get("a"), "zero Backoff has a zero initial duration and does not panic")
}
