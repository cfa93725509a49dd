package apiserver

import (
	"io"
	"net/http"
	"testing"
	"time"
)

func TestFaultStatus(t *testing.T) {
	tests := []struct {
		name       string
		fault      Fault
		wantCode   int
		wantReason string
		wantRetry  string
	}{
		{name: "throttled", fault: Fault{Status: 429, RetryAfter: 2}, wantCode: 429, wantReason: "TooManyRequests", wantRetry: "2"},
		{name: "unavailable", fault: Fault{Status: 503}, wantCode: 503, wantReason: "ServiceUnavailable"},
		{name: "internal", fault: Fault{Status: 500}, wantCode: 500, wantReason: "InternalError"},
		{name: "timeout", fault: Fault{Status: 504, RetryAfter: 1}, wantCode: 504, wantReason: "Timeout", wantRetry: "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestServer(t, Options{})
			f := tt.fault
			f.PathPrefix, f.Times = "/api/v1/namespaces", 1
			s.InjectFault(f)
			req, _ := http.NewRequest("GET", InProcessHost+"/api/v1/namespaces/default", nil)
			resp, err := s.RoundTripper().RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.wantCode || resp.Header.Get("Retry-After") != tt.wantRetry {
				t.Errorf("got %d Retry-After %q, want %d %q", resp.StatusCode, resp.Header.Get("Retry-After"), tt.wantCode, tt.wantRetry)
			}
			code, _ := call(t, s, "GET", "/api/v1/namespaces/default", "")
			if code != http.StatusOK {
				t.Errorf("after Times ran out: got %d, want 200", code)
			}
		})
	}
}

func TestFaultCutBody(t *testing.T) {
	s := newTestServer(t, Options{})
	s.InjectFault(Fault{Method: "GET", CutBody: true})
	for _, name := range []string{"in process", "http"} {
		t.Run(name, func(t *testing.T) {
			var resp *http.Response
			var err error
			if name == "http" {
				run := s.Start()
				defer run.Close()
				resp, err = http.Get(run.URL + "/api/v1/namespaces")
			} else {
				req, _ := http.NewRequest("GET", InProcessHost+"/api/v1/namespaces", nil)
				resp, err = s.RoundTripper().RoundTrip(req)
			}
			if err != nil {
				return // a cut before the header is also a cut
			}
			defer resp.Body.Close()
			if _, err := io.ReadAll(resp.Body); err == nil {
				t.Error("read body: got nil error, want the connection cut")
			}
		})
	}
}

func TestFaultDelayAndRemove(t *testing.T) {
	s := newTestServer(t, Options{})
	remove := s.InjectFault(Fault{Delay: 50 * time.Millisecond, Status: 500})
	if code, _ := call(t, s, "GET", "/api/v1/namespaces", ""); code != 500 {
		t.Errorf("with fault: got %d, want 500", code)
	}
	remove()
	if code, _ := call(t, s, "GET", "/api/v1/namespaces", ""); code != 200 {
		t.Errorf("after remove: got %d, want 200", code)
	}
	s.InjectFault(Fault{Status: 500})
	s.ClearFaults()
	if code, _ := call(t, s, "GET", "/api/v1/namespaces", ""); code != 200 {
		t.Errorf("after ClearFaults: got %d, want 200", code)
	}
}

func TestFaultWatch(t *testing.T) {
	s := newTestServer(t, Options{})
	for _, n := range []string{"a", "b", "c"} {
		mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody(n, ""))
	}
	s.InjectFault(Fault{Query: "watch=true", Times: 1, CloseWatchAfter: 2})
	ch, _ := openWatch(t, s, cmsPath+"?watch=true")
	n := 0
	for range ch {
		n++
	}
	if n != 2 {
		t.Errorf("events before close: got %d, want 2", n)
	}
	s.InjectFault(Fault{Query: "watch=true", Times: 1, CloseWatchAfter: 1, CutBody: true})
	req, _ := http.NewRequest("GET", InProcessHost+cmsPath+"?watch=true", nil)
	resp, err := s.RoundTripper().RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(resp.Body); err == nil {
		t.Error("cut watch: read ended cleanly, want an error")
	}
	resp.Body.Close()
	s.InjectFault(Fault{Query: "watch=true", Times: 1, WatchGone: true})
	ch, _ = openWatch(t, s, cmsPath+"?watch=true")
	if ev := next(t, ch); ev.Type != "ERROR" || str(ev.Object, "code") != "410" {
		t.Errorf("got %s %v, want ERROR 410", ev.Type, ev.Object)
	}
}
