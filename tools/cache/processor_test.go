package cache

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// eventually waits up to 10s for cond.
func eventually(t *testing.T, cond func() bool, msgAndArgs ...interface{}) {
	t.Helper()
	require.Eventually(t, cond, 10*time.Second, 5*time.Millisecond, msgAndArgs...)
}

// startProcessor runs p until the test ends.
func startProcessor(t *testing.T, p *sharedProcessor) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
}

// testListener is a listener for h with no resync whose upstream has synced.
func testListener(h ResourceEventHandler) *processorListener {
	return newProcessorListener(slog.New(slog.DiscardHandler), h, 0, 0, time.Now(), func() bool { return true })
}

func TestDetermineResyncPeriod(t *testing.T) {
	tests := []struct {
		desired, check, want time.Duration
	}{
		{0, time.Second, 0},
		{time.Second, 0, 0},
		{time.Second, time.Minute, time.Minute},
		{time.Hour, time.Minute, time.Hour},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%v/%v", tt.desired, tt.check), func(t *testing.T) {
			got := determineResyncPeriod(tt.desired, tt.check)
			assert.Equal(t, tt.want, got, "period")
		})
	}
}

func TestNotificationBuffer(t *testing.T) {
	for _, n := range []int{0, 1, initialBufferSize, 3*initialBufferSize + 7} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			var b notificationBuffer
			// Interleave to wrap the ring before it grows.
			next, want := 0, 0
			for next < n {
				b.put(next)
				next++
				if next%3 == 0 {
					got, ok := b.take()
					require.True(t, ok, "take after %d puts", next)
					require.Equal(t, want, got, "order")
					want++
				}
			}
			for ; want < n; want++ {
				got, ok := b.take()
				require.True(t, ok, "take %d", want)
				require.Equal(t, want, got, "order")
			}
			_, ok := b.take()
			assert.False(t, ok, "take from an empty buffer")
		})
	}
}

// blockingHandler blocks every notification until release is closed.
type blockingHandler struct {
	recordingHandler
	release chan struct{}
}

func (b *blockingHandler) OnAdd(obj interface{}, initial bool) {
	<-b.release
	b.recordingHandler.OnAdd(obj, initial)
}

func TestProcessorSlowHandlerDoesNotBlockOthers(t *testing.T) {
	p := &sharedProcessor{}
	slow := &blockingHandler{release: make(chan struct{})}
	fast := &recordingHandler{}
	p.addListener(testListener(slow))
	p.addListener(testListener(fast))
	startProcessor(t, p)
	const n = 3 * initialBufferSize
	for i := 0; i < n; i++ {
		p.distribute(addNotification{newObj: pod("ns", fmt.Sprint(i), "")}, false)
	}
	eventually(t, func() bool { return len(fast.got()) == n }, "fast handler got every add while the slow one is blocked")
	assert.Empty(t, slow.got(), "slow handler events before release")
	close(slow.release)
	eventually(t, func() bool { return len(slow.got()) == n }, "slow handler catches up")
	assert.Equal(t, fast.got(), slow.got(), "both handlers saw the same events in the same order")
}

func TestProcessorResyncGoesOnlyToDueListeners(t *testing.T) {
	p := &sharedProcessor{}
	due, notDue, never := &recordingHandler{}, &recordingHandler{}, &recordingHandler{}
	past := time.Now().Add(-time.Hour)
	p.addListener(newProcessorListener(slog.Default(), due, time.Second, time.Second, past, func() bool { return true }))
	p.addListener(newProcessorListener(slog.Default(), notDue, time.Hour, time.Hour, time.Now(), func() bool { return true }))
	p.addListener(testListener(never))
	startProcessor(t, p)
	require.True(t, p.shouldResync(), "a listener is due")
	a := pod("ns", "a", "")
	p.distribute(updateNotification{oldObj: a, newObj: a}, true)
	p.distribute(deleteNotification{oldObj: a}, false)
	eventually(t, func() bool { return len(due.got()) == 2 && len(notDue.got()) == 1 && len(never.got()) == 1 })
	assert.Equal(t, []string{"update ns/a->ns/a", "delete ns/a"}, due.got(), "due listener")
	assert.Equal(t, []string{"delete ns/a"}, notDue.got(), "listener not due")
	assert.Equal(t, []string{"delete ns/a"}, never.got(), "listener without resync")
	assert.False(t, p.shouldResync(), "the due listener was rescheduled")
}

func TestProcessorRemoveListener(t *testing.T) {
	p := &sharedProcessor{}
	kept, removed := &recordingHandler{}, &recordingHandler{}
	p.addListener(testListener(kept))
	handle := p.addListener(testListener(removed))
	startProcessor(t, p)
	p.distribute(addNotification{newObj: pod("ns", "a", "")}, false)
	eventually(t, func() bool { return len(removed.got()) == 1 })
	require.NoError(t, p.removeListener(handle))
	require.NoError(t, p.removeListener(handle), "removing twice")
	p.distribute(addNotification{newObj: pod("ns", "b", "")}, false)
	eventually(t, func() bool { return len(kept.got()) == 2 })
	assert.Equal(t, []string{"add ns/a false"}, removed.got(), "removed handler")
	err := p.removeListener(fakeRegistration{})
	assert.ErrorContains(t, err, "not a registration returned by this informer")
}

// fakeRegistration is a registration no informer made.
type fakeRegistration struct{}

func (fakeRegistration) HasSynced() bool { return true }

// panickyHandler panics on its first add.
type panickyHandler struct {
	recordingHandler
	once sync.Once
}

func (h *panickyHandler) OnAdd(obj interface{}, initial bool) {
	h.once.Do(func() { panic("boom") })
	h.recordingHandler.OnAdd(obj, initial)
}

// syncBuffer is a bytes.Buffer safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestListenerRecoversFromHandlerPanic(t *testing.T) {
	var logs syncBuffer
	h := &panickyHandler{}
	p := &sharedProcessor{}
	l := newProcessorListener(slog.New(slog.NewTextHandler(&logs, nil)), h, 0, 0, time.Now(), func() bool { return true })
	p.addListener(l)
	startProcessor(t, p)
	p.distribute(addNotification{newObj: pod("ns", "a", ""), isInInitialList: true}, false)
	p.distribute(addNotification{newObj: pod("ns", "b", ""), isInInitialList: true}, false)
	eventually(t, func() bool { return len(h.got()) == 1 }, "the handler goes on after a panic")
	assert.Equal(t, []string{"add ns/b true"}, h.got(), "events after the panic")
	assert.Contains(t, logs.String(), "informer event handler panicked", "log")
	assert.Contains(t, logs.String(), "boom", "log names the panic value")
	assert.True(t, l.HasSynced(), "the panicking initial add still counts as handled")
}

func TestListenerHasSynced(t *testing.T) {
	upstream := false
	release := make(chan struct{})
	h := &blockingHandler{release: release}
	p := &sharedProcessor{}
	var mu sync.Mutex
	l := newProcessorListener(slog.Default(), h, 0, 0, time.Now(), func() bool { mu.Lock(); defer mu.Unlock(); return upstream })
	p.addListener(l)
	startProcessor(t, p)
	p.distribute(addNotification{newObj: pod("ns", "a", ""), isInInitialList: true}, false)
	assert.False(t, l.HasSynced(), "upstream not synced, initial add pending")
	mu.Lock()
	upstream = true
	mu.Unlock()
	assert.False(t, l.HasSynced(), "initial add still pending")
	close(release)
	eventually(t, l.HasSynced, "synced once the initial add is handled")
}
