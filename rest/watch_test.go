package rest

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

const (
	addedA    = `{"type":"ADDED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a","resourceVersion":"1"}}}`
	modifiedA = `{"type":"MODIFIED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a","resourceVersion":"2"}}}`
	bookmark  = `{"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"3","annotations":{"k8s.io/initial-events-end":"true"}}}}`
	errorEv   = `{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Expired","code":410,"message":"too old"}}`
)

// streamHandler writes body as a 200 watch response and then ends it.
func streamHandler(body string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", jsonCT)
		w.Header().Set("Warning", `299 - "watch warning"`)
		w.WriteHeader(200)
		_, _ = io.WriteString(w, body)
	})
}

// collect reads every event until the channel closes.
func collect(t *testing.T, w watch.Interface) []watch.Event {
	t.Helper()
	var events []watch.Event
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ev, ok := <-w.ResultChan():
			if !ok {
				return events
			}
			events = append(events, ev)
		case <-timeout:
			t.Fatal("watch channel did not close")
		}
	}
}

// eventSummary renders an event as "TYPE name@rv" or "ERROR reason".
func eventSummary(ev watch.Event) string {
	switch obj := ev.Object.(type) {
	case *corev1.Pod:
		return string(ev.Type) + " " + obj.Name + "@" + obj.ResourceVersion
	case *metav1.Status:
		return string(ev.Type) + " " + string(obj.Reason)
	}
	return string(ev.Type) + " ?"
}

func TestWatchDecoding(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"newline delimited", addedA + "\n" + modifiedA + "\n" + bookmark + "\n", []string{"ADDED a@1", "MODIFIED a@2", "BOOKMARK @3"}},
		{"not delimited", addedA + modifiedA, []string{"ADDED a@1", "MODIFIED a@2"}},
		{"error event", addedA + "\n" + errorEv + "\n", []string{"ADDED a@1", "ERROR Expired"}},
		{"empty stream", "", nil},
		{"cut mid-event closes cleanly", addedA + "\n" + modifiedA[:40], []string{"ADDED a@1"}},
		{"invalid type", addedA + `{"type":"FOO","object":{}}`, []string{"ADDED a@1", "ERROR InternalError"}},
		{"garbage", addedA + `{"type":"ADDED","object":[1,2]}`, []string{"ADDED a@1", "ERROR InternalError"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			c, _ := newTestClient(t, streamHandler(tt.body))
			handler := &collectingWarnings{}
			w, err := c.Get().Resource("pods").Param("watch", "true").WarningHandler(handler).Watch(context.Background())
			require.NoError(t, err)
			var got []string
			for _, ev := range collect(t, w) {
				got = append(got, eventSummary(ev))
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, []string{"watch warning"}, handler.texts())
		})
	}
}

func TestWatchDecodeErrorStatus(t *testing.T) {
	c, _ := newTestClient(t, streamHandler(`{"type":"FOO","object":{}}`))
	w, err := c.Get().Resource("pods").Watch(context.Background())
	require.NoError(t, err)
	events := collect(t, w)
	require.Len(t, events, 1)
	status, ok := events[0].Object.(*metav1.Status)
	require.True(t, ok, "error event object is %T", events[0].Object)
	assert.Equal(t, int32(500), status.Code)
	assert.Equal(t, metav1.StatusReasonInternalError, status.Reason)
	assert.Contains(t, status.Message, "unable to decode an event from the watch stream: got invalid watch event type: FOO")
}

func TestWatchStopEndsStream(t *testing.T) {
	checkNoGoroutineLeak(t)
	release := make(chan struct{})
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", jsonCT)
		w.WriteHeader(200)
		_, _ = io.WriteString(w, addedA+"\n")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer close(release)
	w, err := c.Get().Resource("pods").Watch(context.Background())
	require.NoError(t, err)
	ev := <-w.ResultChan()
	assert.Equal(t, "ADDED a@1", eventSummary(ev))
	w.Stop()
	w.Stop()
	assert.Empty(t, collect(t, w))
}

func TestWatchContextCancelEndsStream(t *testing.T) {
	checkNoGoroutineLeak(t)
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", jsonCT)
		w.WriteHeader(200)
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}))
	ctx, cancel := context.WithCancel(context.Background())
	w, err := c.Get().Resource("pods").Watch(ctx)
	require.NoError(t, err)
	cancel()
	assert.Empty(t, collect(t, w))
	w.Stop()
}

func TestWatchErrors(t *testing.T) {
	tests := []struct {
		name  string
		resp  response
		check func(*testing.T, error)
	}{
		{"forbidden status", jsonResponse(403, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,"message":"no"}`),
			func(t *testing.T, err error) { assert.True(t, apierrors.IsForbidden(err), "err = %v", err) }},
		{"gone", jsonResponse(410, ""), func(t *testing.T, err error) { assert.True(t, apierrors.IsGone(err), "err = %v", err) }},
		{"202 is not a watch", jsonResponse(202, `{}`), func(t *testing.T, err error) {
			assert.ErrorContains(t, err, "got status: 202")
		}},
		{"unknown media type", response{code: 200, header: map[string]string{"Content-Type": "application/unknown"}}, func(t *testing.T, err error) {
			assert.ErrorContains(t, err, "application/unknown")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, &recorder{script: []response{tt.resp}})
			w, err := c.Get().Resource("pods").Watch(context.Background())
			require.Error(t, err)
			assert.Nil(t, w)
			tt.check(t, err)
		})
	}
}

func TestStream(t *testing.T) {
	t.Run("body returned", func(t *testing.T) {
		c, _ := newTestClient(t, &recorder{script: []response{{code: 200, body: "log line\n"}}})
		rc, err := c.Get().Resource("pods").Name("p").SubResource("log").Namespace("ns").Stream(context.Background())
		require.NoError(t, err)
		defer rc.Close()
		data, err := io.ReadAll(rc)
		require.NoError(t, err)
		assert.Equal(t, "log line\n", string(data))
	})
	t.Run("error status", func(t *testing.T) {
		c, _ := newTestClient(t, &recorder{script: []response{jsonResponse(404, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404,"message":"gone"}`)}})
		_, err := c.Get().Resource("pods").Name("p").Stream(context.Background())
		require.True(t, apierrors.IsNotFound(err), "err = %v", err)
		assert.Equal(t, "gone", err.Error())
	})
	t.Run("redirect without decoder", func(t *testing.T) {
		c, _ := newTestClient(t, &recorder{script: []response{{code: 304, header: map[string]string{"Content-Type": "text/plain"}, body: "x"}}})
		_, err := c.Get().Resource("pods").Stream(context.Background())
		require.Error(t, err)
		assert.True(t, strings.Contains(err.Error(), "304") || apierrors.ReasonForError(err) != "", "err = %v", err)
	})
}
