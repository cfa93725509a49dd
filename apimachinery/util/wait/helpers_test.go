package wait

import (
	"runtime"
	"testing"
	"time"
)

// fakeTimer is a Timer driven by the test: ticks are whatever is queued in
// ch, and calls to Next and Stop are counted.
type fakeTimer struct {
	ch    chan time.Time
	cs    int
	nexts int
	stops int
}

// newFakeTimer returns a fakeTimer with ticks ready ticks queued.
func newFakeTimer(ticks int) *fakeTimer {
	ch := make(chan time.Time, ticks)
	for i := 0; i < ticks; i++ {
		ch <- time.Time{}
	}
	return &fakeTimer{ch: ch}
}

func (f *fakeTimer) C() <-chan time.Time { f.cs++; return f.ch }
func (f *fakeTimer) Next()               { f.nexts++ }
func (f *fakeTimer) Stop()               { f.stops++ }

// checkNoGoroutineLeak records the goroutine count and, at cleanup, fails
// the test if more goroutines are still running after a grace period.
func checkNoGoroutineLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		for {
			got := runtime.NumGoroutine()
			if got <= before {
				return
			}
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<16)
				n := runtime.Stack(buf, true)
				t.Errorf("goroutines: got %d, want <= %d\n%s", got, before, buf[:n])
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}
