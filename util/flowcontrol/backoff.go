package flowcontrol

import (
	"math/rand"
	"sync"
	"time"
)

type backoffEntry struct {
	backoff    time.Duration
	lastUpdate time.Time
}

// Backoff tracks an exponential backoff per key. Next starts a key at the
// initial duration and doubles it on each call up to the maximum; a key idle
// for more than twice the maximum starts over.
type Backoff struct {
	sync.RWMutex
	// Clock tells the time; NewBackOff sets the real clock.
	Clock Clock
	// HasExpiredFunc decides whether an entry last updated at lastUpdate
	// has expired at eventTime. Default (nil): idle for more than
	// 2*maxDuration.
	HasExpiredFunc func(eventTime time.Time, lastUpdate time.Time, maxDuration time.Duration) bool

	defaultDuration time.Duration
	maxDuration     time.Duration
	perItemBackoff  map[string]*backoffEntry
	rand            *rand.Rand
	maxJitterFactor float64
}

// NewBackOff returns a Backoff from initial to max on the real clock.
func NewBackOff(initial, max time.Duration) *Backoff {
	return NewBackOffWithJitter(initial, max, 0)
}

// NewBackOffWithJitter is NewBackOff that adds up to maxJitterFactor times
// the current duration as random jitter to each step.
func NewBackOffWithJitter(initial, max time.Duration, maxJitterFactor float64) *Backoff {
	return NewFakeBackOffWithJitter(initial, max, realClock{}, maxJitterFactor)
}

// NewFakeBackOff is NewBackOff on the clock tc, for tests.
func NewFakeBackOff(initial, max time.Duration, tc Clock) *Backoff {
	return NewFakeBackOffWithJitter(initial, max, tc, 0)
}

// NewFakeBackOffWithJitter is NewBackOffWithJitter on the clock tc.
func NewFakeBackOffWithJitter(initial, max time.Duration, tc Clock, maxJitterFactor float64) *Backoff {
	b := &Backoff{
		Clock:           tc,
		defaultDuration: initial,
		maxDuration:     max,
		perItemBackoff:  map[string]*backoffEntry{},
		maxJitterFactor: maxJitterFactor,
	}
	if maxJitterFactor > 0 {
		b.rand = rand.New(rand.NewSource(time.Now().UnixNano())) //nolint:gosec // jitter, not security
	}
	return b
}

// Get returns the current backoff of id, or 0 if it has none.
func (p *Backoff) Get(id string) time.Duration {
	p.RLock()
	defer p.RUnlock()
	if entry, ok := p.perItemBackoff[id]; ok {
		return entry.backoff
	}
	return 0
}

// Next moves id one step on: the initial duration for a new or expired
// entry, otherwise double the current one, capped at the maximum.
func (p *Backoff) Next(id string, eventTime time.Time) {
	p.Lock()
	defer p.Unlock()
	if p.perItemBackoff == nil {
		p.perItemBackoff = map[string]*backoffEntry{}
	}
	entry, ok := p.perItemBackoff[id]
	if !ok || p.hasExpired(eventTime, entry.lastUpdate, p.maxDuration) {
		entry = &backoffEntry{backoff: p.defaultDuration}
		p.perItemBackoff[id] = entry
		entry.backoff += p.jitter(entry.backoff)
	} else {
		delay := entry.backoff*2 + p.jitter(entry.backoff)
		entry.backoff = min(delay, p.maxDuration)
	}
	entry.lastUpdate = p.clock().Now()
}

// Reset forgets id's backoff.
func (p *Backoff) Reset(id string) {
	p.Lock()
	defer p.Unlock()
	delete(p.perItemBackoff, id)
}

// IsInBackOffSince reports whether less than id's backoff has passed since
// eventTime (and the entry has not expired).
func (p *Backoff) IsInBackOffSince(id string, eventTime time.Time) bool {
	p.RLock()
	defer p.RUnlock()
	entry, ok := p.perItemBackoff[id]
	if !ok || p.hasExpired(eventTime, entry.lastUpdate, p.maxDuration) {
		return false
	}
	return p.clock().Since(eventTime) < entry.backoff
}

// IsInBackOffSinceUpdate reports whether eventTime is less than id's
// backoff after its last update (and the entry has not expired).
func (p *Backoff) IsInBackOffSinceUpdate(id string, eventTime time.Time) bool {
	p.RLock()
	defer p.RUnlock()
	entry, ok := p.perItemBackoff[id]
	if !ok || p.hasExpired(eventTime, entry.lastUpdate, p.maxDuration) {
		return false
	}
	return eventTime.Sub(entry.lastUpdate) < entry.backoff
}

// GC removes the entries that have expired by now.
func (p *Backoff) GC() {
	p.Lock()
	defer p.Unlock()
	now := p.clock().Now()
	for id, entry := range p.perItemBackoff {
		if p.hasExpired(now, entry.lastUpdate, p.maxDuration) {
			delete(p.perItemBackoff, id)
		}
	}
}

// DeleteEntry removes id's entry.
func (p *Backoff) DeleteEntry(id string) {
	p.Lock()
	defer p.Unlock()
	delete(p.perItemBackoff, id)
}

func (p *Backoff) hasExpired(eventTime, lastUpdate time.Time, maxDuration time.Duration) bool {
	if p.HasExpiredFunc != nil {
		return p.HasExpiredFunc(eventTime, lastUpdate, maxDuration)
	}
	return eventTime.Sub(lastUpdate) > maxDuration*2
}

func (p *Backoff) jitter(d time.Duration) time.Duration {
	if p.rand == nil {
		return 0
	}
	return time.Duration(p.rand.Float64() * p.maxJitterFactor * float64(d))
}

// clock returns the configured clock, or the real one for a zero Backoff
// whose Clock was never set.
func (p *Backoff) clock() Clock {
	if p.Clock == nil {
		return realClock{}
	}
	return p.Clock
}
