package watch

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBroadcasterDeliversToAllWatchers(t *testing.T) {
	tests := []struct {
		name string
		new  func() *Broadcaster
	}{
		{"wait", func() *Broadcaster { return NewBroadcaster(0, WaitIfChannelFull) }},
		{"long queue", func() *Broadcaster { return NewLongQueueBroadcaster(100, WaitIfChannelFull) }},
		{"drop with room", func() *Broadcaster { return NewBroadcaster(10, DropIfChannelFull) }},
	}
	events := []Event{{Added, obj("a")}, {Modified, obj("a")}, {Deleted, obj("a")}}
	want := summary(events)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			m := tt.new()
			const n = 3
			results := make([][]string, n)
			var wg sync.WaitGroup
			for i := 0; i < n; i++ {
				w, err := m.Watch()
				require.NoError(t, err)
				wg.Add(1)
				go func() {
					defer wg.Done()
					results[i] = summary(collect(t, w.ResultChan()))
				}()
			}
			for _, e := range events {
				require.NoError(t, m.Action(e.Type, e.Object))
			}
			m.Shutdown()
			wg.Wait()
			for i, got := range results {
				assert.Equal(t, want, got, "watcher %d", i)
			}
		})
	}
}

func TestBroadcasterWatchSeesOnlyLaterEvents(t *testing.T) {
	checkNoGoroutineLeak(t)
	m := NewBroadcaster(10, WaitIfChannelFull)
	early, err := m.Watch()
	require.NoError(t, err)
	require.NoError(t, m.Action(Added, obj("before")))
	late, err := m.WatchWithPrefix([]Event{{Type: Added, Object: obj("prefix1")}, {Type: Added, Object: obj("prefix2")}})
	require.NoError(t, err)
	require.NoError(t, m.Action(Modified, obj("after")))
	m.Shutdown()
	assert.Equal(t, []string{"ADDED before", "MODIFIED after"}, summary(collect(t, early.ResultChan())))
	assert.Equal(t, []string{"ADDED prefix1", "ADDED prefix2", "MODIFIED after"}, summary(collect(t, late.ResultChan())))
}

func TestBroadcasterDropIfChannelFull(t *testing.T) {
	checkNoGoroutineLeak(t)
	m := NewBroadcaster(1, DropIfChannelFull)
	slow, err := m.Watch()
	require.NoError(t, err)
	for _, name := range []string{"a", "b", "c"} {
		require.NoError(t, m.Action(Added, obj(name)))
	}
	m.Shutdown()
	assert.Equal(t, []string{"ADDED a"}, summary(collect(t, slow.ResultChan())))
}

func TestBroadcasterWatcherStop(t *testing.T) {
	checkNoGoroutineLeak(t)
	m := NewBroadcaster(0, WaitIfChannelFull)
	stopped, err := m.Watch()
	require.NoError(t, err)
	active, err := m.Watch()
	require.NoError(t, err)
	stopped.Stop()
	stopped.Stop()
	assert.Empty(t, collect(t, stopped.ResultChan()), "stopped watcher")
	// A stopped watcher that never reads must not hold up the others.
	done := make(chan []string)
	go func() { done <- summary(collect(t, active.ResultChan())) }()
	require.NoError(t, m.Action(Added, obj("a")))
	m.Shutdown()
	assert.Equal(t, []string{"ADDED a"}, <-done)
	active.Stop() // after Shutdown: must not block or panic
}

func TestBroadcasterStopWhileBlocked(t *testing.T) {
	checkNoGoroutineLeak(t)
	m := NewBroadcaster(0, WaitIfChannelFull)
	w, err := m.Watch()
	require.NoError(t, err)
	require.NoError(t, m.Action(Added, obj("never read")))
	w.Stop() // releases the distributor waiting on this watcher
	m.Shutdown()
	collect(t, w.ResultChan())
}

func TestBroadcasterAfterShutdown(t *testing.T) {
	m := NewBroadcaster(0, WaitIfChannelFull)
	m.Shutdown()
	m.Shutdown()
	tests := []struct {
		name string
		call func() error
	}{
		{"Action", func() error { return m.Action(Added, obj("a")) }},
		{"ActionOrDrop", func() error {
			ok, err := m.ActionOrDrop(Added, obj("a"))
			if ok {
				t.Error("ActionOrDrop after Shutdown: got queued, want dropped")
			}
			return err
		}},
		{"Watch", func() error { _, err := m.Watch(); return err }},
		{"WatchWithPrefix", func() error { _, err := m.WatchWithPrefix([]Event{{Type: Added}}); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			require.Error(t, err)
			assert.Contains(t, err.Error(), "broadcaster already stopped")
		})
	}
}

func TestBroadcasterActionOrDrop(t *testing.T) {
	checkNoGoroutineLeak(t)
	m := NewBroadcaster(0, WaitIfChannelFull)
	w, err := m.Watch()
	require.NoError(t, err)
	// Nobody reads w, so the distributor blocks on the first event and the
	// incoming queue (25) fills up; then ActionOrDrop must drop.
	queued := 0
	for i := 0; i < 100; i++ {
		ok, err := m.ActionOrDrop(Added, obj("x"))
		require.NoError(t, err)
		if ok {
			queued++
		}
	}
	if queued < 1 || queued > incomingQueueLength+1 {
		t.Errorf("queued: got %d, want between 1 and %d", queued, incomingQueueLength+1)
	}
	go m.Shutdown()
	got := collect(t, w.ResultChan())
	assert.Len(t, got, queued)
}

func TestBroadcasterWatcherBufferSizes(t *testing.T) {
	tests := []struct {
		name       string
		queueLen   int
		prefix     []Event
		usePrefix  bool
		wantBuffer int
	}{
		{"Watch unbuffered", 0, nil, false, 0},
		{"Watch buffered", 5, nil, false, 5},
		{"WatchWithPrefix empty", 0, nil, true, 1},
		{"WatchWithPrefix grows for prefix", 2, []Event{{Type: Added}, {Type: Added}, {Type: Added}}, true, 4},
		{"WatchWithPrefix keeps larger queue", 10, []Event{{Type: Added}}, true, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			m := NewBroadcaster(tt.queueLen, WaitIfChannelFull)
			defer m.Shutdown()
			var w Interface
			var err error
			if tt.usePrefix {
				w, err = m.WatchWithPrefix(tt.prefix)
			} else {
				w, err = m.Watch()
			}
			require.NoError(t, err)
			if got := cap(w.ResultChan()); got != tt.wantBuffer {
				t.Errorf("buffer: got %d, want %d", got, tt.wantBuffer)
			}
			w.Stop()
		})
	}
}
