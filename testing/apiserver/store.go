package apiserver

import (
	"sort"
	"strconv"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Watch event types, as the wire names them.
const (
	eventAdded    = "ADDED"
	eventModified = "MODIFIED"
	eventDeleted  = "DELETED"
)

// event is one committed change. obj is the new state (the last state, at
// the deletion's resourceVersion, for DELETED); prev is the state before
// (nil for ADDED).
type event struct {
	rv   uint64
	typ  string
	gvr  schema.GroupVersionResource
	key  string
	obj  *object
	prev *object
}

// store keeps every object in memory, keyed by resource and "ns/name", with
// one resourceVersion counter and a bounded history of events that serves
// watches and consistent snapshots. It is generic over resources.
type store struct {
	mu      sync.RWMutex
	rv      uint64
	data    map[schema.GroupVersionResource]map[string]*object
	history []event
	// compacted is the newest resourceVersion not in history: every event
	// with a larger resourceVersion is kept.
	compacted   uint64
	historySize int
	wake        chan struct{}
	// owners indexes objects by the uids in their ownerReferences.
	owners map[string]map[ownedKey]bool
}

// ownedKey locates an object that has owners.
type ownedKey struct {
	gvr schema.GroupVersionResource
	key string
}

// newStore returns an empty store keeping about historySize events.
func newStore(historySize int) *store {
	if historySize <= 0 {
		historySize = 10000
	}
	return &store{
		data:        map[schema.GroupVersionResource]map[string]*object{},
		historySize: historySize,
		wake:        make(chan struct{}),
		owners:      map[string]map[ownedKey]bool{},
	}
}

// objectKey is the storage key of a namespaced or cluster-scoped object.
func objectKey(ns, name string) string {
	if ns == "" {
		return name
	}
	return ns + "/" + name
}

// txn is a write transaction; it runs with the store's lock held.
type txn struct {
	s *store
}

// get returns the current object at key, or nil.
func (t *txn) get(gvr schema.GroupVersionResource, key string) *object {
	return t.s.data[gvr][key]
}

// put stores m at key under a new resourceVersion and records the event.
// It sets metadata.resourceVersion on m, which must not be shared.
func (t *txn) put(gvr schema.GroupVersionResource, key string, m map[string]any) (*object, error) {
	s := t.s
	rv := s.rv + 1
	setMeta(m, "resourceVersion", strconv.FormatUint(rv, 10))
	obj, err := newObject(m)
	if err != nil {
		return nil, err
	}
	prev := s.data[gvr][key]
	typ := eventModified
	if prev == nil {
		typ = eventAdded
	}
	if s.data[gvr] == nil {
		s.data[gvr] = map[string]*object{}
	}
	s.data[gvr][key] = obj
	s.commit(event{rv: rv, typ: typ, gvr: gvr, key: key, obj: obj, prev: prev})
	return obj, nil
}

// remove deletes the object at key; the DELETED event carries its last
// state under the new resourceVersion.
func (t *txn) remove(gvr schema.GroupVersionResource, key string) (*object, error) {
	s := t.s
	prev := s.data[gvr][key]
	if prev == nil {
		return nil, nil
	}
	rv := s.rv + 1
	m := copyMap(prev.m)
	setMeta(m, "resourceVersion", strconv.FormatUint(rv, 10))
	obj, err := newObject(m)
	if err != nil {
		return nil, err
	}
	delete(s.data[gvr], key)
	s.commit(event{rv: rv, typ: eventDeleted, gvr: gvr, key: key, obj: obj, prev: prev})
	return obj, nil
}

// commit appends ev, trims the history and wakes the watchers.
func (s *store) commit(ev event) {
	s.rv = ev.rv
	s.indexOwners(ev)
	s.history = append(s.history, ev)
	if len(s.history) > 2*s.historySize {
		drop := len(s.history) - s.historySize
		s.compacted = s.history[drop-1].rv
		s.history = append([]event(nil), s.history[drop:]...)
	}
	close(s.wake)
	s.wake = make(chan struct{})
}

// indexOwners keeps the owner index in step with ev.
func (s *store) indexOwners(ev event) {
	k := ownedKey{gvr: ev.gvr, key: ev.key}
	if ev.prev != nil {
		for _, uid := range ownerUIDs(ev.prev.m) {
			delete(s.owners[uid], k)
			if len(s.owners[uid]) == 0 {
				delete(s.owners, uid)
			}
		}
	}
	if ev.typ == eventDeleted {
		return
	}
	for _, uid := range ownerUIDs(ev.obj.m) {
		if s.owners[uid] == nil {
			s.owners[uid] = map[ownedKey]bool{}
		}
		s.owners[uid][k] = true
	}
}

// ownerUIDs returns the uids of the owner references of m.
func ownerUIDs(m map[string]any) []string {
	refs, _ := lookupPath(m, "metadata", "ownerReferences")
	list, _ := refs.([]any)
	out := make([]string, 0, len(list))
	for _, r := range list {
		if rm, ok := r.(map[string]any); ok {
			if uid, ok := rm["uid"].(string); ok {
				out = append(out, uid)
			}
		}
	}
	return out
}

// dependents returns the keys of the objects owned by uid; it runs inside
// a transaction.
func (t *txn) dependents(uid string) []ownedKey {
	out := make([]ownedKey, 0, len(t.s.owners[uid]))
	for k := range t.s.owners[uid] {
		out = append(out, k)
	}
	return out
}

// update runs fn in a write transaction.
func (s *store) update(fn func(t *txn) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fn(&txn{s: s})
}

// get returns the current object at key, or nil.
func (s *store) get(gvr schema.GroupVersionResource, key string) *object {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[gvr][key]
}

// current returns the newest resourceVersion and the oldest one a snapshot
// or a watch can start from.
func (s *store) current() (rv, compacted uint64) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.rv, s.compacted
}

