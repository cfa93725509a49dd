package cache

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// TestListAndWatchReturnsCycleError checks that one cycle lists, watches
// and returns the error that needs a relist.
func TestListAndWatchReturnsCycleError(t *testing.T) {
	lw := &reflScriptLW{
		lists: []reflListAnswer{{obj: reflPodList("4", "a")}},
		watches: []reflWatchAnswer{
			{events: []watch.Event{reflEv(watch.Added, reflRvPod("b", "5"))}},
			{open: true, events: []watch.Event{reflStatusEvent(reflErrGone())}},
		},
	}
	store := reflNewRecordingStore()
	r := reflTestReflector(t, lw, store, false)
	err := r.ListAndWatch(make(chan struct{}))
	require.Error(t, err)
	assert.True(t, isExpiredError(err), "got %v, want 410", err)
	assert.Equal(t, []string{"ns/a", "ns/b"}, reflKeys(store))
	_, watches := lw.options()
	require.Len(t, watches, 2, "a clean watch end re-watches without relisting")
	assert.Equal(t, "4", watches[0].ResourceVersion)
	assert.Equal(t, "5", watches[1].ResourceVersion)
}

// TestRunReportsErrorsAndRelists runs a reflector whose first list fails:
// the handler hears of it, the reflector backs off and relists, and it
// stops when its context ends.
func TestRunReportsErrorsAndRelists(t *testing.T) {
	lw := &reflScriptLW{lists: []reflListAnswer{{err: reflErrForbidden()}, {obj: reflPodList("9", "a", "b")}}}
	store := reflNewRecordingStore()
	r := reflTestReflector(t, lw, store, false)
	var mu sync.Mutex
	var errs []error
	r.watchErrorHandler = func(_ context.Context, got *Reflector, err error) {
		assert.Same(t, r, got)
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.RunWithContext(ctx)
	}()
	require.Eventually(t, func() bool { return r.LastSyncResourceVersion() == "9" }, 10*time.Second, 5*time.Millisecond)
	cancel()
	<-done
	assert.Equal(t, []string{"ns/a", "ns/b"}, reflKeys(store))
	mu.Lock()
	defer mu.Unlock()
	require.Len(t, errs, 1)
	assert.True(t, apierrors.IsForbidden(errs[0]), "got %v", errs[0])
	assert.Contains(t, errs[0].Error(), "failed to list *v1.Pod")
}

// TestRunStopsOnStopChannel checks Run returns once stopCh closes, with a
// watch open.
func TestRunStopsOnStopChannel(t *testing.T) {
	r := reflTestReflector(t, &reflScriptLW{}, reflNewRecordingStore(), false)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.Run(stop)
	}()
	require.Eventually(t, func() bool { return r.LastSyncResourceVersion() == "" && len(reflScriptOf(r).watchOptsSnapshot()) > 0 }, 10*time.Second, 5*time.Millisecond)
	close(stop)
	<-done
}

func (s *reflScriptLW) watchOptsSnapshot() []metav1.ListOptions {
	_, w := s.options()
	return w
}

// TestResync checks that the store is resynced while ShouldResync allows
// and that a failing Resync ends the cycle with its error.
func TestResync(t *testing.T) {
	store := reflNewRecordingStore()
	r := reflTestReflector(t, &reflScriptLW{}, store, false)
	r.resyncPeriod = time.Millisecond
	var allow atomic.Bool
	r.ShouldResync = allow.Load
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- r.ListAndWatchWithContext(ctx) }()
	time.Sleep(20 * time.Millisecond)
	assert.Equal(t, 0, store.resyncCount(), "ShouldResync false: no resync")
	allow.Store(true)
	require.Eventually(t, func() bool { return store.resyncCount() >= 2 }, 10*time.Second, time.Millisecond)
	store.mu.Lock()
	store.resyncErr = reflErrTest
	store.mu.Unlock()
	select {
	case err := <-errc:
		require.ErrorIs(t, err, reflErrTest)
		assert.Contains(t, err.Error(), "resync")
	case <-time.After(10 * time.Second):
		t.Fatal("a failing resync did not end the cycle")
	}
	cancel()
}

