package cache

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// reflectorState is a state of the reflector's state machine. A
// list-and-watch cycle goes start -> (watchList | list) -> watch, looping in
// watch while watches end cleanly; the error that needs a relist moves it
// to backoff, which Run waits out before the next start.
type reflectorState int

const (
	// stateStart begins a cycle: it starts the resync timer and chooses
	// between watch-list and list.
	stateStart reflectorState = iota
	// stateWatchList streams the initial state through a watch with
	// sendInitialEvents and replaces the store at its end bookmark.
	stateWatchList
	// stateWatchListBackoff waits, then retries the watch-list.
	stateWatchListBackoff
	// stateList lists and replaces the store. Pages are tools/pager's job
	// within this state: it follows continue tokens and, when a token
	// expires, lists everything at once at the requested version.
	stateList
	// stateWatch applies the events of one watch from the last resource
	// version.
	stateWatch
	// stateWatchBackoff waits, then re-watches without relisting.
	stateWatchBackoff
	// stateBackoff ends a cycle: Run waits, then starts over with a list.
	stateBackoff
	// stateStopped is final: the context is done.
	stateStopped
)

var reflectorStateNames = [...]string{"start", "watch-list", "watch-list-backoff", "list", "watch", "watch-backoff", "backoff", "stopped"}

// String names the state.
func (s reflectorState) String() string {
	if s < 0 || int(s) >= len(reflectorStateNames) {
		return fmt.Sprintf("reflectorState(%d)", int(s))
	}
	return reflectorStateNames[s]
}

// errStopRequested ends a watch because the reflector's context is done.
var errStopRequested = errors.New("cache: reflector stop requested")

// reflectorMachine holds the state of one Run or ListAndWatch call.
type reflectorMachine struct {
	r *Reflector
	// w is the watch a successful watch-list leaves open for stateWatch,
	// with wRV the resource version it had reached.
	w   watch.Interface
	wRV string
	// retry bounds re-watching after internal errors.
	retry RetryWithDeadline
	// resyncErr receives the error of a failed store Resync; stopResync
	// stops the resync timer of the cycle (nil when none runs).
	resyncErr  chan error
	stopResync context.CancelFunc
}

func newReflectorMachine(r *Reflector) *reflectorMachine {
	r.fillDefaults()
	return &reflectorMachine{
		r:         r,
		retry:     NewRetryWithDeadline(r.MaxInternalErrorRetryDuration, time.Minute, apierrors.IsInternalError, r.clock),
		resyncErr: make(chan error, 1),
	}
}

// fillDefaults gives a Reflector not made by a constructor (a zero
// value) the clock, backoff, logger and metrics the machine needs.
func (r *Reflector) fillDefaults() {
	if r.clock == nil {
		r.clock = realReflectorClock{}
	}
	if r.backoff == nil {
		r.backoff = newReflectorBackoff(r.clock)
	}
	if r.logger == nil {
		r.logger = slog.Default()
	}
	if r.metrics == nil {
		r.metrics = newReflectorMetrics(r.name)
	}
	if r.minWatchTimeout <= 0 {
		r.minWatchTimeout = defaultMinWatchTimeout
	}
}

// run steps from stateStart until stateStopped, or, with oneCycle, until
// the cycle ends in stateBackoff, whose error it returns. Without oneCycle
// the error ending each cycle goes to the watch error handler.
func (m *reflectorMachine) run(ctx context.Context, oneCycle bool) error {
	defer m.endCycle()
	st := stateStart
	for st != stateStopped {
		next, err := m.step(ctx, st)
		if next == stateBackoff {
			m.endCycle()
			if oneCycle {
				return err
			}
			if err != nil && m.r.watchErrorHandler != nil {
				m.r.watchErrorHandler(ctx, m.r, err)
			}
		} else if err != nil {
			m.r.logger.InfoContext(ctx, "reflector: retrying", "reflector", m.r.name, "type", m.r.typeDescription, "from", st.String(), "to", next.String(), "err", err)
		}
		st = next
	}
	return nil
}

// step performs state st and returns the next state, with the error that
// caused a failure transition.
func (m *reflectorMachine) step(ctx context.Context, st reflectorState) (reflectorState, error) {
	if ctx.Err() != nil {
		return stateStopped, nil
	}
	switch st {
	case stateStart:
		if m.r.store == nil || m.r.listerWatcher == nil {
			return stateBackoff, fmt.Errorf("cache: reflector %s needs a ListerWatcher and a store", m.r.name)
		}
		if m.r.useWatchList {
			return stateWatchList, nil
		}
		return stateList, nil
	case stateWatchList:
		return m.stepWatchList(ctx)
	case stateList:
		return m.stepList(ctx)
	case stateWatch:
		m.startResync(ctx)
		return m.stepWatch(ctx)
	case stateWatchListBackoff:
		return m.wait(ctx, stateWatchList), nil
	case stateWatchBackoff:
		return m.wait(ctx, stateWatch), nil
	case stateBackoff:
		return m.wait(ctx, stateStart), nil
	}
	return stateStopped, fmt.Errorf("cache: reflector %s: unknown state %v", m.r.name, st)
}

