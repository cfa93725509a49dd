package watch

import (
	"runtime"
	"testing"
	"time"

	skruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// testTimeout bounds every wait in these tests; it is only reached when
// something is broken.
const testTimeout = 10 * time.Second

// testObject is a minimal runtime.Object.
type testObject struct {
	Name string
}

func (o *testObject) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }

func (o *testObject) DeepCopyObject() skruntime.Object {
	c := *o
	return &c
}

// obj returns a testObject named name.
func obj(name string) *testObject { return &testObject{Name: name} }

// nameOf returns the name of a testObject, or "" for anything else.
func nameOf(o skruntime.Object) string {
	if to, ok := o.(*testObject); ok {
		return to.Name
	}
	return ""
}

// summary renders events as "TYPE name" strings for comparison.
func summary(events []Event) []string {
	out := make([]string, 0, len(events))
	for _, e := range events {
		out = append(out, string(e.Type)+" "+nameOf(e.Object))
	}
	return out
}

// collect reads ch until it closes and returns what it read; it fails the
// test if the channel is not closed within testTimeout.
func collect(t *testing.T, ch <-chan Event) []Event {
	t.Helper()
	var events []Event
	timeout := time.After(testTimeout)
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return events
			}
			events = append(events, e)
		case <-timeout:
			t.Fatalf("channel not closed after %v; read so far: %v", testTimeout, summary(events))
			return events
		}
	}
}

// receive reads one event from ch, failing the test if none comes or the
// channel is closed.
func receive(t *testing.T, ch <-chan Event) Event {
	t.Helper()
	select {
	case e, ok := <-ch:
		if !ok {
			t.Fatal("channel closed, want an event")
		}
		return e
	case <-time.After(testTimeout):
		t.Fatal("no event received")
	}
	return Event{}
}

// checkNoGoroutineLeak records the goroutine count and, at cleanup, fails
// the test if more goroutines are still running after a grace period.
func checkNoGoroutineLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(testTimeout)
		for {
			got := runtime.NumGoroutine()
			if got <= before {
				return
			}
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<16)
				n := runtime.Stack(buf, true)
				t.Errorf("goroutines: got %d, want <= %d\n%s", got, before, buf[:n])
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}
