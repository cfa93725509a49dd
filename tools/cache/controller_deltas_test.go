package cache

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deltaRecorder records the notifications of processDeltas.
type deltaRecorder struct{ calls []string }

func (r *deltaRecorder) OnAdd(obj interface{}, isInInitialList bool) {
	r.calls = append(r.calls, fmt.Sprintf("add %s initial=%v", describeObj(obj), isInInitialList))
}

func (r *deltaRecorder) OnUpdate(oldObj, newObj interface{}) {
	r.calls = append(r.calls, fmt.Sprintf("update %s -> %s", describeObj(oldObj), describeObj(newObj)))
}

func (r *deltaRecorder) OnDelete(obj interface{}) {
	r.calls = append(r.calls, "delete "+describeObj(obj))
}

func TestProcessDeltas(t *testing.T) {
	tests := []struct {
		name      string
		stored    []fifoObj
		deltas    Deltas
		initial   bool
		wantCalls []string
		wantStore []string
	}{{
		name:      "add of a new key",
		deltas:    Deltas{{Added, fobj("a", 1)}},
		initial:   true,
		wantCalls: []string{"add a=1 initial=true"},
		wantStore: []string{"a=1"},
	}, {
		name:      "every upsert type updates a stored key",
		stored:    []fifoObj{fobj("a", 1)},
		deltas:    Deltas{{Sync, fobj("a", 2)}, {Replaced, fobj("a", 3)}, {Added, fobj("a", 4)}, {Updated, fobj("a", 5)}},
		wantCalls: []string{"update a=1 -> a=2", "update a=2 -> a=3", "update a=3 -> a=4", "update a=4 -> a=5"},
		wantStore: []string{"a=5"},
	}, {
		name:      "sync and replaced of a new key add it",
		deltas:    Deltas{{Replaced, fobj("a", 1)}, {Deleted, fobj("a", 1)}, {Sync, fobj("a", 2)}},
		wantCalls: []string{"add a=1 initial=false", "delete a=1", "add a=2 initial=false"},
		wantStore: []string{"a=2"},
	}, {
		name:      "tombstone deletion",
		stored:    []fifoObj{fobj("a", 1), fobj("b", 1)},
		deltas:    Deltas{{Deleted, DeletedFinalStateUnknown{Key: "a", Obj: fobj("a", 1)}}},
		wantCalls: []string{"delete ~a(a=1)"},
		wantStore: []string{"b=1"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := NewStore(func(obj interface{}) (string, error) {
				if d, ok := obj.(DeletedFinalStateUnknown); ok {
					return d.Key, nil
				}
				return fifoKey(obj)
			})
			for _, o := range tt.stored {
				require.NoError(t, store.Add(o))
			}
			h := &deltaRecorder{}
			require.NoError(t, processDeltas(h, store, tt.deltas, tt.initial))
			assert.Equal(t, tt.wantCalls, h.calls, "handler calls")
			var got []string
			for _, o := range store.List() {
				got = append(got, describeObj(o))
			}
			assert.ElementsMatch(t, tt.wantStore, got, "store content")
		})
	}
}

func TestProcessDeltasErrors(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name   string
		store  Store
		deltas Deltas
		want   error
	}{
		{
			name:   "store add error",
			store:  &FakeCustomStore{GetFunc: func(interface{}) (interface{}, bool, error) { return nil, false, nil }, AddFunc: func(interface{}) error { return boom }},
			deltas: Deltas{{Added, fobj("a", 1)}},
			want:   boom,
		},
		{
			name:   "store get error",
			store:  &FakeCustomStore{GetFunc: func(interface{}) (interface{}, bool, error) { return nil, false, boom }},
			deltas: Deltas{{Updated, fobj("a", 1)}},
			want:   boom,
		},
		{
			name:   "store delete error",
			store:  &FakeCustomStore{DeleteFunc: func(interface{}) error { return boom }},
			deltas: Deltas{{Deleted, fobj("a", 1)}},
			want:   boom,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &deltaRecorder{}
			err := processDeltas(h, tt.store, tt.deltas, false)
			require.ErrorIs(t, err, tt.want, "processDeltas")
			assert.Empty(t, h.calls, "no notification for a failed delta")
		})
	}
	err := processDeltas(&deltaRecorder{}, NewStore(fifoKey), Deltas{{DeltaType("Bogus"), fobj("a", 1)}}, false)
	assert.ErrorContains(t, err, `unknown delta type "Bogus"`, "unknown delta type")
}
