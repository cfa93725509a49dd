package wait

import (
	"context"
	"time"
)

// ConditionFunc reports whether a wait is over. A non-nil error ends the wait
// and is returned to the caller.
type ConditionFunc func() (done bool, err error)

// WithContext adapts cf to a ConditionWithContextFunc that ignores its
// context.
func (cf ConditionFunc) WithContext() ConditionWithContextFunc {
	return func(context.Context) (bool, error) {
		return cf()
	}
}

// ConditionWithContextFunc is ConditionFunc that receives the loop's context.
type ConditionWithContextFunc func(context.Context) (done bool, err error)

// loopConditionUntilContext runs condition on t's schedule until it is done,
// fails, or ctx ends; in the last case it returns ctx.Err() unchanged.
func loopConditionUntilContext(ctx context.Context, t Timer, immediate, sliding bool, condition ConditionWithContextFunc) error {
	err, interrupted := runLoop(ctx, t, immediate, sliding, condition)
	if interrupted {
		return ctx.Err()
	}
	return err
}

// runLoop is the single poll loop. It returns the condition's error, or
// interrupted=true when ctx ended before the condition was done. The timer
// is stopped on return.
func runLoop(ctx context.Context, t Timer, immediate, sliding bool, condition ConditionWithContextFunc) (err error, interrupted bool) {
	defer t.Stop()
	var tick <-chan time.Time
	if !sliding {
		tick = t.C() // the period runs from the start of each attempt
	}
	if immediate {
		if ok, err := condition(ctx); err != nil || ok {
			return err, false
		}
	}
	if sliding {
		tick = t.C() // the period runs from the end of each attempt
	}
	done := ctx.Done()
	for {
		select {
		case <-done:
			return nil, true
		case <-tick:
		}
		// A timer that is always ready could win the select above over a
		// done context forever, so check the context again explicitly.
		if ctx.Err() != nil {
			return nil, true
		}
		if !sliding {
			t.Next()
		}
		if ok, err := condition(ctx); err != nil || ok {
			return err, false
		}
		if sliding {
			t.Next()
		}
	}
}