// TestBackoffSequence checks the un-jittered waits: 800ms doubling to the
// 30s cap, and a reset after 2 minutes without a backoff.
func TestBackoffSequence(t *testing.T) {
	clock := &reflFakeClock{now: time.Unix(1000, 0)}
	b := newReflectorBackoff(clock)
	b.jitter = 0
	var got []time.Duration
	for range 8 {
		got = append(got, b.step())
		clock.advance(time.Second)
	}
	want := []time.Duration{800 * time.Millisecond, 1600 * time.Millisecond, 3200 * time.Millisecond, 6400 * time.Millisecond,
		12800 * time.Millisecond, 25600 * time.Millisecond, 30 * time.Second, 30 * time.Second}
	assert.Equal(t, want, got)
	clock.advance(2*time.Minute + time.Second)
	assert.Equal(t, 800*time.Millisecond, b.step(), "after 2 minutes the backoff starts over")

	b.jitter = 1.0
	for range 20 {
		clock.advance(3 * time.Minute)
		d := b.step()
		assert.True(t, d >= 800*time.Millisecond && d < 1600*time.Millisecond, "jittered first wait %v in [800ms,1.6s)", d)
	}
}

// reflFakeClock is a settable clock whose After fires at once.
type reflFakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *reflFakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *reflFakeClock) Since(t time.Time) time.Duration { return c.Now().Sub(t) }

func (c *reflFakeClock) After(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	ch <- c.Now().Add(d)
	return ch
}

