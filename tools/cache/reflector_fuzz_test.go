package cache

import (
	"context"
	"errors"
	"log/slog"
	"maps"
	"strconv"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// reflFuzzEvents decodes data, three bytes an event, into watch events:
// the type (ADDED, MODIFIED, DELETED, BOOKMARK, ERROR or an unknown one),
// the object (a pod of one of four names, a config map, nil or a Table) and
// a filler byte; resource versions count up from 6.
func reflFuzzEvents(data []byte) []watch.Event {
	types := []watch.EventType{watch.Added, watch.Modified, watch.Deleted, watch.Bookmark, watch.Error, "WEIRD"}
	var out []watch.Event
	for i := 0; i+2 < len(data) && len(out) < 200; i += 3 {
		rv := strconv.Itoa(6 + len(out))
		var obj runtime.Object
		switch k := data[i+1] % 8; {
		case k < 4:
			obj = reflRvPod("p"+strconv.Itoa(int(k)), rv)
		case k == 4:
			obj = &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "cm", ResourceVersion: rv}}
		case k == 5:
			obj = nil
		case k == 6:
			obj = &metav1.Table{}
		default:
			st := reflErrGone().ErrStatus
			obj = &st
		}
		out = append(out, watch.Event{Type: types[int(data[i])%len(types)], Object: obj})
	}
	return out
}

// reflFuzzModel applies events as the reflector should: it returns the
// expected store (name -> RV), the last recorded RV, whether an ERROR
// event ends the watch and how many events were applied.
func reflFuzzModel(events []watch.Event) (store map[string]string, lastRV string, ended bool, applied int) {
	store, lastRV = map[string]string{}, "5"
	for _, ev := range events {
		if ev.Type == watch.Error {
			return store, lastRV, true, applied
		}
		p, ok := ev.Object.(*corev1.Pod)
		if !ok {
			continue
		}
		switch ev.Type {
		case watch.Added, watch.Modified:
			store["ns/"+p.Name] = p.ResourceVersion
		case watch.Deleted:
			delete(store, "ns/"+p.Name)
		}
		lastRV = p.ResourceVersion
		applied++
	}
	return store, lastRV, false, applied
}

// FuzzReflectorWatchEvents feeds arbitrary event sequences to a watch:
// the reflector must not panic, must skip objects of the wrong type, and
// must leave the store and its resource version as the model says.
func FuzzReflectorWatchEvents(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 0, 0, 2, 0, 0})
	f.Add([]byte{0, 4, 0, 0, 5, 0, 0, 6, 0, 3, 1, 0})
	f.Add([]byte{0, 1, 0, 4, 7, 0, 0, 2, 0})
	f.Add([]byte{5, 0, 0, 2, 3, 0, 3, 2, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		events := reflFuzzEvents(data)
		lw := &reflScriptLW{watches: []reflWatchAnswer{{events: events, open: true}}}
		store := NewStore(MetaNamespaceKeyFunc)
		r := NewNamedReflector("fuzz", lw, &corev1.Pod{}, store, 0)
		r.logger = slog.New(slog.DiscardHandler)
		r.setLastSyncResourceVersion("5")
		w, err := r.startWatch(context.Background(), "5")
		if err != nil {
			t.Fatal(err)
		}
		wantStore, wantRV, ended, applied := reflFuzzModel(events)
		if !ended {
			w.Stop() // the buffered events are still delivered, then the channel closes
		}
		err = r.handleWatch(context.Background(), w, "5", nil)
		var short *VeryShortWatchError
		switch {
		case ended && err == nil:
			t.Fatalf("an ERROR event must end the watch with an error")
		case !ended && err != nil && !(applied == 0 && errors.As(err, &short)):
			t.Fatalf("unexpected error %v", err)
		}
		got := map[string]string{}
		for _, obj := range store.List() {
			p := obj.(*corev1.Pod)
			got["ns/"+p.Name] = p.ResourceVersion
		}
		if !maps.Equal(got, wantStore) {
			t.Fatalf("store: got %v, want %v", got, wantStore)
		}
		if rv := r.LastSyncResourceVersion(); rv != wantRV {
			t.Fatalf("resource version: got %q, want %q", rv, wantRV)
		}
	})
}
