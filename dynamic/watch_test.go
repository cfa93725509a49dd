package dynamic_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// TestWatchEvents decodes a chunked JSON watch stream: every event object
// is an *unstructured.Unstructured, BOOKMARK objects carry only what the
// server sent, and an ERROR event holds a Status usable as an error.
func TestWatchEvents(t *testing.T) {
	stream := `{"type":"ADDED","object":{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"a","resourceVersion":"1"}}}
{"type":"MODIFIED","object":{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"a","resourceVersion":"2"},"n":12}}
{"type":"DELETED","object":{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"a","resourceVersion":"3"}}}
{"type":"BOOKMARK","object":{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"resourceVersion":"964","annotations":{"k8s.io/initial-events-end":"true"}}}}
{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: 1 (964)","reason":"Expired","code":410}}
`
	rec := newRecorder(t, func(*http.Request) response { return response{Body: stream} })
	w, err := rec.client(t).Resource(serviceAccounts).Namespace("ns").Watch(context.Background(), metav1.ListOptions{ResourceVersion: "0"})
	require.NoError(t, err)
	defer w.Stop()
	var events []watch.Event
	for ev := range w.ResultChan() {
		events = append(events, ev)
	}
	require.Len(t, events, 5)
	wantTypes := []watch.EventType{watch.Added, watch.Modified, watch.Deleted, watch.Bookmark, watch.Error}
	for i, ev := range events {
		assert.Equal(t, wantTypes[i], ev.Type, "event %d type", i)
		_, ok := ev.Object.(*unstructured.Unstructured)
		assert.True(t, ok, "event %d object is %T, want *unstructured.Unstructured", i, ev.Object)
	}
	modified := events[1].Object.(*unstructured.Unstructured)
	assert.Equal(t, int64(12), modified.Object["n"])
	bookmark := events[3].Object.(*unstructured.Unstructured)
	assert.Equal(t, map[string]interface{}{
		"kind": "ServiceAccount", "apiVersion": "v1",
		"metadata": map[string]interface{}{"resourceVersion": "964", "annotations": map[string]interface{}{"k8s.io/initial-events-end": "true"}},
	}, bookmark.Object)
	errEvent := apierrors.FromObject(events[4].Object)
	assert.True(t, apierrors.IsResourceExpired(errEvent), "got %v, want an Expired StatusError", errEvent)
	assert.Equal(t, "resourceVersion=0&watch=true", rec.last(t).Query)
}

// TestWatchStopAndCancel checks that Stop and cancelling the context end
// a watch whose server keeps the stream open, closing the channel.
func TestWatchStopAndCancel(t *testing.T) {
	for _, how := range []string{"stop", "cancel"} {
		t.Run(how, func(t *testing.T) {
			served := make(chan struct{})
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprintln(w, `{"type":"ADDED","object":{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"a"}}}`)
				w.(http.Flusher).Flush()
				close(served)
				<-r.Context().Done()
			}))
			defer srv.Close()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			w, err := newClient(t, srv.URL).Resource(serviceAccounts).Watch(ctx, metav1.ListOptions{})
			require.NoError(t, err)
			ev := <-w.ResultChan()
			assert.Equal(t, watch.Added, ev.Type)
			<-served
			if how == "stop" {
				w.Stop()
			} else {
				cancel()
			}
			select {
			case _, open := <-w.ResultChan():
				for open {
					_, open = <-w.ResultChan()
				}
			case <-time.After(30 * time.Second):
				t.Fatal("the watch channel did not close")
			}
			w.Stop()
		})
	}
}

// TestWatchUndecodableStream checks that garbage on the stream ends the
// watch with an Error event instead of a panic.
func TestWatchUndecodableStream(t *testing.T) {
	rec := newRecorder(t, fixed(http.StatusOK, `{"type":"ADDED","object":{"metadata":{}}}`+"\n"))
	w, err := rec.client(t).Resource(serviceAccounts).Watch(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	defer w.Stop()
	var events []watch.Event
	for ev := range w.ResultChan() {
		events = append(events, ev)
	}
	require.Len(t, events, 1)
	assert.Equal(t, watch.Error, events[0].Type)
}
