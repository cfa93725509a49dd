package cache

import (
	"sync"
	"sync/atomic"
)

// CounterMetric counts events.
type CounterMetric interface {
	Inc()
}

// GaugeMetric holds a current value.
type GaugeMetric interface {
	Set(float64)
}

// SummaryMetric records observations.
type SummaryMetric interface {
	Observe(float64)
}

// MetricsProvider makes the metrics Reflectors report, one set per
// reflector name.
type MetricsProvider interface {
	NewListsMetric(name string) CounterMetric
	NewListDurationMetric(name string) SummaryMetric
	NewItemsInListMetric(name string) SummaryMetric

	NewWatchesMetric(name string) CounterMetric
	NewShortWatchesMetric(name string) CounterMetric
	NewWatchDurationMetric(name string) SummaryMetric
	NewItemsInWatchMetric(name string) SummaryMetric

	NewLastResourceVersionMetric(name string) GaugeMetric
}

// reflectorMetricsProvider is the provider SetReflectorMetricsProvider
// installed; nil means no metrics.
var (
	reflectorMetricsProvider atomic.Pointer[MetricsProvider]
	reflectorMetricsOnce     sync.Once
)

// SetReflectorMetricsProvider installs the provider every Reflector
// created afterwards reports to. Only the first call has an effect.
func SetReflectorMetricsProvider(metricsProvider MetricsProvider) {
	reflectorMetricsOnce.Do(func() {
		if metricsProvider != nil {
			reflectorMetricsProvider.Store(&metricsProvider)
		}
	})
}

// reflectorMetrics is one reflector's set of metrics; every field is
// non-nil.
type reflectorMetrics struct {
	lists        CounterMetric
	listDuration SummaryMetric
	listItems    SummaryMetric

	watches       CounterMetric
	shortWatches  CounterMetric
	watchDuration SummaryMetric
	watchItems    SummaryMetric

	lastResourceVersion GaugeMetric
}

// newReflectorMetrics makes the metrics of the reflector called name from
// the installed provider, or no-op metrics when there is none.
func newReflectorMetrics(name string) *reflectorMetrics {
	p := reflectorMetricsProvider.Load()
	if p == nil {
		n := noopMetric{}
		return &reflectorMetrics{n, n, n, n, n, n, n, n}
	}
	mp := *p
	return &reflectorMetrics{
		lists:               orNoop[CounterMetric](mp.NewListsMetric(name)),
		listDuration:        orNoop[SummaryMetric](mp.NewListDurationMetric(name)),
		listItems:           orNoop[SummaryMetric](mp.NewItemsInListMetric(name)),
		watches:             orNoop[CounterMetric](mp.NewWatchesMetric(name)),
		shortWatches:        orNoop[CounterMetric](mp.NewShortWatchesMetric(name)),
		watchDuration:       orNoop[SummaryMetric](mp.NewWatchDurationMetric(name)),
		watchItems:          orNoop[SummaryMetric](mp.NewItemsInWatchMetric(name)),
		lastResourceVersion: orNoop[GaugeMetric](mp.NewLastResourceVersionMetric(name)),
	}
}

// orNoop returns m, or a no-op metric when a provider returned nil.
func orNoop[M any](m M) M {
	if any(m) == nil {
		if n, ok := any(noopMetric{}).(M); ok {
			return n
		}
	}
	return m
}

// noopMetric is every metric kind, doing nothing.
type noopMetric struct{}

func (noopMetric) Inc()            {}
func (noopMetric) Set(float64)     {}
func (noopMetric) Observe(float64) {}