func (c *reflFakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// TestRetryWithDeadline walks a run of errors through the deadline.
func TestRetryWithDeadline(t *testing.T) {
	retryable := func(err error) bool { return apierrors.IsInternalError(err) }
	type action struct {
		advance time.Duration
		err     error // recorded with After unless nil and check is set
		check   bool
		want    bool
	}
	tests := []struct {
		name    string
		max     time.Duration
		actions []action
	}{
		{name: "zero duration never retries", max: 0, actions: []action{{err: reflErrInternal()}, {check: true, want: false}}},
		{name: "no error yet: no retry", max: time.Minute, actions: []action{{check: true, want: false}}},
		{name: "within the deadline", max: time.Minute, actions: []action{
			{err: reflErrInternal()}, {advance: 30 * time.Second, check: true, want: true},
			{err: reflErrInternal()}, {advance: 30 * time.Second, check: true, want: true},
		}},
		{name: "past the deadline, then forgotten", max: time.Minute, actions: []action{
			{err: reflErrInternal()}, {advance: 40 * time.Second, err: reflErrInternal()},
			{advance: 40 * time.Second, check: true, want: false},
			{err: reflErrInternal()}, {check: true, want: true},
		}},
		{name: "a quiet period starts a new run", max: time.Minute, actions: []action{
			{err: reflErrInternal()}, {advance: 50 * time.Second, err: reflErrInternal()},
			{advance: 2 * time.Minute, err: reflErrInternal()}, {advance: 30 * time.Second, check: true, want: true},
		}},
		{name: "other errors do not count", max: time.Minute, actions: []action{
			{err: reflErrForbidden()}, {check: true, want: false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &reflFakeClock{now: time.Unix(1000, 0)}
			r := NewRetryWithDeadline(tt.max, time.Minute, retryable, clock)
			for i, a := range tt.actions {
				clock.advance(a.advance)
				if a.err != nil {
					r.After(a.err)
				}
				if a.check {
					assert.Equal(t, a.want, r.ShouldRetry(), "action %d", i)
				}
			}
		})
	}
}

// TestReflectorNames checks default names and type descriptions.
func TestReflectorNames(t *testing.T) {
	u := &unstructured.Unstructured{}
	u.SetAPIVersion("apps/v1")
	u.SetKind("Deployment")
	tests := []struct {
		name     string
		expected interface{}
		opts     ReflectorOptions
		wantName string
		wantType string
	}{
		{name: "typed", expected: &corev1.Pod{}, wantType: "*v1.Pod"},
		{name: "unstructured with kind", expected: u, wantType: "apps/v1, Kind=Deployment"},
		{name: "unstructured without kind", expected: &unstructured.Unstructured{}, wantType: "*unstructured.Unstructured"},
		{name: "nil", expected: nil, wantType: "<unspecified>"},
		{name: "explicit", expected: &corev1.Pod{}, opts: ReflectorOptions{Name: "pods", TypeDescription: "pods"}, wantName: "pods", wantType: "pods"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReflectorWithOptions(&ListWatch{}, tt.expected, NewStore(MetaNamespaceKeyFunc), tt.opts)
			if tt.wantName == "" {
				assert.True(t, strings.HasPrefix(r.Name(), "reflector_test.go:"), "default name %q names the caller", r.Name())
			} else {
				assert.Equal(t, tt.wantName, r.Name())
			}
			assert.Equal(t, tt.wantType, r.TypeDescription())
		})
	}
	assert.Equal(t, "named", NewNamedReflector("named", &ListWatch{}, nil, NewStore(MetaNamespaceKeyFunc), 0).Name())
	assert.True(t, strings.HasPrefix(NewReflector(&ListWatch{}, nil, NewStore(MetaNamespaceKeyFunc), 0).Name(), "reflector_test.go:"))
}

// TestMinWatchTimeout checks that only values above 5 minutes count.
func TestMinWatchTimeout(t *testing.T) {
	for _, tc := range []struct{ in, want time.Duration }{{0, 5 * time.Minute}, {time.Second, 5 * time.Minute}, {30 * time.Minute, 30 * time.Minute}} {
		r := NewReflectorWithOptions(&ListWatch{}, nil, NewStore(MetaNamespaceKeyFunc), ReflectorOptions{MinWatchTimeout: tc.in})
		assert.Equal(t, tc.want, r.minWatchTimeout, "MinWatchTimeout %v", tc.in)
		lo, hi := int64(tc.want.Seconds()), int64(2*tc.want.Seconds())
		for range 50 {
			got := *r.watchTimeout()
			assert.True(t, got >= lo && got < hi, "timeoutSeconds %d in [%d,%d)", got, lo, hi)
		}
	}
}

// reflNoWatchListLW declares watch-list unsupported.
type reflNoWatchListLW struct{ ListWatch }

func (reflNoWatchListLW) IsWatchListSemanticsUnSupported() bool { return true }

// TestWatchListGate checks the environment gate and the ListerWatcher's
// declaration.
func TestWatchListGate(t *testing.T) {
	tests := []struct {
		name string
		env  string
		lw   ListerWatcher
		want bool
	}{
		{name: "default on", lw: &ListWatch{}, want: true},
		{name: "env off", env: "false", lw: &ListWatch{}, want: false},
		{name: "env on", env: "true", lw: &ListWatch{}, want: true},
		{name: "unsupported by the lister-watcher", lw: &reflNoWatchListLW{}, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv(watchListClientEnv, tt.env)
			}
			assert.Equal(t, tt.want, watchListEnabled(tt.lw))
		})
	}
}

// TestListPageSize checks the limit of the lists the reflector sends.
func TestListPageSize(t *testing.T) {
	tests := []struct {
		name    string
		rv      string
		prepare func(r *Reflector)
		want    int64
	}{
		{name: "first list pages by 500", rv: "0", want: 500},
		{name: "relist at a version does not page", rv: "7", want: 0},
		{name: "relist after paged lists keeps paging", rv: "7", prepare: func(r *Reflector) { r.paginatedResult = true }, want: 500},
		{name: "explicit page size", rv: "7", prepare: func(r *Reflector) { r.WatchListPageSize = 42 }, want: 42},
		{name: "chunking disabled", rv: "0", prepare: func(r *Reflector) { r.disableChunking = true }, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lw := &reflScriptLW{lists: []reflListAnswer{{obj: reflPodList("9")}}}
			r := reflTestReflector(t, lw, reflNewRecordingStore(), false)
			if tt.prepare != nil {
				tt.prepare(r)
			}
			require.NoError(t, r.list(context.Background(), tt.rv))
			lists, _ := lw.options()
			assert.Equal(t, tt.want, lists[0].Limit)
		})
	}
	r := NewReflector(&ListWatch{DisableChunking: true}, nil, NewStore(MetaNamespaceKeyFunc), 0)
	assert.True(t, r.disableChunking, "a ListWatch's DisableChunking reaches the reflector")
}

