package cache

import (
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
)

// unitInformer is a shared informer that is never run.
func unitInformer(resync time.Duration) *sharedIndexInformer {
	s := NewSharedIndexInformer(&ListWatch{}, &corev1.Pod{}, resync, nil).(*sharedIndexInformer)
	s.logger = slog.New(slog.DiscardHandler)
	return s
}

func TestAdjustResyncPeriod(t *testing.T) {
	tests := []struct {
		name       string
		check      time.Duration
		started    bool
		requested  time.Duration
		want       time.Duration
		wantCheck  time.Duration
		wantPeriod time.Duration // effective period of an existing 1m listener
	}{
		{"zero means none", time.Minute, false, 0, 0, time.Minute, time.Minute},
		{"negative means none", time.Minute, false, -time.Second, 0, time.Minute, time.Minute},
		{"raised to the minimum", 0, false, time.Millisecond, time.Second, 0, 0},
		{"above the check period is kept", time.Minute, false, time.Hour, time.Hour, time.Minute, time.Minute},
		{"below the check period before start lowers it", time.Minute, false, 10 * time.Second, 10 * time.Second, 10 * time.Second, time.Minute},
		{"below the check period after start is raised", time.Minute, true, 10 * time.Second, time.Minute, time.Minute, time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := unitInformer(tt.check)
			existing, err := s.AddEventHandlerWithResyncPeriod(ResourceEventHandlerFuncs{}, time.Minute)
			require.NoError(t, err)
			s.resyncCheckPeriod = tt.check
			existing.(*processorListener).setResyncPeriod(determineResyncPeriod(time.Minute, tt.check))
			s.started = tt.started
			got := s.adjustResyncPeriodLocked(tt.requested)
			assert.Equal(t, tt.want, got, "handler period")
			assert.Equal(t, tt.wantCheck, s.resyncCheckPeriod, "informer check period")
			assert.Equal(t, tt.wantPeriod, existing.(*processorListener).resyncPeriod, "existing listener's effective period")
		})
	}
}

func TestAddEventHandlerWithOptions(t *testing.T) {
	s := unitInformer(time.Minute)
	logger := slog.New(slog.DiscardHandler)
	period := 2 * time.Minute
	tests := []struct {
		name       string
		options    HandlerOptions
		wantPeriod time.Duration
		wantLogger *slog.Logger
	}{
		{"defaults", HandlerOptions{}, time.Minute, s.logger},
		{"own period and logger", HandlerOptions{ResyncPeriod: &period, Logger: logger}, 2 * time.Minute, logger},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg, err := s.AddEventHandlerWithOptions(ResourceEventHandlerFuncs{}, tt.options)
			require.NoError(t, err)
			l := reg.(*processorListener)
			assert.Equal(t, tt.wantPeriod, l.resyncPeriod, "resync period")
			assert.Same(t, tt.wantLogger, l.logger, "logger")
			assert.False(t, reg.HasSynced(), "registration synced before the informer runs")
		})
	}
}

func TestIsResync(t *testing.T) {
	v1, v1again, v2 := rvPod("a", "", "1"), rvPod("a", "", "1"), rvPod("a", "", "2")
	tests := []struct {
		name string
		d    Delta
		old  interface{}
		want bool
	}{
		{"sync", Delta{Type: Sync, Object: v1}, v1, true},
		{"replaced, same version", Delta{Type: Replaced, Object: v1again}, v1, true},
		{"replaced, new version", Delta{Type: Replaced, Object: v2}, v1, false},
		{"replaced, old without metadata", Delta{Type: Replaced, Object: v2}, "x", false},
		{"updated, same version", Delta{Type: Updated, Object: v1again}, v1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, isResync(tt.d, tt.old), "resync")
		})
	}
}

func TestHandleDeltas(t *testing.T) {
	s := unitInformer(0)
	rec := &recordingHandler{}
	_, err := s.AddEventHandler(rec)
	require.NoError(t, err)
	startProcessor(t, s.processor)
	a1, a2 := rvPod("a", "", "1"), rvPod("a", "", "2")
	steps := []struct {
		deltas  interface{}
		initial bool
	}{
		{Deltas{{Type: Replaced, Object: a1}}, true},
		{Deltas{{Type: Updated, Object: a2}}, false},
		{Deltas{{Type: Sync, Object: a2}}, false},
		{Deltas{{Type: Deleted, Object: DeletedFinalStateUnknown{Key: "ns/a", Obj: a2}}}, false},
	}
	for _, step := range steps {
		require.NoError(t, s.handleDeltas(step.deltas, step.initial))
	}
	want := []string{"add ns/a true", "update ns/a->ns/a", "update ns/a->ns/a", "delete tombstone:ns/a"}
	eventually(t, func() bool { return len(rec.got()) == len(want) })
	assert.Equal(t, want, rec.got(), "notifications")
	assert.Empty(t, s.indexer.ListKeys(), "cache after the delete")

	assert.ErrorContains(t, s.handleDeltas("not deltas", false), "want Deltas")
	assert.ErrorContains(t, s.handleDeltas(Deltas{{Type: "Bogus", Object: a1}}, false), "unknown delta type")
}

func TestGetControllerCannotRun(t *testing.T) {
	s := unitInformer(0)
	c := s.GetController()
	c.Run(make(chan struct{}))
	c.RunWithContext(t.Context())
	assert.False(t, c.HasSynced(), "HasSynced of a never-run informer")
	assert.Empty(t, c.LastSyncResourceVersion(), "LastSyncResourceVersion of a never-run informer")
	assert.False(t, s.started, "the controller view started the informer")
}
