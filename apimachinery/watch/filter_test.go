package watch

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFilter(t *testing.T) {
	tests := []struct {
		name string
		f    FilterFunc
		in   []Event
		want []string
	}{
		{
			name: "keep all",
			f:    func(e Event) (Event, bool) { return e, true },
			in:   []Event{{Added, obj("a")}, {Deleted, obj("b")}},
			want: []string{"ADDED a", "DELETED b"},
		},
		{
			name: "drop deletions and rename",
			f: func(e Event) (Event, bool) {
				if e.Type == Deleted {
					return e, false
				}
				return Event{Type: e.Type, Object: obj(nameOf(e.Object) + "!")}, true
			},
			in:   []Event{{Added, obj("a")}, {Deleted, obj("b")}, {Modified, obj("c")}},
			want: []string{"ADDED a!", "MODIFIED c!"},
		},
		{
			name: "drop all",
			f:    func(e Event) (Event, bool) { return e, false },
			in:   []Event{{Added, obj("a")}},
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			src := NewFakeWithChanSize(len(tt.in), false)
			for _, e := range tt.in {
				src.Action(e.Type, e.Object)
			}
			src.Stop()
			w := Filter(src, tt.f)
			assert.Equal(t, tt.want, summary(collect(t, w.ResultChan())))
		})
	}
}

func TestFilterStopEndsGoroutine(t *testing.T) {
	checkNoGoroutineLeak(t)
	// A ProxyWatcher never closes its channel on Stop, so the filter must
	// end on its own stop signal, even with an undelivered event pending.
	ch := make(chan Event, 2)
	src := NewProxyWatcher(ch)
	ch <- Event{Type: Added, Object: obj("a")}
	ch <- Event{Type: Added, Object: obj("b")}
	w := Filter(src, func(e Event) (Event, bool) { return e, true })
	assert.Equal(t, "ADDED a", nameOfEvent(receive(t, w.ResultChan())))
	w.Stop()
	w.Stop()
	collect(t, w.ResultChan())
	assert.True(t, src.Stopping(), "source stopped")
}

// nameOfEvent renders one event like summary.
func nameOfEvent(e Event) string { return summary([]Event{e})[0] }

func TestRecorder(t *testing.T) {
	checkNoGoroutineLeak(t)
	src := NewFakeWithChanSize(3, false)
	src.Add(obj("a"))
	src.Modify(obj("a"))
	src.Delete(obj("a"))
	src.Stop()
	r := NewRecorder(src)
	delivered := summary(collect(t, r.ResultChan()))
	want := []string{"ADDED a", "MODIFIED a", "DELETED a"}
	assert.Equal(t, want, delivered)
	got := r.Events()
	assert.Equal(t, want, summary(got))
	got[0].Type = Error
	assert.Equal(t, Added, r.Events()[0].Type, "Events must return a copy")
}