// keyed is an object with its storage key.
type keyed struct {
	key string
	obj *object
}

// errTooOld and errTooNew report a snapshot outside the history.
type snapshotError struct {
	tooOld    bool
	requested uint64
	current   uint64
}

// Error describes the snapshot failure.
func (e *snapshotError) Error() string {
	if e.tooOld {
		return "too old resource version: " + strconv.FormatUint(e.requested, 10) + " (" + strconv.FormatUint(e.current, 10) + ")"
	}
	return "Too large resource version: " + strconv.FormatUint(e.requested, 10) + ", current: " + strconv.FormatUint(e.current, 10)
}

// snapshot returns the objects of gvr whose key starts with prefix as they
// were at resourceVersion at (0 for now), sorted by key, and the
// resourceVersion of the snapshot.
func (s *store) snapshot(gvr schema.GroupVersionResource, prefix string, at uint64) ([]keyed, uint64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if at == 0 || at == s.rv {
		at = s.rv
	} else if at > s.rv {
		return nil, 0, &snapshotError{requested: at, current: s.rv}
	} else if at < s.compacted {
		return nil, 0, &snapshotError{tooOld: true, requested: at, current: s.compacted + 1}
	}
	state := map[string]*object{}
	for k, o := range s.data[gvr] {
		if hasPrefix(k, prefix) {
			state[k] = o
		}
	}
	for i := len(s.history) - 1; i >= 0 && s.history[i].rv > at; i-- {
		ev := s.history[i]
		if ev.gvr != gvr || !hasPrefix(ev.key, prefix) {
			continue
		}
		if ev.prev == nil {
			delete(state, ev.key)
		} else {
			state[ev.key] = ev.prev
		}
	}
	out := make([]keyed, 0, len(state))
	for k, o := range state {
		out = append(out, keyed{key: k, obj: o})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out, at, nil
}

// hasPrefix says whether key is within prefix ("" matches everything,
// "ns/" matches the namespace).
func hasPrefix(key, prefix string) bool {
	return len(key) >= len(prefix) && key[:len(prefix)] == prefix
}

// eventsAfter returns the events after resourceVersion from and the channel
// closed on the next commit. gone is true when from is older than the
// history.
func (s *store) eventsAfter(from uint64) (evs []event, wake <-chan struct{}, gone bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if from < s.compacted {
		return nil, s.wake, true
	}
	i := sort.Search(len(s.history), func(i int) bool { return s.history[i].rv > from })
	return s.history[i:len(s.history):len(s.history)], s.wake, false
}

// compact drops every event up to resourceVersion rv from the history, as
// an etcd compaction would: watches and continues from before rv get 410.
func (s *store) compact(rv uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if rv > s.rv {
		rv = s.rv
	}
	i := sort.Search(len(s.history), func(i int) bool { return s.history[i].rv > rv })
	s.history = append([]event(nil), s.history[i:]...)
	if rv > s.compacted {
		s.compacted = rv
	}
}
