package cache

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// reflScriptLW is a ListerWatcher answering from scripts: each List and Watch
// call takes the next entry (the last one repeats), and records its
// options.
type reflScriptLW struct {
	mu        sync.Mutex
	lists     []reflListAnswer
	watches   []reflWatchAnswer
	listOpts  []metav1.ListOptions
	watchOpts []metav1.ListOptions
}

type reflListAnswer struct {
	obj runtime.Object
	err error
}

// reflWatchAnswer is a watch's events (sent, then the watch ends unless
// open) or an error opening it.
type reflWatchAnswer struct {
	events []watch.Event
	open   bool
	err    error
}

func (s *reflScriptLW) List(opts metav1.ListOptions) (runtime.Object, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.listOpts = append(s.listOpts, opts)
	if len(s.lists) == 0 {
		return &corev1.PodList{}, nil
	}
	a := s.lists[0]
	if len(s.lists) > 1 {
		s.lists = s.lists[1:]
	}
	return a.obj, a.err
}

func (s *reflScriptLW) Watch(opts metav1.ListOptions) (watch.Interface, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.watchOpts = append(s.watchOpts, opts)
	if len(s.watches) == 0 {
		return watch.NewFake(), nil // open and silent
	}
	a := s.watches[0]
	if len(s.watches) > 1 {
		s.watches = s.watches[1:]
	}
	if a.err != nil {
		return nil, a.err
	}
	w := watch.NewFakeWithChanSize(len(a.events), false)
	for _, reflEv := range a.events {
		w.Action(reflEv.Type, reflEv.Object)
	}
	if !a.open {
		w.Stop()
	}
	return w, nil
}

func (s *reflScriptLW) options() (lists, watches []metav1.ListOptions) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]metav1.ListOptions(nil), s.listOpts...), append([]metav1.ListOptions(nil), s.watchOpts...)
}

// reflRvPod returns pod ns/name at resource version rv.
func reflRvPod(name, rv string) *corev1.Pod {
	return &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Namespace: "ns", Name: name, ResourceVersion: rv}}
}

// reflPodList returns a pod list at rv holding pods named names.
func reflPodList(rv string, names ...string) *corev1.PodList {
	l := &corev1.PodList{ListMeta: metav1.ListMeta{ResourceVersion: rv}}
	for _, n := range names {
		l.Items = append(l.Items, *reflRvPod(n, rv))
	}
	return l
}

// reflEndBookmark returns the bookmark ending a watch-list's initial events.
func reflEndBookmark(rv string) watch.Event {
	p := reflRvPod("", rv)
	p.Annotations = map[string]string{metav1.InitialEventsAnnotationKey: "true"}
	return watch.Event{Type: watch.Bookmark, Object: p}
}

func reflEv(t watch.EventType, obj runtime.Object) watch.Event {
	return watch.Event{Type: t, Object: obj}
}

// reflStatusEvent returns an ERROR event carrying err's Status.
func reflStatusEvent(err *apierrors.StatusError) watch.Event {
	st := err.ErrStatus
	return watch.Event{Type: watch.Error, Object: &st}
}

var reflPodsGR = schema.GroupResource{Resource: "pods"}

func reflErrGone() *apierrors.StatusError {
	return apierrors.NewResourceExpired("too old resource version: 1 (5)")
}

func reflErrTooMany() *apierrors.StatusError { return apierrors.NewTooManyRequests("slow down", 1) }

func reflErrInternal() *apierrors.StatusError { return apierrors.NewInternalError(reflErrTest) }

func reflErrForbidden() *apierrors.StatusError {
	return apierrors.NewForbidden(reflPodsGR, "", reflErrTest)
}

func reflErrTooLarge() *apierrors.StatusError {
	e := apierrors.NewTimeoutError("Too large resource version: 20, current: 10", 1)
	if e.ErrStatus.Details == nil {
		e.ErrStatus.Details = &metav1.StatusDetails{}
	}
	e.ErrStatus.Details.Causes = []metav1.StatusCause{{Type: metav1.CauseTypeResourceVersionTooLarge}}
	return e
}

type reflTestError string

func (e reflTestError) Error() string { return string(e) }

const reflErrTest = reflTestError("boom")

// reflRecordingStore is a Store that also records bookmarks and resource
// version updates.
type reflRecordingStore struct {
	Store
	mu        sync.Mutex
	bookmarks []string
	updates   []string
	resyncs   int
	resyncErr error
}

func reflNewRecordingStore() *reflRecordingStore {
	return &reflRecordingStore{Store: NewStore(MetaNamespaceKeyFunc)}
}

func (s *reflRecordingStore) Bookmark(rv string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bookmarks = append(s.bookmarks, rv)
}

func (s *reflRecordingStore) UpdateResourceVersion(rv string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.updates = append(s.updates, rv)
}

func (s *reflRecordingStore) Resync() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resyncs++
	return s.resyncErr
}

func (s *reflRecordingStore) resyncCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resyncs
}

// reflTestReflector returns a reflector over lw and store with a backoff of
// 1ms so backoff states pass at once.
func reflTestReflector(t *testing.T, lw ListerWatcher, store ReflectorStore, watchList bool) *Reflector {
	t.Helper()
	r := NewReflectorWithOptions(lw, &corev1.Pod{}, store, ReflectorOptions{Name: "test"})
	r.useWatchList = watchList
	r.logger = slog.New(slog.DiscardHandler)
	r.backoff.initial, r.backoff.limit = time.Millisecond, time.Millisecond
	return r
}

// reflKeys returns the sorted reflKeys of store.
func reflKeys(store Store) []string {
	k := store.ListKeys()
	slices.Sort(k)
	return k
}

// reflCancelled returns a context that is already done.
func reflCancelled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

// reflScriptOf returns the script a test reflector runs on.
func reflScriptOf(r *Reflector) *reflScriptLW {
	return r.listerWatcher.(listerWatcherAdapter).listerAdapter.l.(*reflScriptLW)
}
