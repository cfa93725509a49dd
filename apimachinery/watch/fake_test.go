package watch

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// sender is the send method set shared by both fake watchers.
type sender interface {
	Interface
	Add(obj runtime.Object)
	Modify(obj runtime.Object)
	Delete(obj runtime.Object)
	Error(obj runtime.Object)
	Action(EventType, runtime.Object)
	IsStopped() bool
	Reset()
}

func TestFakeWatchersDeliverInOrder(t *testing.T) {
	tests := []struct {
		name string
		new  func() sender
	}{
		{"NewFake", func() sender { return NewFake() }},
		{"NewFakeWithChanSize", func() sender { return NewFakeWithChanSize(2, false) }},
		{"NewFakeWithOptions", func() sender { return NewFakeWithOptions(FakeOptions{ChannelSize: 10}) }},
		{"NewRaceFreeFake", func() sender { return NewRaceFreeFake() }},
	}
	want := []string{"ADDED a", "MODIFIED b", "DELETED c", "ERROR d", "BOOKMARK e"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			w := tt.new()
			var wg sync.WaitGroup
			wg.Add(1)
			go func() {
				defer wg.Done()
				w.Add(obj("a"))
				w.Modify(obj("b"))
				w.Delete(obj("c"))
				w.Error(obj("d"))
				w.Action(Bookmark, obj("e"))
				w.Stop()
			}()
			got := summary(collect(t, w.ResultChan()))
			wg.Wait()
			assert.Equal(t, want, got)
			assert.True(t, w.IsStopped(), "IsStopped after Stop")
		})
	}
}

func TestFakeWatchersStopAndReset(t *testing.T) {
	tests := []struct {
		name string
		new  func() sender
	}{
		{"FakeWatcher", func() sender { return NewFakeWithChanSize(1, true) }},
		{"RaceFreeFakeWatcher", func() sender { return NewRaceFreeFake() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tt.new()
			w.Stop()
			w.Stop()
			w.Add(obj("dropped")) // must not panic
			assert.Empty(t, collect(t, w.ResultChan()), "events after Stop")

			w.Reset()
			assert.False(t, w.IsStopped(), "IsStopped after Reset")
			w.Add(obj("again"))
			assert.Equal(t, "ADDED again", summary([]Event{receive(t, w.ResultChan())})[0])
			old := w.ResultChan()
			w.Reset() // a running watcher's old channel is closed
			assert.Empty(t, collect(t, old), "old channel after Reset")
			w.Stop()
		})
	}
}

func TestFakeWatcherStopUnblocksSender(t *testing.T) {
	checkNoGoroutineLeak(t)
	w := NewFake()
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		w.Add(obj("nobody reads this"))
	}()
	w.Stop()
	<-sent
	assert.Empty(t, collect(t, w.ResultChan()))
}

func TestFakeWatcherLogs(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	w := NewFakeWithOptions(FakeOptions{Logger: logger})
	w.Stop()
	w.Modify(obj("late"))
	out := buf.String()
	for _, want := range []string{"stopping fake watcher", "event dropped", "type=MODIFIED"} {
		if !strings.Contains(out, want) {
			t.Errorf("log: got %q, want it to contain %q", out, want)
		}
	}
}

func TestRaceFreeFakeWatcherFullChannel(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, nil))
	w := NewRaceFreeFakeWithLogger(logger)
	for i := 0; i < int(DefaultChanSize)+1; i++ {
		w.Add(obj("x"))
	}
	if !strings.Contains(buf.String(), "channel full") || !strings.Contains(buf.String(), "type=ADDED") {
		t.Errorf("log: got %q, want a channel-full report", buf.String())
	}
	w.Stop()
	if got := len(collect(t, w.ResultChan())); got != int(DefaultChanSize) {
		t.Errorf("buffered events: got %d, want %d", got, DefaultChanSize)
	}
}

func TestFakeWatcherConcurrentSendersAndStop(t *testing.T) {
	tests := []struct {
		name string
		new  func() sender
	}{
		{"FakeWatcher", func() sender { return NewFake() }},
		{"buffered FakeWatcher", func() sender { return NewFakeWithChanSize(3, true) }},
		{"RaceFreeFakeWatcher", func() sender { return NewRaceFreeFakeWithLogger(slog.New(slog.DiscardHandler)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			w := tt.new()
			var wg sync.WaitGroup
			for i := 0; i < 8; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for j := 0; j < 50; j++ {
						w.Add(obj("x"))
					}
				}()
			}
			ch := w.ResultChan()
			for i := 0; i < 10; i++ {
				receive(t, ch)
			}
			w.Stop() // senders still running must neither panic nor hang
			wg.Wait()
			collect(t, ch)
		})
	}
}
