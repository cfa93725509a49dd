package wait

import (
	"context"
	"sync"
	"time"
)

// NeverStop is a stop channel that never closes.
var NeverStop <-chan struct{} = make(chan struct{})

// ForeverTestTimeout is a generous upper bound for tests that wait on
// something expected to happen promptly.
var ForeverTestTimeout = 30 * time.Second

// Forever calls f every period, for as long as the process runs.
func Forever(f func(), period time.Duration) {
	Until(f, period, NeverStop)
}

// Until calls f every period until stopCh closes. The period is measured
// from the end of each call. f runs at least once unless stopCh is already
// closed.
func Until(f func(), period time.Duration, stopCh <-chan struct{}) {
	JitterUntil(f, period, 0.0, true, stopCh)
}

// UntilWithContext calls f(ctx) every period until ctx ends, measuring the
// period from the end of each call.
func UntilWithContext(ctx context.Context, f func(context.Context), period time.Duration) {
	JitterUntilWithContext(ctx, f, period, 0.0, true)
}

// NonSlidingUntil is Until with the period measured from the start of each
// call, so a slow f does not stretch the schedule.
func NonSlidingUntil(f func(), period time.Duration, stopCh <-chan struct{}) {
	JitterUntil(f, period, 0.0, false, stopCh)
}

// NonSlidingUntilWithContext is UntilWithContext with the period measured
// from the start of each call.
func NonSlidingUntilWithContext(ctx context.Context, f func(context.Context), period time.Duration) {
	JitterUntilWithContext(ctx, f, period, 0.0, false)
}

// JitterUntil calls f periodically until stopCh closes. When jitterFactor is
// positive each wait is Jitter(period, jitterFactor). With sliding the wait
// starts after f returns, otherwise when f starts. f runs at least once
// unless stopCh is already closed; a panic in f is not recovered.
func JitterUntil(f func(), period time.Duration, jitterFactor float64, sliding bool, stopCh <-chan struct{}) {
	delay := func() time.Duration { return withJitter(period, jitterFactor) }
	runUntil(f, &variableTimer{fn: delay}, sliding, stopCh)
}

// JitterUntilWithContext is JitterUntil that calls f(ctx) and stops when ctx
// ends.
func JitterUntilWithContext(ctx context.Context, f func(context.Context), period time.Duration, jitterFactor float64, sliding bool) {
	JitterUntil(func() { f(ctx) }, period, jitterFactor, sliding, ctx.Done())
}

// runUntil calls f on t's schedule until stopCh closes, and stops t.
func runUntil(f func(), t Timer, sliding bool, stopCh <-chan struct{}) {
	defer t.Stop()
	armed := false
	arm := func() {
		if armed {
			t.Next()
			return
		}
		t.C()
		armed = true
	}
	for {
		select {
		case <-stopCh:
			return
		default:
		}
		if !sliding {
			arm()
		}
		f()
		if sliding {
			arm()
		}
		select {
		case <-stopCh:
			return
		case <-t.C():
		}
	}
}

// Group runs functions in goroutines and waits for all of them to return.
// The zero value is ready to use.
type Group struct {
	wg sync.WaitGroup
}

// Wait blocks until every function started on g has returned.
func (g *Group) Wait() {
	g.wg.Wait()
}

// Start runs f in a new goroutine tracked by g.
func (g *Group) Start(f func()) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		f()
	}()
}

// StartWithChannel runs f(stopCh) in a new goroutine tracked by g.
func (g *Group) StartWithChannel(stopCh <-chan struct{}, f func(stopCh <-chan struct{})) {
	g.Start(func() { f(stopCh) })
}

// StartWithContext runs f(ctx) in a new goroutine tracked by g.
func (g *Group) StartWithContext(ctx context.Context, f func(context.Context)) {
	g.Start(func() { f(ctx) })
}