// reflLogRecorder records the levels of log records.
type reflLogRecorder struct {
	mu     sync.Mutex
	levels []slog.Level
}

func (h *reflLogRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *reflLogRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.levels = append(h.levels, r.Level)
	return nil
}
func (h *reflLogRecorder) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *reflLogRecorder) WithGroup(string) slog.Handler      { return h }

// TestDefaultWatchErrorHandler checks the log level per error kind.
func TestDefaultWatchErrorHandler(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want []slog.Level
	}{
		{name: "expired", err: fmt.Errorf("watch: %w", reflErrGone()), want: []slog.Level{slog.LevelDebug}},
		{name: "EOF", err: io.EOF, want: nil},
		{name: "unexpected EOF", err: io.ErrUnexpectedEOF, want: []slog.Level{slog.LevelDebug}},
		{name: "other", err: errors.New("boom"), want: []slog.Level{slog.LevelError}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &reflLogRecorder{}
			r := NewNamedReflector("r", &ListWatch{}, nil, NewStore(MetaNamespaceKeyFunc), 0)
			r.logger = slog.New(h)
			DefaultWatchErrorHandler(context.Background(), r, tt.err)
			assert.Equal(t, tt.want, h.levels)
		})
	}
}

// TestVeryShortWatchError checks the message names the reflector.
func TestVeryShortWatchError(t *testing.T) {
	err := error(&VeryShortWatchError{Name: "pods"})
	assert.Equal(t, "very short watch: pods: unexpected watch close - watch lasted less than a second and no items received", err.Error())
}

// TestNamespaceKeyedIndexerAndReflector checks the pair is wired together.
func TestNamespaceKeyedIndexerAndReflector(t *testing.T) {
	lw := &reflScriptLW{lists: []reflListAnswer{{obj: reflPodList("3", "a", "b")}}}
	indexer, r := NewNamespaceKeyedIndexerAndReflector(lw, &corev1.Pod{}, 0)
	require.NoError(t, r.list(context.Background(), "0"))
	got, err := indexer.ByIndex(NamespaceIndex, "ns")
	require.NoError(t, err)
	assert.Len(t, got, 2)
	assert.Equal(t, []string{"ns/a", "ns/b"}, reflKeys(indexer))
}

// TestReflectorWithoutListerWatcher checks bad construction is an error,
// not a panic.
func TestReflectorWithoutListerWatcher(t *testing.T) {
	tests := []struct {
		name  string
		lw    ListerWatcher
		store ReflectorStore
	}{
		{name: "no lister-watcher", store: NewStore(MetaNamespaceKeyFunc)},
		{name: "no store", lw: &ListWatch{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewNamedReflector("bad", tt.lw, nil, tt.store, 0)
			err := r.ListAndWatchWithContext(context.Background())
			require.Error(t, err)
			assert.Contains(t, err.Error(), "reflector bad needs a ListerWatcher and a store")
		})
	}
}

// reflTestMetrics is the provider the tests install: the installation is
// process-wide and happens once.
var reflTestMetrics = &reflMetrics{}

// reflMetrics counts what the reflector named "metrics-test" reports.
type reflMetrics struct {
	lists, watches, listItems atomic.Int64
	lastRV                    atomic.Int64
}

type reflMetric struct {
	inc, observe func(float64)
}

