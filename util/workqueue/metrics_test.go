package workqueue

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// fakeProvider records every metric by "<queue>/<metric>".
type fakeProvider struct {
	mu       sync.Mutex
	counts   map[string]int
	values   map[string]float64
	observed map[string][]float64
}

func newFakeProvider() *fakeProvider {
	return &fakeProvider{counts: map[string]int{}, values: map[string]float64{}, observed: map[string][]float64{}}
}

type fakeMetric struct {
	p   *fakeProvider
	key string
}

func (m fakeMetric) Inc() { m.p.mu.Lock(); m.p.counts[m.key]++; m.p.mu.Unlock() }
func (m fakeMetric) Dec() { m.p.mu.Lock(); m.p.counts[m.key]--; m.p.mu.Unlock() }
func (m fakeMetric) Set(v float64) {
	m.p.mu.Lock()
	m.p.values[m.key] = v
	m.p.mu.Unlock()
}
func (m fakeMetric) Observe(v float64) {
	m.p.mu.Lock()
	m.p.observed[m.key] = append(m.p.observed[m.key], v)
	m.p.mu.Unlock()
}

func (p *fakeProvider) metric(name, what string) fakeMetric { return fakeMetric{p, name + "/" + what} }

func (p *fakeProvider) NewDepthMetric(n string) GaugeMetric  { return p.metric(n, "depth") }
func (p *fakeProvider) NewAddsMetric(n string) CounterMetric { return p.metric(n, "adds") }
func (p *fakeProvider) NewLatencyMetric(n string) HistogramMetric {
	return p.metric(n, "latency")
}
func (p *fakeProvider) NewWorkDurationMetric(n string) HistogramMetric {
	return p.metric(n, "work")
}
func (p *fakeProvider) NewUnfinishedWorkSecondsMetric(n string) SettableGaugeMetric {
	return p.metric(n, "unfinished")
}
func (p *fakeProvider) NewLongestRunningProcessorSecondsMetric(n string) SettableGaugeMetric {
	return p.metric(n, "longest")
}
func (p *fakeProvider) NewRetriesMetric(n string) CounterMetric { return p.metric(n, "retries") }

func (p *fakeProvider) snapshot() (map[string]int, map[string]float64, map[string][]float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	counts, values, observed := map[string]int{}, map[string]float64{}, map[string][]float64{}
	for k, v := range p.counts {
		counts[k] = v
	}
	for k, v := range p.values {
		values[k] = v
	}
	for k, v := range p.observed {
		observed[k] = append([]float64(nil), v...)
	}
	return counts, values, observed
}

func TestQueueMetrics(t *testing.T) {
	checkNoGoroutineLeak(t)
	p := newFakeProvider()
	clock := newFakeClock()
	q := NewTypedWithConfig(TypedQueueConfig[string]{Name: "q", MetricsProvider: p, Clock: clock})
	defer q.ShutDown()
	clock.waitForAfter(t, unfinishedWorkInterval)

	q.Add("a")
	q.Add("b")
	q.Add("a") // deduplicated: not counted
	clock.Step(time.Second)
	clock.waitForAfter(t, unfinishedWorkInterval)
	item, _ := q.Get()
	clock.Step(2 * time.Second)
	clock.waitForAfter(t, unfinishedWorkInterval)
	q.Done(item)

	counts, values, observed := p.snapshot()
	assert.Equal(t, map[string]int{"q/adds": 2, "q/depth": 1}, counts)
	assert.Equal(t, map[string]float64{"q/unfinished": 2, "q/longest": 2}, values)
	assert.Equal(t, map[string][]float64{"q/latency": {1}, "q/work": {2}}, observed)
}

func TestQueueMetricsUnnamedQueueReportsNothing(t *testing.T) {
	p := newFakeProvider()
	q := NewTypedWithConfig(TypedQueueConfig[string]{MetricsProvider: p})
	q.Add("a")
	q.ShutDown()
	counts, _, _ := p.snapshot()
	assert.Empty(t, counts)
}

func TestDelayingQueueRetryMetric(t *testing.T) {
	p := newFakeProvider()
	q := NewTypedDelayingQueueWithConfig(TypedDelayingQueueConfig[string]{Name: "d", MetricsProvider: p})
	defer q.ShutDown()
	q.AddAfter("a", 0)
	q.AddAfter("b", -1)
	counts, _, _ := p.snapshot()
	assert.Equal(t, 2, counts["d/retries"])
}

// globalTestProvider is the provider TestSetProvider installs; it stays
// the same across -count runs because SetProvider only takes the first.
var globalTestProvider = newFakeProvider()

func TestSetProvider(t *testing.T) {
	SetProvider(globalTestProvider)
	SetProvider(newFakeProvider()) // ignored: the first call wins
	before, _, _ := globalTestProvider.snapshot()
	q := NewNamed("global")
	q.Add("a")
	q.ShutDown()
	after, _, _ := globalTestProvider.snapshot()
	assert.Equal(t, before["global/adds"]+1, after["global/adds"])
}