// wait backs off, then moves to next; stateStopped if ctx ends first.
func (m *reflectorMachine) wait(ctx context.Context, next reflectorState) reflectorState {
	if !m.r.backoff.wait(ctx) {
		return stateStopped
	}
	return next
}

// stepList lists and replaces the store. An expired or too large resource
// version makes it list again at once for the latest state.
func (m *reflectorMachine) stepList(ctx context.Context) (reflectorState, error) {
	rv := m.r.relistResourceVersion()
	err := m.r.list(ctx, rv)
	switch {
	case err == nil:
		return stateWatch, nil
	case ctx.Err() != nil:
		return stateStopped, nil
	case rv != "" && (isExpiredError(err) || isTooLargeResourceVersionError(err)):
		m.r.setResourceVersionUnavailable(true)
		return stateList, err
	}
	return stateBackoff, fmt.Errorf("failed to list %s: %w", m.r.typeDescription, err)
}

// stepWatchList streams the initial state. Throttling and refused
// connections back off and retry; an expired resource version retries for
// the latest state; any other failure falls back to list for this cycle.
func (m *reflectorMachine) stepWatchList(ctx context.Context) (reflectorState, error) {
	rv := m.r.watchListResourceVersion()
	w, endRV, err := m.r.watchList(ctx, rv)
	switch {
	case err == nil:
		m.w, m.wRV = w, endRV
		return stateWatch, nil
	case ctx.Err() != nil || errors.Is(err, errStopRequested):
		return stateStopped, nil
	case utilnet.IsConnectionRefused(err) || apierrors.IsTooManyRequests(err):
		return stateWatchListBackoff, err
	case rv != "" && (isExpiredError(err) || isTooLargeResourceVersionError(err)):
		m.r.setResourceVersionUnavailable(true)
		return stateWatchList, err
	}
	return stateList, fmt.Errorf("watch-list of %s failed, falling back to list: %w", m.r.typeDescription, err)
}

// stepWatch applies one watch, opening it unless a watch-list left one.
func (m *reflectorMachine) stepWatch(ctx context.Context) (reflectorState, error) {
	w, startRV := m.w, m.wRV
	m.w, m.wRV = nil, ""
	if w == nil {
		var err error
		startRV = m.r.LastSyncResourceVersion()
		w, err = m.r.startWatch(ctx, startRV)
		if err != nil {
			return m.watchStartFailed(ctx, err)
		}
	}
	err := m.r.handleWatch(ctx, w, startRV, m.resyncErr)
	m.retry.After(err)
	switch {
	case err == nil:
		return stateWatch, nil
	case errors.Is(err, errStopRequested) || ctx.Err() != nil:
		return stateStopped, nil
	case apierrors.IsTooManyRequests(err):
		return stateWatchBackoff, err
	case apierrors.IsInternalError(err) && m.retry.ShouldRetry():
		return stateWatch, err
	}
	return stateBackoff, err
}

// watchStartFailed moves on from a watch that could not be opened:
// throttling and refused connections back off and re-watch, anything else
// relists.
func (m *reflectorMachine) watchStartFailed(ctx context.Context, err error) (reflectorState, error) {
	switch {
	case ctx.Err() != nil:
		return stateStopped, nil
	case utilnet.IsConnectionRefused(err) || apierrors.IsTooManyRequests(err):
		return stateWatchBackoff, err
	}
	return stateBackoff, fmt.Errorf("failed to watch %s: %w", m.r.typeDescription, err)
}

// startResync starts the cycle's resync timer once, when the store has
// been filled and the reflector has a resync period.
func (m *reflectorMachine) startResync(ctx context.Context) {
	if m.stopResync != nil || m.r.resyncPeriod <= 0 {
		return
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	m.stopResync = func() {
		cancel()
		<-done
	}
	go func() {
		defer close(done)
		m.r.resyncLoop(rctx, m.resyncErr)
	}()
}

// endCycle stops the resync timer and any watch left open.
func (m *reflectorMachine) endCycle() {
	if m.stopResync != nil {
		m.stopResync()
		m.stopResync = nil
	}
	if m.w != nil {
		m.w.Stop()
		m.w = nil
	}
	select {
	case <-m.resyncErr:
	default:
	}
}

// resyncLoop calls the store's Resync every resync period while
// ShouldResync allows, until ctx ends or Resync fails.
func (r *Reflector) resyncLoop(ctx context.Context, errc chan<- error) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.clock.After(r.resyncPeriod):
		}
		if r.ShouldResync != nil && !r.ShouldResync() {
			continue
		}
		if err := r.store.Resync(); err != nil {
			select {
			case errc <- fmt.Errorf("reflector %s: resync of %s: %w", r.name, r.typeDescription, err):
			default:
			}
			return
		}
	}
}