func (m reflMetric) Inc()              { m.inc(1) }
func (m reflMetric) Set(v float64)     { m.observe(v) }
func (m reflMetric) Observe(v float64) { m.observe(v) }

func (p *reflMetrics) counter(name string, c *atomic.Int64) reflMetric {
	add := func(float64) {}
	if name == "metrics-test" {
		add = func(float64) { c.Add(1) }
	}
	return reflMetric{inc: add, observe: add}
}

func (p *reflMetrics) NewListsMetric(name string) CounterMetric   { return p.counter(name, &p.lists) }
func (p *reflMetrics) NewWatchesMetric(name string) CounterMetric { return p.counter(name, &p.watches) }
func (p *reflMetrics) NewItemsInListMetric(name string) SummaryMetric {
	set := func(float64) {}
	if name == "metrics-test" {
		set = func(v float64) { p.listItems.Store(int64(v)) }
	}
	return reflMetric{inc: set, observe: set}
}
func (p *reflMetrics) NewLastResourceVersionMetric(name string) GaugeMetric {
	set := func(float64) {}
	if name == "metrics-test" {
		set = func(v float64) { p.lastRV.Store(int64(v)) }
	}
	return reflMetric{inc: set, observe: set}
}
func (p *reflMetrics) NewListDurationMetric(string) SummaryMetric  { return nil }
func (p *reflMetrics) NewShortWatchesMetric(string) CounterMetric  { return nil }
func (p *reflMetrics) NewWatchDurationMetric(string) SummaryMetric { return nil }
func (p *reflMetrics) NewItemsInWatchMetric(string) SummaryMetric  { return nil }

// TestReflectorMetrics checks a provider hears of lists, watches and the
// resource version, and that nil metrics from it are tolerated.
func TestReflectorMetrics(t *testing.T) {
	p := reflTestMetrics
	SetReflectorMetricsProvider(p)
	SetReflectorMetricsProvider(nil) // only the first call counts
	lists0, watches0 := p.lists.Load(), p.watches.Load()
	lw := &reflScriptLW{
		lists:   []reflListAnswer{{obj: reflPodList("40", "a", "b", "c")}},
		watches: []reflWatchAnswer{{open: true, events: []watch.Event{reflEv(watch.Modified, reflRvPod("a", "41")), reflStatusEvent(reflErrGone())}}},
	}
	r := NewNamedReflector("metrics-test", lw, &corev1.Pod{}, NewStore(MetaNamespaceKeyFunc), 0)
	r.useWatchList = false
	r.logger = slog.New(slog.DiscardHandler)
	err := r.ListAndWatchWithContext(context.Background())
	require.True(t, isExpiredError(err), "got %v", err)
	assert.Equal(t, int64(1), p.lists.Load()-lists0)
	assert.Equal(t, int64(1), p.watches.Load()-watches0)
	assert.Equal(t, int64(3), p.listItems.Load())
	assert.Equal(t, int64(41), p.lastRV.Load())
}

// reflTransformingStore is a store carrying a transformer.
type reflTransformingStore struct {
	Store
	fn TransformFunc
}

func (s *reflTransformingStore) Transformer() TransformFunc { return s.fn }

// TestWatchListLeavesTransformToStore checks the reflector hands a
// TransformingStore the objects as received: the store (a FIFO) applies
// its transformer exactly once itself.
func TestWatchListLeavesTransformToStore(t *testing.T) {
	var calls atomic.Int64
	strip := func(obj interface{}) (interface{}, error) {
		calls.Add(1)
		return obj, nil
	}
	lw := &reflScriptLW{watches: []reflWatchAnswer{{open: true, events: []watch.Event{reflEv(watch.Added, reflRvPod("a", "3")), reflEndBookmark("4")}}}}
	store := &reflTransformingStore{Store: NewStore(MetaNamespaceKeyFunc), fn: strip}
	r := reflTestReflector(t, lw, store, true)
	m := newReflectorMachine(r)
	defer m.endCycle()
	next, err := m.step(context.Background(), stateWatchList)
	require.NoError(t, err)
	assert.Equal(t, stateWatch, next)
	_, ok, _ := store.GetByKey("ns/a")
	assert.True(t, ok)
	assert.Equal(t, int64(0), calls.Load(), "the reflector itself never transforms")
}

