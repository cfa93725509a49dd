package cache

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// recordingHandler records every notification as a short string; it is safe
// for concurrent use.
type recordingHandler struct {
	mu     sync.Mutex
	events []string
}

// describe renders obj as "ns/name" for pods and tombstones.
func describe(obj interface{}) string {
	if t, ok := obj.(DeletedFinalStateUnknown); ok {
		return "tombstone:" + t.Key
	}
	key, err := MetaNamespaceKeyFunc(obj)
	if err != nil {
		return fmt.Sprintf("%v", obj)
	}
	return key
}

func (r *recordingHandler) record(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, s)
}

func (r *recordingHandler) OnAdd(obj interface{}, initial bool) {
	r.record(fmt.Sprintf("add %s %v", describe(obj), initial))
}

func (r *recordingHandler) OnUpdate(oldObj, newObj interface{}) {
	r.record(fmt.Sprintf("update %s->%s", describe(oldObj), describe(newObj)))
}

func (r *recordingHandler) OnDelete(obj interface{}) {
	r.record("delete " + describe(obj))
}

func (r *recordingHandler) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.events)
}

func TestResourceEventHandlerFuncs(t *testing.T) {
	a, b := pod("ns", "a", ""), pod("ns", "b", "")
	var got []string
	funcs := ResourceEventHandlerFuncs{
		AddFunc:    func(obj interface{}) { got = append(got, "add "+describe(obj)) },
		UpdateFunc: func(o, n interface{}) { got = append(got, "update "+describe(o)+"->"+describe(n)) },
		DeleteFunc: func(obj interface{}) { got = append(got, "delete "+describe(obj)) },
	}
	detailed := ResourceEventHandlerDetailedFuncs{
		AddFunc: func(obj interface{}, initial bool) {
			got = append(got, fmt.Sprintf("add %s %v", describe(obj), initial))
		},
		UpdateFunc: funcs.UpdateFunc,
		DeleteFunc: funcs.DeleteFunc,
	}
	tests := []struct {
		name    string
		handler ResourceEventHandler
		want    []string
	}{
		{"funcs", funcs, []string{"add ns/a", "update ns/a->ns/b", "delete ns/b"}},
		{"detailed funcs", detailed, []string{"add ns/a true", "update ns/a->ns/b", "delete ns/b"}},
		{"empty funcs ignore everything", ResourceEventHandlerFuncs{}, nil},
		{"empty detailed funcs ignore everything", ResourceEventHandlerDetailedFuncs{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			tt.handler.OnAdd(a, true)
			tt.handler.OnUpdate(a, b)
			tt.handler.OnDelete(b)
			assert.Equal(t, tt.want, got, "notifications")
		})
	}
}

func TestFilteringResourceEventHandler(t *testing.T) {
	in, out := pod("ns", "in", "keep"), pod("ns", "out", "")
	keep := func(obj interface{}) bool {
		return strings.Contains(obj.(interface{ GetLabels() map[string]string }).GetLabels()["tags"], "keep")
	}
	tests := []struct {
		name   string
		filter func(interface{}) bool
		call   func(h ResourceEventHandler)
		want   []string
	}{
		{"add accepted", keep, func(h ResourceEventHandler) { h.OnAdd(in, true) }, []string{"add ns/in true"}},
		{"add rejected", keep, func(h ResourceEventHandler) { h.OnAdd(out, true) }, nil},
		{"update both accepted", keep, func(h ResourceEventHandler) { h.OnUpdate(in, in) }, []string{"update ns/in->ns/in"}},
		{"update leaves the filter: delete old", keep, func(h ResourceEventHandler) { h.OnUpdate(in, out) }, []string{"delete ns/in"}},
		{"update enters the filter: add new", keep, func(h ResourceEventHandler) { h.OnUpdate(out, in) }, []string{"add ns/in false"}},
		{"update both rejected", keep, func(h ResourceEventHandler) { h.OnUpdate(out, out) }, nil},
		{"delete accepted", keep, func(h ResourceEventHandler) { h.OnDelete(in) }, []string{"delete ns/in"}},
		{"delete rejected", keep, func(h ResourceEventHandler) { h.OnDelete(out) }, nil},
		{"nil filter accepts", nil, func(h ResourceEventHandler) { h.OnDelete(out) }, []string{"delete ns/out"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recordingHandler{}
			tt.call(FilteringResourceEventHandler{FilterFunc: tt.filter, Handler: rec})
			assert.Equal(t, tt.want, rec.got(), "notifications")
		})
	}
	t.Run("nil handler does not panic", func(t *testing.T) {
		h := FilteringResourceEventHandler{FilterFunc: keep}
		h.OnAdd(in, false)
		h.OnUpdate(in, out)
		h.OnDelete(in)
	})
}
