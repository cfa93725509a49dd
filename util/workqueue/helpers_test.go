package workqueue

import (
	"runtime"
	"sync"
	"testing"
	"time"
)

// fakeClock is a manual Clock: time moves only on Step, and every After
// call is reported on afterCalls so tests can wait for a goroutine to block.
type fakeClock struct {
	mu         sync.Mutex
	now        time.Time
	waiters    []fakeWaiter
	afterCalls chan time.Duration
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{
		now:        time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		afterCalls: make(chan time.Duration, 10000),
	}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Since(t time.Time) time.Duration { return c.Now().Sub(t) }

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
	} else {
		c.waiters = append(c.waiters, fakeWaiter{at: c.now.Add(d), ch: ch})
	}
	select {
	case c.afterCalls <- d:
	default:
	}
	return ch
}

// Step advances the clock and fires the waiters now due.
func (c *fakeClock) Step(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if w.at.After(c.now) {
			kept = append(kept, w)
			continue
		}
		w.ch <- c.now
	}
	c.waiters = kept
}

// waitForAfter blocks until some goroutine calls After(d).
func (c *fakeClock) waitForAfter(t *testing.T, d time.Duration) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case got := <-c.afterCalls:
			if got == d {
				return
			}
		case <-deadline:
			t.Fatalf("no After(%v) call within 10s", d)
		}
	}
}

// checkNoGoroutineLeak fails the test if, at its end, more goroutines run
// than at its start (after giving finished ones time to exit).
func checkNoGoroutineLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond) // polling for exit, not asserting time
		}
		if got := runtime.NumGoroutine(); got > before {
			t.Errorf("goroutines: got %d after the test, want at most %d", got, before)
		}
	})
}

// getAsync calls q.Get in a goroutine and delivers its result.
type getResult[T any] struct {
	item     T
	shutdown bool
}

func getAsync[T comparable](q TypedInterface[T]) <-chan getResult[T] {
	ch := make(chan getResult[T], 1)
	go func() {
		item, shutdown := q.Get()
		ch <- getResult[T]{item, shutdown}
	}()
	return ch
}

// receive waits for a value on ch, failing the test after 10s.
func receive[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatal("nothing received within 10s")
		panic("unreachable")
	}
}