// TestRelistSequenceAfterGone checks the resource versions of the lists
// around a 410: the first at "0", the relist at the last synced version,
// and, when that has expired too, one at "" for the latest state.
func TestRelistSequenceAfterGone(t *testing.T) {
	lw := &reflScriptLW{
		lists: []reflListAnswer{{obj: reflPodList("10", "a")}, {err: reflErrGone()}, {obj: reflPodList("12", "b")}},
		watches: []reflWatchAnswer{
			{open: true, events: []watch.Event{reflStatusEvent(reflErrGone())}},
			{open: true},
		},
	}
	store := reflNewRecordingStore()
	r := reflTestReflector(t, lw, store, false)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.RunWithContext(ctx)
	}()
	require.Eventually(t, func() bool { return r.LastSyncResourceVersion() == "12" }, 10*time.Second, time.Millisecond)
	cancel()
	<-done
	lists, _ := lw.options()
	var rvs []string
	for _, o := range lists {
		rvs = append(rvs, o.ResourceVersion)
	}
	assert.Equal(t, []string{"0", "10", ""}, rvs)
	assert.Equal(t, []string{"ns/b"}, reflKeys(store))
}

// TestPagedRelistFallsBackToFullList checks a relist in pages whose
// continuation expires: the pager lists everything at the relist version.
func TestPagedRelistFallsBackToFullList(t *testing.T) {
	page := reflPodList("10", "a", "b")
	page.Continue = "C1"
	lw := &reflScriptLW{
		lists: []reflListAnswer{{obj: reflPodList("10", "a", "b")}, {obj: page}, {err: reflErrGone()}, {obj: reflPodList("10", "a", "b", "c", "d")}},
		watches: []reflWatchAnswer{
			{open: true, events: []watch.Event{reflStatusEvent(reflErrGone())}},
			{open: true},
		},
	}
	store := reflNewRecordingStore()
	r := reflTestReflector(t, lw, store, false)
	r.WatchListPageSize = 2
	err := r.ListAndWatchWithContext(context.Background())
	require.True(t, isExpiredError(err), "got %v", err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		// The second cycle's list fills the store; then stop its watch.
		for len(reflKeys(store)) != 4 && ctx.Err() == nil {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	err = r.ListAndWatchWithContext(ctx)
	require.NoError(t, err)
	lists, _ := lw.options()
	var got []string
	for _, o := range lists {
		got = append(got, fmt.Sprintf("rv=%q limit=%d continue=%q", o.ResourceVersion, o.Limit, o.Continue))
	}
	assert.Equal(t, []string{`rv="0" limit=2 continue=""`, `rv="10" limit=2 continue=""`, `rv="" limit=2 continue="C1"`, `rv="10" limit=0 continue=""`}, got)
	assert.Equal(t, []string{"ns/a", "ns/b", "ns/c", "ns/d"}, reflKeys(store))
}

// TestTableListIsAnError checks a ListerWatcher returning a Table fails
// the list instead of filling the store with it.
func TestTableListIsAnError(t *testing.T) {
	lw := &reflScriptLW{lists: []reflListAnswer{{obj: &metav1.Table{}}}}
	r := reflTestReflector(t, lw, reflNewRecordingStore(), false)
	err := r.list(context.Background(), "0")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unsupported list gvk")
}

// TestZeroReflector checks a Reflector not made by a constructor reports
// its missing parts instead of panicking, and that the default handler
// accepts a nil reflector.
func TestZeroReflector(t *testing.T) {
	r := &Reflector{}
	r.logger = slog.New(slog.DiscardHandler)
	err := r.ListAndWatchWithContext(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "needs a ListerWatcher and a store")
	assert.NotPanics(t, func() { DefaultWatchErrorHandler(context.Background(), nil, io.EOF) })
}
