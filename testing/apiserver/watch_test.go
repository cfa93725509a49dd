package apiserver

import (
	"encoding/json"
	"net/http"
	"strconv"
	"testing"
	"time"
)

const cmsPath = "/api/v1/namespaces/default/configmaps"

func TestWatchFromResourceVersion(t *testing.T) {
	s := newTestServer(t, Options{})
	rv := str(mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("a", "")), "metadata.resourceVersion")
	ch, _ := openWatch(t, s, cmsPath+"?watch=true&resourceVersion="+rv)
	mustCall(t, s, http.StatusOK, "PUT", cmsPath+"/a", `{"metadata":{"name":"a"},"data":{"k":"2"}}`)
	mustCall(t, s, http.StatusOK, "DELETE", cmsPath+"/a", "")
	tests := []struct{ typ, k string }{{"MODIFIED", "2"}, {"DELETED", "2"}}
	for _, tt := range tests {
		ev := next(t, ch)
		if ev.Type != tt.typ || str(ev.Object, "data.k") != tt.k {
			t.Errorf("event: got %s k=%s, want %s k=%s", ev.Type, str(ev.Object, "data.k"), tt.typ, tt.k)
		}
	}
}

func TestWatchTooOldIsGone(t *testing.T) {
	s := newTestServer(t, Options{})
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("a", ""))
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("b", ""))
	s.Compact()
	ch, _ := openWatch(t, s, cmsPath+"?watch=true&resourceVersion=1")
	ev := next(t, ch)
	if ev.Type != "ERROR" || str(ev.Object, "code") != "410" || str(ev.Object, "reason") != "Expired" {
		t.Fatalf("got %s %v, want ERROR 410 Expired", ev.Type, ev.Object)
	}
	code, body := call(t, s, "GET", cmsPath+"?resourceVersion=1&resourceVersionMatch=Exact", "")
	if code != http.StatusGone {
		t.Errorf("exact list before compaction: got %d %v, want 410", code, body)
	}
}

func TestContinueTooOldIsExpired(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, n := range []string{"a", "b", "c"} {
		mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody(n, ""))
	}
	page := mustCall(t, s, http.StatusOK, "GET", cmsPath+"?limit=1", "")
	cont := str(page, "metadata.continue")
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("d", ""))
	s.Compact()
	got := mustCall(t, s, http.StatusGone, "GET", cmsPath+"?limit=1&continue="+cont, "")
	if got["reason"] != "Expired" {
		t.Errorf("reason: got %v, want Expired", got["reason"])
	}
}

func TestWatchSelectorTransitions(t *testing.T) {
	s := newTestServer(t, Options{})
	rv := str(mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("a", `{"sel":"out"}`)), "metadata.resourceVersion")
	ch, _ := openWatch(t, s, cmsPath+"?watch=true&labelSelector=sel%3Din&resourceVersion="+rv)
	mustCall(t, s, http.StatusOK, "PUT", cmsPath+"/a", cmBody("a", `{"sel":"in"}`))
	mustCall(t, s, http.StatusOK, "PUT", cmsPath+"/a", cmBody("a", `{"sel":"in","x":"y"}`))
	mustCall(t, s, http.StatusOK, "PUT", cmsPath+"/a", cmBody("a", `{"sel":"out"}`))
	for _, want := range []string{"ADDED", "MODIFIED", "DELETED"} {
		if ev := next(t, ch); ev.Type != want {
			t.Errorf("got %s, want %s", ev.Type, want)
		}
	}
}

func TestWatchListAndBookmarks(t *testing.T) {
	s := newTestServer(t, Options{BookmarkInterval: 10 * time.Millisecond})
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("a", ""))
	ch, _ := openWatch(t, s, cmsPath+"?watch=true&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan")
	if ev := next(t, ch); ev.Type != "ADDED" {
		t.Fatalf("first: got %s, want ADDED", ev.Type)
	}
	ev := next(t, ch)
	if ev.Type != "BOOKMARK" {
		t.Fatalf("second: got %s, want BOOKMARK", ev.Type)
	}
	ann, _ := ev.Object["metadata"].(map[string]any)["annotations"].(map[string]any)
	if ann["k8s.io/initial-events-end"] != "true" {
		t.Errorf("initial-events-end: got %v, want true", ann)
	}
	if ev := next(t, ch); ev.Type != "BOOKMARK" {
		t.Errorf("periodic: got %s, want BOOKMARK", ev.Type)
	}
}

func TestWatchTimeout(t *testing.T) {
	s := newTestServer(t, Options{})
	ch, _ := openWatch(t, s, cmsPath+"?watch=true&timeoutSeconds=1&resourceVersion=1")
	for range ch {
		t.Error("got an event, want none")
	}
}

func TestWatchEndsOnClose(t *testing.T) {
	s := newTestServer(t, Options{})
	ch, _ := openWatch(t, s, cmsPath+"?watch=true")
	s.Close()
	for range ch {
		t.Error("got an event, want the stream to end")
	}
}

func TestWatchOneObject(t *testing.T) {
	s := newTestServer(t, Options{})
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("a", ""))
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("b", ""))
	initial, _ := openWatch(t, s, cmsPath+"/b?watch=true&timeoutSeconds=1")
	var names []string
	for ev := range initial {
		names = append(names, ev.Type+" "+str(ev.Object, "metadata.name"))
	}
	if len(names) != 1 || names[0] != "ADDED b" {
		t.Errorf("initial events: got %v, want [ADDED b]", names)
	}
	ch, _ := openWatch(t, s, cmsPath+"/b?watch=true&resourceVersion="+strconv.FormatUint(s.ResourceVersion(), 10))
	mustCall(t, s, http.StatusOK, "PUT", cmsPath+"/a", cmBody("a", `{"x":"1"}`))
	mustCall(t, s, http.StatusOK, "PUT", cmsPath+"/b", cmBody("b", `{"x":"1"}`))
	if ev := next(t, ch); ev.Type != "MODIFIED" || str(ev.Object, "metadata.name") != "b" {
		t.Errorf("change: got %s %s, want MODIFIED b", ev.Type, str(ev.Object, "metadata.name"))
	}
}

func TestWatchMetadataOnly(t *testing.T) {
	s := newTestServer(t, Options{})
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("a", ""))
	req, _ := http.NewRequest("GET", InProcessHost+cmsPath+"?watch=true", nil)
	req.Header.Set("Accept", "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1")
	resp, err := s.RoundTripper().RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var ev watchEvent
	if err := json.NewDecoder(resp.Body).Decode(&ev); err != nil {
		t.Fatal(err)
	}
	if ev.Object["kind"] != "PartialObjectMetadata" || ev.Object["data"] != nil || str(ev.Object, "metadata.name") != "a" {
		t.Errorf("got %v, want PartialObjectMetadata of a", ev.Object)
	}
}
