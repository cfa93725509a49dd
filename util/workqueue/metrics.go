package workqueue

import (
	"sync"
	"time"
)

// GaugeMetric is a metric that goes up and down (queue depth).
type GaugeMetric interface {
	Inc()
	Dec()
}

// SettableGaugeMetric is a metric set to a value (seconds of unfinished
// work, longest running processor).
type SettableGaugeMetric interface {
	Set(float64)
}

// CounterMetric is a metric that only goes up (adds, retries).
type CounterMetric interface {
	Inc()
}

// SummaryMetric observes values into a summary.
type SummaryMetric interface {
	Observe(float64)
}

// HistogramMetric observes values into a histogram (latency and work
// duration, in seconds).
type HistogramMetric interface {
	Observe(float64)
}

// MetricsProvider creates the metrics of a named queue. Each method is
// called once per queue with the queue's name.
type MetricsProvider interface {
	NewDepthMetric(name string) GaugeMetric
	NewAddsMetric(name string) CounterMetric
	NewLatencyMetric(name string) HistogramMetric
	NewWorkDurationMetric(name string) HistogramMetric
	NewUnfinishedWorkSecondsMetric(name string) SettableGaugeMetric
	NewLongestRunningProcessorSecondsMetric(name string) SettableGaugeMetric
	NewRetriesMetric(name string) CounterMetric
}

// globalProvider holds the provider set by SetProvider.
var globalProvider struct {
	once     sync.Once
	mu       sync.Mutex
	provider MetricsProvider
}

// SetProvider sets the MetricsProvider of queues created afterwards without
// one in their config. Only the first call has an effect; queues created
// before it report no metrics.
func SetProvider(metricsProvider MetricsProvider) {
	globalProvider.once.Do(func() {
		globalProvider.mu.Lock()
		defer globalProvider.mu.Unlock()
		globalProvider.provider = metricsProvider
	})
}

// providerOrGlobal returns p, or the provider set with SetProvider.
func providerOrGlobal(p MetricsProvider) MetricsProvider {
	if p != nil {
		return p
	}
	globalProvider.mu.Lock()
	defer globalProvider.mu.Unlock()
	return globalProvider.provider
}

// unfinishedWorkInterval is how often the unfinished-work gauges update.
const unfinishedWorkInterval = 500 * time.Millisecond

// queueMetrics records a queue's metrics; every call is made under the
// queue's lock.
type queueMetrics[T comparable] interface {
	add(item T)
	get(item T)
	done(item T)
	updateUnfinishedWork()
}

// noopQueueMetrics records nothing: the queue is unnamed or has no provider.
type noopQueueMetrics[T comparable] struct{}

func (noopQueueMetrics[T]) add(T)                 {}
func (noopQueueMetrics[T]) get(T)                 {}
func (noopQueueMetrics[T]) done(T)                {}
func (noopQueueMetrics[T]) updateUnfinishedWork() {}

// newQueueMetrics returns the metrics of the queue called name.
func newQueueMetrics[T comparable](p MetricsProvider, name string, clock Clock) queueMetrics[T] {
	p = providerOrGlobal(p)
	if p == nil || name == "" {
		return noopQueueMetrics[T]{}
	}
	return &defaultQueueMetrics[T]{
		clock:          clock,
		depth:          p.NewDepthMetric(name),
		adds:           p.NewAddsMetric(name),
		latency:        p.NewLatencyMetric(name),
		workDuration:   p.NewWorkDurationMetric(name),
		unfinished:     p.NewUnfinishedWorkSecondsMetric(name),
		longestRunning: p.NewLongestRunningProcessorSecondsMetric(name),
		addTimes:       map[T]time.Time{},
		processing:     map[T]time.Time{},
	}
}

// defaultQueueMetrics records depth, adds, queue latency, work duration and
// unfinished work of one queue.
type defaultQueueMetrics[T comparable] struct {
	clock          Clock
	depth          GaugeMetric
	adds           CounterMetric
	latency        HistogramMetric
	workDuration   HistogramMetric
	unfinished     SettableGaugeMetric
	longestRunning SettableGaugeMetric
	addTimes       map[T]time.Time // first add of each waiting item
	processing     map[T]time.Time // start of each item in processing
}

func (m *defaultQueueMetrics[T]) add(item T) {
	m.adds.Inc()
	m.depth.Inc()
	if _, ok := m.addTimes[item]; !ok {
		m.addTimes[item] = m.clock.Now()
	}
}

func (m *defaultQueueMetrics[T]) get(item T) {
	m.depth.Dec()
	m.processing[item] = m.clock.Now()
	if start, ok := m.addTimes[item]; ok {
		m.latency.Observe(m.clock.Since(start).Seconds())
		delete(m.addTimes, item)
	}
}

func (m *defaultQueueMetrics[T]) done(item T) {
	if start, ok := m.processing[item]; ok {
		m.workDuration.Observe(m.clock.Since(start).Seconds())
		delete(m.processing, item)
	}
}

func (m *defaultQueueMetrics[T]) updateUnfinishedWork() {
	var total, longest float64
	for _, start := range m.processing {
		d := m.clock.Since(start).Seconds()
		total += d
		longest = max(longest, d)
	}
	m.unfinished.Set(total)
	m.longestRunning.Set(longest)
}

// updateUnfinishedWorkLoop refreshes the unfinished-work gauges until the
// queue shuts down.
func (q *Typed[T]) updateUnfinishedWorkLoop(clock Clock) {
	for {
		select {
		case <-q.stopCh:
			return
		case <-clock.After(unfinishedWorkInterval):
		}
		q.cond.L.Lock()
		q.metrics.updateUnfinishedWork()
		q.cond.L.Unlock()
	}
}

// retryMetrics counts the retries (AddAfter calls) of a delaying queue.
type retryMetrics interface {
	retry()
}

type noopRetryMetrics struct{}

func (noopRetryMetrics) retry() {}

type defaultRetryMetrics struct{ retries CounterMetric }

func (m defaultRetryMetrics) retry() { m.retries.Inc() }

// newRetryMetrics returns the retry metrics of the queue called name.
func newRetryMetrics(p MetricsProvider, name string) retryMetrics {
	p = providerOrGlobal(p)
	if p == nil || name == "" {
		return noopRetryMetrics{}
	}
	return defaultRetryMetrics{retries: p.NewRetriesMetric(name)}
}
