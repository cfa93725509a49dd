package cache

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// reflTransition is one step of the reflector's state machine: from a state,
// with a scripted server and prepared reflector, to the next state.
type reflTransition struct {
	name      string
	from      reflectorState
	watchList bool
	lw        *reflScriptLW
	// prepare adjusts the reflector (and machine) before the step.
	prepare func(r *Reflector, m *reflectorMachine)
	ctx     context.Context

	want    reflectorState
	wantErr func(error) bool
	// check inspects the reflector, machine and store after the step.
	check func(t *testing.T, r *Reflector, m *reflectorMachine, store *reflRecordingStore)
}

func reflSynced(rv string) func(*Reflector, *reflectorMachine) {
	return func(r *Reflector, _ *reflectorMachine) { r.setLastSyncResourceVersion(rv) }
}

func reflIsVeryShort(err error) bool {
	var v *VeryShortWatchError
	return errors.As(err, &v)
}

func reflTransitions() []reflTransition {
	return []reflTransition{
		{name: "start chooses watch-list when enabled", from: stateStart, watchList: true, lw: &reflScriptLW{}, want: stateWatchList},
		{name: "start chooses list when watch-list is off", from: stateStart, lw: &reflScriptLW{}, want: stateList},
		{name: "every state stops once the context is done", from: stateWatch, lw: &reflScriptLW{}, ctx: reflCancelled(), want: stateStopped},
		{
			name: "first list is at 0 and fills the store", from: stateList,
			lw:   &reflScriptLW{lists: []reflListAnswer{{obj: reflPodList("7", "a", "b")}}},
			want: stateWatch,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, store *reflRecordingStore) {
				lists, _ := reflScriptOf(r).options()
				assert.Equal(t, "0", lists[0].ResourceVersion, "first list RV")
				assert.Equal(t, int64(500), lists[0].Limit, "first list pages by 500")
				assert.Equal(t, []string{"ns/a", "ns/b"}, reflKeys(store))
				assert.Equal(t, "7", r.LastSyncResourceVersion())
			},
		},
		{
			name: "relist at the last version is unpaginated", from: stateList, prepare: reflSynced("10"),
			lw:   &reflScriptLW{lists: []reflListAnswer{{obj: reflPodList("12", "a")}}},
			want: stateWatch,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, _ *reflRecordingStore) {
				lists, _ := reflScriptOf(r).options()
				assert.Equal(t, metav1.ListOptions{ResourceVersion: "10"}, lists[0])
			},
		},
		{
			name: "expired relist lists again for the latest state", from: stateList, prepare: reflSynced("10"),
			lw: &reflScriptLW{lists: []reflListAnswer{{err: reflErrGone()}}}, want: stateList, wantErr: isExpiredError,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, _ *reflRecordingStore) {
				assert.Equal(t, "", r.relistResourceVersion(), "next list asks for the latest state")
			},
		},
		{
			name: "too large version lists again for the latest state", from: stateList, prepare: reflSynced("20"),
			lw: &reflScriptLW{lists: []reflListAnswer{{err: reflErrTooLarge()}}}, want: stateList, wantErr: isTooLargeResourceVersionError,
		},
		{
			name: "expired list at the latest state backs off", from: stateList,
			prepare: func(r *Reflector, _ *reflectorMachine) { r.setResourceVersionUnavailable(true) },
			lw:      &reflScriptLW{lists: []reflListAnswer{{err: reflErrGone()}}}, want: stateBackoff, wantErr: isExpiredError,
		},
		{
			name: "failed list backs off", from: stateList,
			lw: &reflScriptLW{lists: []reflListAnswer{{err: reflErrForbidden()}}}, want: stateBackoff, wantErr: apierrors.IsForbidden,
		},
		{
			name: "watch-list fills the store at its end bookmark", from: stateWatchList, watchList: true,
			lw: &reflScriptLW{watches: []reflWatchAnswer{{open: true, events: []watch.Event{
				reflEv(watch.Added, reflRvPod("a", "3")), reflEv(watch.Added, reflRvPod("b", "4")), reflEv(watch.Deleted, reflRvPod("a", "5")),
				reflEv(watch.Added, reflRvPod("c", "6")), reflEndBookmark("9"),
			}}}},
			want: stateWatch,
			check: func(t *testing.T, r *Reflector, m *reflectorMachine, store *reflRecordingStore) {
				_, watches := reflScriptOf(r).options()
				o := watches[0]
				assert.True(t, o.SendInitialEvents != nil && *o.SendInitialEvents, "sendInitialEvents")
				assert.Equal(t, metav1.ResourceVersionMatchNotOlderThan, o.ResourceVersionMatch)
				assert.True(t, o.AllowWatchBookmarks)
				assert.Equal(t, "", o.ResourceVersion)
				assert.Equal(t, []string{"ns/b", "ns/c"}, reflKeys(store))
				assert.Equal(t, "9", r.LastSyncResourceVersion())
				assert.NotNil(t, m.w, "the watch stays open for the watch state")
				assert.Equal(t, "9", m.wRV)
			},
		},
		{
			name: "throttled watch-list backs off and retries", from: stateWatchList, watchList: true,
			lw: &reflScriptLW{watches: []reflWatchAnswer{{err: reflErrTooMany()}}}, want: stateWatchListBackoff, wantErr: apierrors.IsTooManyRequests,
		},
		{
			name: "expired watch-list retries for the latest state", from: stateWatchList, watchList: true, prepare: reflSynced("10"),
			lw: &reflScriptLW{watches: []reflWatchAnswer{{err: reflErrGone()}}}, want: stateWatchList, wantErr: isExpiredError,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, _ *reflRecordingStore) {
				assert.Equal(t, "", r.watchListResourceVersion())
			},
		},
		{
			name: "failed watch-list falls back to list", from: stateWatchList, watchList: true,
			lw: &reflScriptLW{watches: []reflWatchAnswer{{err: reflErrForbidden()}}}, want: stateList, wantErr: apierrors.IsForbidden,
		},
		{
			name: "watch-list ending before its bookmark falls back to list", from: stateWatchList, watchList: true,
			lw:   &reflScriptLW{watches: []reflWatchAnswer{{events: []watch.Event{reflEv(watch.Added, reflRvPod("a", "3"))}}}},
			want: stateList, wantErr: func(err error) bool { return errors.Is(err, errInitialEventsUnfinished) },
			check: func(t *testing.T, _ *Reflector, _ *reflectorMachine, store *reflRecordingStore) {
				assert.Empty(t, reflKeys(store), "nothing reaches the store before the bookmark")
			},
		},
		{
			name: "watch applies events and re-watches after a clean end", from: stateWatch, prepare: reflSynced("5"),
			lw: &reflScriptLW{watches: []reflWatchAnswer{{events: []watch.Event{
				reflEv(watch.Added, reflRvPod("a", "6")), reflEv(watch.Modified, reflRvPod("a", "7")), reflEv(watch.Added, reflRvPod("b", "8")),
				reflEv(watch.Deleted, reflRvPod("b", "9")), reflEv(watch.Bookmark, reflRvPod("", "11")),
			}}}},
			want: stateWatch,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, store *reflRecordingStore) {
				_, watches := reflScriptOf(r).options()
				assert.Equal(t, "5", watches[0].ResourceVersion)
				assert.True(t, watches[0].AllowWatchBookmarks)
				ts := *watches[0].TimeoutSeconds
				assert.True(t, ts >= 300 && ts < 600, "timeout %d in [300,600)", ts)
				assert.Equal(t, []string{"ns/a"}, reflKeys(store))
				obj, _, _ := store.GetByKey("ns/a")
				assert.Equal(t, "7", obj.(*corev1.Pod).ResourceVersion)
				assert.Equal(t, "11", r.LastSyncResourceVersion(), "the bookmark advances the RV")
				assert.Equal(t, []string{"11"}, store.bookmarks)
				assert.Equal(t, []string{"6", "7", "8", "9", "11"}, store.updates)
			},
		},
		{
			name: "watch from 0 records versions from the first non-ADDED event", from: stateWatch, prepare: reflSynced("0"),
			lw: &reflScriptLW{watches: []reflWatchAnswer{{events: []watch.Event{
				reflEv(watch.Added, reflRvPod("a", "6")), reflEv(watch.Added, reflRvPod("b", "8")), reflEv(watch.Modified, reflRvPod("a", "9")),
				reflEv(watch.Added, reflRvPod("c", "10")),
			}}}},
			want: stateWatch,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, store *reflRecordingStore) {
				assert.Equal(t, []string{"9", "10"}, store.updates)
				assert.Equal(t, "10", r.LastSyncResourceVersion())
			},
		},
		{
			name: "objects of the wrong type are skipped", from: stateWatch, prepare: reflSynced("5"),
			lw: &reflScriptLW{watches: []reflWatchAnswer{{events: []watch.Event{
				reflEv(watch.Added, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "cm", ResourceVersion: "6"}}),
				reflEv(watch.Added, &metav1.Table{}), reflEv(watch.Added, reflRvPod("a", "7")),
			}}}},
			want: stateWatch,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, store *reflRecordingStore) {
				assert.Equal(t, []string{"ns/a"}, reflKeys(store))
				assert.Equal(t, "7", r.LastSyncResourceVersion())
			},
		},
		{
			name: "410 mid-watch relists", from: stateWatch, prepare: reflSynced("5"),
			lw:   &reflScriptLW{watches: []reflWatchAnswer{{open: true, events: []watch.Event{reflStatusEvent(reflErrGone())}}}},
			want: stateBackoff, wantErr: isExpiredError,
			check: func(t *testing.T, r *Reflector, _ *reflectorMachine, _ *reflRecordingStore) {
				assert.Equal(t, "5", r.relistResourceVersion(), "the relist asks for the last version, not the latest")
			},
		},
		{
			name: "429 mid-watch backs off and re-watches", from: stateWatch, prepare: reflSynced("5"),
			lw:   &reflScriptLW{watches: []reflWatchAnswer{{open: true, events: []watch.Event{reflStatusEvent(reflErrTooMany())}}}},
			want: stateWatchBackoff, wantErr: apierrors.IsTooManyRequests,
		},
		{
			name: "internal error relists without a retry duration", from: stateWatch, prepare: reflSynced("5"),
			lw:   &reflScriptLW{watches: []reflWatchAnswer{{open: true, events: []watch.Event{reflStatusEvent(reflErrInternal())}}}},
			want: stateBackoff, wantErr: apierrors.IsInternalError,
		},
		{
			name: "internal error re-watches within the retry duration", from: stateWatch,
			prepare: func(r *Reflector, m *reflectorMachine) {
				r.setLastSyncResourceVersion("5")
				m.retry = NewRetryWithDeadline(60e9, 60e9, apierrors.IsInternalError, nil)
			},
			lw:   &reflScriptLW{watches: []reflWatchAnswer{{open: true, events: []watch.Event{reflStatusEvent(reflErrInternal())}}}},
			want: stateWatch, wantErr: apierrors.IsInternalError,
		},
		{
			name: "a watch closed at once without events is very short", from: stateWatch, prepare: reflSynced("5"),
			lw: &reflScriptLW{watches: []reflWatchAnswer{{}}}, want: stateBackoff, wantErr: reflIsVeryShort,
		},
		{
			name: "throttled watch start backs off and re-watches", from: stateWatch, prepare: reflSynced("5"),
			lw: &reflScriptLW{watches: []reflWatchAnswer{{err: reflErrTooMany()}}}, want: stateWatchBackoff, wantErr: apierrors.IsTooManyRequests,
		},
		{
			name: "failed watch start relists", from: stateWatch, prepare: reflSynced("5"),
			lw: &reflScriptLW{watches: []reflWatchAnswer{{err: reflErrForbidden()}}}, want: stateBackoff, wantErr: apierrors.IsForbidden,
		},
		{name: "watch backoff re-watches", from: stateWatchBackoff, lw: &reflScriptLW{}, want: stateWatch},
		{name: "watch-list backoff retries the watch-list", from: stateWatchListBackoff, lw: &reflScriptLW{}, want: stateWatchList},
		{name: "cycle backoff starts over", from: stateBackoff, lw: &reflScriptLW{}, want: stateStart},
	}
}

// TestReflectorTransitions runs one step per reflTransition and checks the
// next state, the error and the effects.
func TestReflectorTransitions(t *testing.T) {
	for _, tt := range reflTransitions() {
		t.Run(tt.name, func(t *testing.T) {
			store := reflNewRecordingStore()
			r := reflTestReflector(t, tt.lw, store, tt.watchList)
			m := newReflectorMachine(r)
			defer m.endCycle()
			if tt.prepare != nil {
				tt.prepare(r, m)
			}
			ctx := tt.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			got, err := m.step(ctx, tt.from)
			assert.Equal(t, tt.want.String(), got.String(), "next state")
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.Error(t, err)
				assert.True(t, tt.wantErr(err), "unexpected error %v", err)
			}
			if tt.check != nil {
				tt.check(t, r, m, store)
			}
		})
	}
}
