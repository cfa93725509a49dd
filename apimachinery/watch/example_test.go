package watch_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// pod is a stand-in API object for the examples.
type pod struct{ name string }

func (p *pod) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }
func (p *pod) DeepCopyObject() runtime.Object   { c := *p; return &c }

func ExampleFakeWatcher() {
	w := watch.NewFake()
	go func() {
		w.Add(&pod{name: "web-1"})
		w.Modify(&pod{name: "web-1"})
		w.Delete(&pod{name: "web-1"})
		w.Stop()
	}()
	for event := range w.ResultChan() {
		fmt.Println(event.Type, event.Object.(*pod).name)
	}
	// Output:
	// ADDED web-1
	// MODIFIED web-1
	// DELETED web-1
}

func ExampleFilter() {
	src := watch.NewFakeWithChanSize(3, false)
	src.Add(&pod{name: "a"})
	src.Delete(&pod{name: "a"})
	src.Add(&pod{name: "b"})
	src.Stop()

	onlyAdds := watch.Filter(src, func(in watch.Event) (watch.Event, bool) {
		return in, in.Type == watch.Added
	})
	for event := range onlyAdds.ResultChan() {
		fmt.Println(event.Type, event.Object.(*pod).name)
	}
	// Output:
	// ADDED a
	// ADDED b
}

func ExampleBroadcaster() {
	b := watch.NewBroadcaster(10, watch.WaitIfChannelFull)
	w1, _ := b.Watch()
	w2, _ := b.Watch()
	_ = b.Action(watch.Added, &pod{name: "db-0"})
	b.Shutdown() // delivers what is queued, then closes every watcher

	for i, w := range []watch.Interface{w1, w2} {
		for event := range w.ResultChan() {
			fmt.Println(i+1, event.Type, event.Object.(*pod).name)
		}
	}
	// Output:
	// 1 ADDED db-0
	// 2 ADDED db-0
}

// lines is a Decoder over a fixed list of events.
type lines struct{ events []watch.Event }

func (l *lines) Decode() (watch.EventType, runtime.Object, error) {
	if len(l.events) == 0 {
		return "", nil, fmt.Errorf("garbage on the stream")
	}
	e := l.events[0]
	l.events = l.events[1:]
	return e.Type, e.Object, nil
}

func (l *lines) Close() {}

// reporter turns a decode error into an object.
type reporter struct{}

func (reporter) AsObject(err error) runtime.Object { return &pod{name: err.Error()} }

func ExampleNewStreamWatcher() {
	d := &lines{events: []watch.Event{{Type: watch.Added, Object: &pod{name: "web-1"}}}}
	w := watch.NewStreamWatcher(d, reporter{})
	for event := range w.ResultChan() {
		fmt.Println(event.Type, event.Object.(*pod).name)
	}
	// Output:
	// ADDED web-1
	// ERROR unable to decode an event from the watch stream: garbage on the stream
}
