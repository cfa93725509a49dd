package wait

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunUntil(t *testing.T) {
	tests := []struct {
		name      string
		sliding   bool
		stopAfter int
		wantCs    int // at least
		wantNexts int
	}{
		{name: "sliding arms after f", sliding: true, stopAfter: 3, wantNexts: 2},
		{name: "non-sliding arms before f", sliding: false, stopAfter: 3, wantNexts: 2},
		{name: "single call", sliding: true, stopAfter: 1, wantNexts: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stop := make(chan struct{})
			timer := newFakeTimer(10)
			calls := 0
			runUntil(func() {
				calls++
				if calls == tt.stopAfter {
					close(stop)
				}
			}, timer, tt.sliding, stop)
			if calls != tt.stopAfter {
				t.Errorf("calls: got %d, want %d", calls, tt.stopAfter)
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

func TestUntilFamily(t *testing.T) {
	tests := []struct {
		name string
		run  func(f func(), stop chan struct{})
	}{
		{"Until", func(f func(), stop chan struct{}) { Until(f, time.Millisecond, stop) }},
		{"NonSlidingUntil", func(f func(), stop chan struct{}) { NonSlidingUntil(f, time.Millisecond, stop) }},
		{"JitterUntil", func(f func(), stop chan struct{}) { JitterUntil(f, time.Millisecond, 1.0, true, stop) }},
		{"UntilWithContext", func(f func(), stop chan struct{}) {
			UntilWithContext(ContextForChannel(stop), func(context.Context) { f() }, time.Millisecond)
		}},
		{"NonSlidingUntilWithContext", func(f func(), stop chan struct{}) {
			NonSlidingUntilWithContext(ContextForChannel(stop), func(context.Context) { f() }, time.Millisecond)
		}},
		{"JitterUntilWithContext", func(f func(), stop chan struct{}) {
			JitterUntilWithContext(ContextForChannel(stop), func(context.Context) { f() }, time.Millisecond, 0.5, false)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			stop := make(chan struct{})
			calls := 0
			tt.run(func() {
				calls++
				if calls == 3 {
					close(stop)
				}
			}, stop)
			if calls != 3 {
				t.Errorf("calls: got %d, want 3", calls)
			}
		})
	}
}

func TestUntilStoppedBeforeStart(t *testing.T) {
	stop := make(chan struct{})
	close(stop)
	Until(func() { t.Error("f ran although stop was closed") }, time.Millisecond, stop)
}

func TestGroup(t *testing.T) {
	checkNoGoroutineLeak(t)
	var g Group
	var n atomic.Int32
	stop := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	g.Start(func() { n.Add(1) })
	g.StartWithChannel(stop, func(s <-chan struct{}) { <-s; n.Add(1) })
	g.StartWithContext(ctx, func(c context.Context) { <-c.Done(); n.Add(1) })
	close(stop)
	cancel()
	g.Wait()
	if got := n.Load(); got != 3 {
		t.Errorf("finished functions: got %d, want 3", got)
	}
}

func TestContextForChannel(t *testing.T) {
	ch := make(chan struct{})
	ctx := ContextForChannel(ch)
	if err := ctx.Err(); err != nil {
		t.Errorf("Err before close: got %v, want nil", err)
	}
	if _, ok := ctx.Deadline(); ok {
		t.Errorf("Deadline: got ok, want none")
	}
	if v := ctx.Value("k"); v != nil {
		t.Errorf("Value: got %v, want nil", v)
	}
	child, cancel := context.WithCancel(ctx)
	defer cancel()
	close(ch)
	select {
	case <-ctx.Done():
	default:
		t.Fatal("Done not closed after the channel closed")
	}
	if err := ctx.Err(); err != context.Canceled {
		t.Errorf("Err after close: got %v, want context.Canceled", err)
	}
	select {
	case <-child.Done():
	case <-time.After(ForeverTestTimeout):
		t.Fatal("child context not cancelled")
	}
	if ContextForChannel(nil).Err() != nil {
		t.Errorf("nil channel context: got an error, want nil")
	}
}
