package wait

import (
	"context"
	"time"
)

// ContextForChannel returns a context that is done when parentCh closes. It
// has no deadline and no values, and starts no goroutine; its Err is
// context.Canceled once parentCh is closed. A nil parentCh never closes.
func ContextForChannel(parentCh <-chan struct{}) context.Context {
	return channelContext{done: parentCh}
}

// channelContext adapts a stop channel to context.Context.
type channelContext struct {
	done <-chan struct{}
}

// Deadline reports that there is none.
func (channelContext) Deadline() (time.Time, bool) { return time.Time{}, false }

// Done returns the stop channel.
func (c channelContext) Done() <-chan struct{} { return c.done }

// Err returns context.Canceled once the stop channel is closed, else nil.
func (c channelContext) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

// Value returns nil: the context carries no values.
func (channelContext) Value(any) any { return nil }
