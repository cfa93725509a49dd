package wait

import "time"

// Timer is the clock a wait loop waits on. C returns the channel that fires
// when the current wait is over, arming the timer on first use. Next starts
// the following wait. Stop releases the timer's resources; call it when the
// loop ends.
type Timer interface {
	C() <-chan time.Time
	Next()
	Stop()
}

// Timer returns a Timer that follows b: a changing delay when b has more
// than one step or jitter, a fixed ticker when only Duration is set, and a
// timer that fires at once when Duration is zero or less.
func (b Backoff) Timer() Timer {
	if b.Steps > 1 || b.Jitter != 0 {
		return &variableTimer{fn: b.DelayFunc()}
	}
	if b.Duration > 0 {
		return &fixedTimer{interval: b.Duration}
	}
	return immediateTimer{}
}

// variableTimer waits fn() each time: a new delay per Next.
type variableTimer struct {
	fn DelayFunc
	t  *time.Timer
}

// C arms the timer with the first delay if needed and returns its channel.
func (v *variableTimer) C() <-chan time.Time {
	if v.t == nil {
		v.t = time.NewTimer(v.fn())
	}
	return v.t.C
}

// Next restarts the timer with the next delay; before the first C it does
// nothing, as C arms the timer.
func (v *variableTimer) Next() {
	if v.t == nil {
		return
	}
	v.t.Reset(v.fn())
}

// Stop stops the underlying timer, if armed.
func (v *variableTimer) Stop() {
	if v.t != nil {
		v.t.Stop()
	}
}

// fixedTimer ticks every interval.
type fixedTimer struct {
	interval time.Duration
	t        *time.Ticker
}

// C starts the ticker if needed and returns its channel.
func (f *fixedTimer) C() <-chan time.Time {
	if f.t == nil {
		f.t = time.NewTicker(f.interval)
	}
	return f.t.C
}

// Next restarts the ticker's period from now.
func (f *fixedTimer) Next() {
	if f.t != nil {
		f.t.Reset(f.interval)
	}
}

// Stop stops the ticker, if started.
func (f *fixedTimer) Stop() {
	if f.t != nil {
		f.t.Stop()
	}
}

// closedTimeChan is a channel that is always ready: the immediate timer's.
var closedTimeChan = func() chan time.Time {
	ch := make(chan time.Time)
	close(ch)
	return ch
}()

// immediateTimer never waits.
type immediateTimer struct{}

// C returns a closed channel, so a receive never blocks.
func (immediateTimer) C() <-chan time.Time { return closedTimeChan }

// Next does nothing.
func (immediateTimer) Next() {}

// Stop does nothing.
func (immediateTimer) Stop() {}
