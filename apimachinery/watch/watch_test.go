package watch

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEventTypeValues(t *testing.T) {
	tests := []struct {
		got  EventType
		want string
	}{
		{Added, "ADDED"},
		{Modified, "MODIFIED"},
		{Deleted, "DELETED"},
		{Bookmark, "BOOKMARK"},
		{Error, "ERROR"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if string(tt.got) != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	if DefaultChanSize != 100 {
		t.Errorf("DefaultChanSize: got %d, want 100", DefaultChanSize)
	}
	if WaitIfChannelFull != 0 || DropIfChannelFull != 1 {
		t.Errorf("FullChannelBehavior values: got %d, %d, want 0, 1", WaitIfChannelFull, DropIfChannelFull)
	}
}

func TestEventDeepCopy(t *testing.T) {
	tests := []struct {
		name string
		in   *Event
	}{
		{"with object", &Event{Type: Added, Object: obj("a")}},
		{"without object", &Event{Type: Bookmark}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in.DeepCopy()
			require.NotNil(t, got)
			assert.Equal(t, tt.in, got)
			if tt.in.Object != nil {
				assert.NotSame(t, tt.in.Object, got.Object, "object must be copied")
				tt.in.Object.(*testObject).Name = "changed"
				assert.Equal(t, "a", nameOf(got.Object), "copy must not follow the original")
			}
		})
	}
	var nilEvent *Event
	assert.Nil(t, nilEvent.DeepCopy())
}

func TestNewEmptyWatch(t *testing.T) {
	w := NewEmptyWatch()
	w.Stop()
	w.Stop()
	if got := collect(t, w.ResultChan()); len(got) != 0 {
		t.Errorf("events: got %v, want none", summary(got))
	}
}

func TestMockWatcher(t *testing.T) {
	ch := make(chan Event, 1)
	ch <- Event{Type: Added, Object: obj("a")}
	close(ch)
	stops := 0
	tests := []struct {
		name       string
		w          Interface
		wantEvents []string
		wantStops  int
	}{
		{"functions called", MockWatcher{StopFunc: func() { stops++ }, ResultChanFunc: func() <-chan Event { return ch }}, []string{"ADDED a"}, 1},
		{"nil functions are safe", MockWatcher{}, []string{}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.w.Stop()
			assert.Equal(t, tt.wantEvents, summary(collect(t, tt.w.ResultChan())))
			assert.Equal(t, tt.wantStops, stops)
		})
	}
}

func TestProxyWatcher(t *testing.T) {
	ch := make(chan Event, 1)
	pw := NewProxyWatcher(ch)
	ch <- Event{Type: Modified, Object: obj("p")}
	assert.Equal(t, "MODIFIED p", summary([]Event{receive(t, pw.ResultChan())})[0])
	assert.False(t, pw.Stopping(), "Stopping before Stop")
	select {
	case <-pw.StopChan():
		t.Fatal("StopChan closed before Stop")
	default:
	}
	pw.Stop()
	pw.Stop()
	assert.True(t, pw.Stopping(), "Stopping after Stop")
	select {
	case <-pw.StopChan():
	default:
		t.Fatal("StopChan open after Stop")
	}
}
