package cache

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// minimumResyncPeriod is the smallest per-handler resync period; shorter
// requests are raised to it.
const minimumResyncPeriod = time.Second

// sharedProcessor fans an informer's notifications out to its listeners.
// The value of each listeners entry says whether the listener is due for a
// resync in the current round: resync notifications go only to those.
type sharedProcessor struct {
	lock      sync.RWMutex
	listeners map[*processorListener]bool
	started   bool
	wg        sync.WaitGroup
}

// addListener registers l, starting its goroutines if the processor runs.
func (p *sharedProcessor) addListener(l *processorListener) ResourceEventHandlerRegistration {
	p.lock.Lock()
	defer p.lock.Unlock()
	if p.listeners == nil {
		p.listeners = map[*processorListener]bool{}
	}
	p.listeners[l] = true
	if p.started {
		p.startLocked(l)
	}
	return l
}

// startLocked runs l's goroutines. The caller holds the lock.
func (p *sharedProcessor) startLocked(l *processorListener) {
	p.wg.Add(1)
	go func() { defer p.wg.Done(); l.run() }()
}

// removeListener unregisters the listener behind handle and stops it. An
// unknown listener is not an error (it may have been removed already); a
// handle this processor did not make is.
func (p *sharedProcessor) removeListener(handle ResourceEventHandlerRegistration) error {
	l, ok := handle.(*processorListener)
	if !ok {
		return fmt.Errorf("removing event handler: %T is not a registration returned by this informer", handle)
	}
	p.lock.Lock()
	defer p.lock.Unlock()
	if _, ok := p.listeners[l]; !ok {
		return nil
	}
	delete(p.listeners, l)
	l.stop()
	return nil
}

// distribute queues a notification for to every listener, or with sync only to
// the listeners due for a resync.
func (p *sharedProcessor) distribute(notification interface{}, sync bool) {
	p.lock.RLock()
	defer p.lock.RUnlock()
	for l, syncing := range p.listeners {
		if !sync || syncing {
			l.add(notification)
		}
	}
}

// run starts every listener, waits for ctx to end, then stops them and waits
// for their goroutines.
func (p *sharedProcessor) run(ctx context.Context) {
	p.lock.Lock()
	for l := range p.listeners {
		p.startLocked(l)
	}
	p.started = true
	p.lock.Unlock()
	<-ctx.Done()
	p.lock.Lock()
	for l := range p.listeners {
		l.stop()
	}
	p.listeners = nil
	p.started = false
	p.lock.Unlock()
	p.wg.Wait()
}

// shouldResync marks which listeners are due for a resync now, schedules
// their next one, and reports whether any is due.
func (p *sharedProcessor) shouldResync() bool {
	p.lock.Lock()
	defer p.lock.Unlock()
	now := time.Now()
	due := false
	for l := range p.listeners {
		listenerDue := l.shouldResync(now)
		p.listeners[l] = listenerDue
		if listenerDue {
			due = true
			l.determineNextResync(now)
		}
	}
	return due
}

// resyncCheckPeriodChanged recomputes every listener's effective resync
// period for a new informer check period.
func (p *sharedProcessor) resyncCheckPeriodChanged(checkPeriod time.Duration) {
	p.lock.RLock()
	defer p.lock.RUnlock()
	for l := range p.listeners {
		l.setResyncPeriod(determineResyncPeriod(l.requestedResyncPeriod, checkPeriod))
	}
}

// determineResyncPeriod is the resync period a handler asking for desired
// gets from an informer checking every checkPeriod: none if either is 0,
// at least checkPeriod otherwise.
func determineResyncPeriod(desired, checkPeriod time.Duration) time.Duration {
	if desired == 0 || checkPeriod == 0 {
		return 0
	}
	return max(desired, checkPeriod)
}
