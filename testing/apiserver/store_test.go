package apiserver

import (
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func TestStoreSnapshot(t *testing.T) {
	gvr := schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}
	st := newStore(4)
	put := func(key, v string) {
		t.Helper()
		err := st.update(func(tx *txn) error {
			_, err := tx.put(gvr, key, map[string]any{"metadata": map[string]any{"name": key}, "v": v})
			return err
		})
		if err != nil {
			t.Fatalf("put %s: %v", key, err)
		}
	}
	put("ns/a", "1") // rv 1
	put("ns/b", "1") // rv 2
	put("ns/a", "2") // rv 3
	if err := st.update(func(tx *txn) error { _, err := tx.remove(gvr, "ns/b"); return err }); err != nil {
		t.Fatal(err) // rv 4
	}
	tests := []struct {
		name    string
		at      uint64
		prefix  string
		want    map[string]string
		wantErr bool
	}{
		{name: "now", at: 0, want: map[string]string{"ns/a": "2"}},
		{name: "after first write", at: 1, want: map[string]string{"ns/a": "1"}},
		{name: "before delete", at: 3, want: map[string]string{"ns/a": "2", "ns/b": "1"}},
		{name: "other namespace", at: 2, prefix: "other/", want: map[string]string{}},
		{name: "future", at: 9, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, _, err := st.snapshot(gvr, tt.prefix, tt.at)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err: got %v, want error %v", err, tt.wantErr)
			}
			got := map[string]string{}
			for _, it := range items {
				got[it.key] = it.obj.m["v"].(string)
			}
			if !tt.wantErr && len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: got %q, want %q", k, got[k], v)
				}
			}
		})
	}
	st.compact(3)
	if _, _, err := st.snapshot(gvr, "", 2); err == nil {
		t.Error("snapshot before compaction: got no error, want too old")
	}
	if _, _, gone := st.eventsAfter(1); !gone {
		t.Error("eventsAfter(1) after compaction: got not gone, want gone")
	}
	evs, _, gone := st.eventsAfter(3)
	if gone || len(evs) != 1 || evs[0].typ != eventDeleted {
		t.Errorf("eventsAfter(3): got %d events gone=%v, want one DELETED", len(evs), gone)
	}
}

func TestStoreHistoryTrim(t *testing.T) {
	gvr := schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}
	st := newStore(2)
	for i := 0; i < 10; i++ {
		_ = st.update(func(tx *txn) error {
			_, err := tx.put(gvr, "a", map[string]any{"metadata": map[string]any{}})
			return err
		})
	}
	rv, compacted := st.current()
	if rv != 10 {
		t.Errorf("rv: got %d, want 10", rv)
	}
	if compacted == 0 || compacted >= rv {
		t.Errorf("compacted: got %d, want between 1 and 9", compacted)
	}
	if len(st.history) > 4 {
		t.Errorf("history: got %d events, want at most 4", len(st.history))
	}
}
