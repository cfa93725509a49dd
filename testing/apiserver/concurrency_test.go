package apiserver

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"
)

// stressDuration is how long the writers write: APISERVER_STRESS_DURATION
// when set, 2s under -short, else 10s (the figure).
func stressDuration(t *testing.T) time.Duration {
	if v := os.Getenv("APISERVER_STRESS_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("APISERVER_STRESS_DURATION: %v", err)
		}
		return d
	}
	if testing.Short() {
		return 2 * time.Second
	}
	return 10 * time.Second
}

// TestConcurrentWritersAndWatchers runs 16 writers and 16 watchers: every
// watcher must see every write exactly once, in resourceVersion order.
func TestConcurrentWritersAndWatchers(t *testing.T) {
	const writers, watchers = 16, 16
	s := newTestServer(t, Options{HistorySize: 1 << 20})
	start := s.ResourceVersion()
	chans := make([]<-chan rvEvent, watchers)
	for i := range chans {
		chans[i] = openRVWatch(t, s, cmsPath+"?watch=true&resourceVersion="+strconv.FormatUint(start, 10))
	}
	deadline := time.Now().Add(stressDuration(t))
	var wg sync.WaitGroup
	counts := make([]int, writers)
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			n, err := writeLoop(s, w, deadline)
			counts[w] = n
			errs <- err
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	end := s.ResourceVersion()
	if got := int(end - start); got != total {
		t.Fatalf("resourceVersions used: got %d, want one per write (%d)", got, total)
	}
	var check sync.WaitGroup
	for i, ch := range chans {
		check.Add(1)
		go func(i int, ch <-chan rvEvent) {
			defer check.Done()
			if err := drain(ch, start, end); err != nil {
				t.Errorf("watcher %d: %v", i, err)
			}
		}(i, ch)
	}
	check.Wait()
	t.Logf("%d writes by %d writers seen by %d watchers", total, writers, watchers)
}

// writePause paces each writer so that 16 watchers decoding every event
// keep up on a loaded two-core machine under -race.
const writePause = 20 * time.Millisecond

// writeLoop creates one ConfigMap and updates it until the deadline,
// returning how many writes it made.
func writeLoop(s *Server, w int, deadline time.Time) (int, error) {
	name := fmt.Sprintf("w%d", w)
	rt := s.RoundTripper()
	send := func(method, path, body string) error {
		req, _ := http.NewRequest(method, InProcessHost+path, stringsReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := rt.RoundTrip(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 300 {
			return fmt.Errorf("%s %s: code %d", method, path, resp.StatusCode)
		}
		return nil
	}
	if err := send("POST", cmsPath, cmBody(name, "")); err != nil {
		return 0, err
	}
	n := 1
	for time.Now().Before(deadline) {
		time.Sleep(writePause)
		body := `{"metadata":{"name":"` + name + `"},"data":{"n":"` + strconv.Itoa(n) + `"}}`
		if err := send("PUT", cmsPath+"/"+name, body); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// drain reads events until resourceVersion end and checks that they are
// exactly start+1..end in order.
func drain(ch <-chan rvEvent, start, end uint64) error {
	want := start + 1
	timeout := time.After(60 * time.Second)
	for want <= end {
		select {
		case ev, ok := <-ch:
			if !ok {
				return fmt.Errorf("stream ended at resourceVersion %d, want up to %d", want-1, end)
			}
			if ev.Type == "ERROR" {
				return fmt.Errorf("error event at %d", want)
			}
			rv, err := strconv.ParseUint(ev.Object.Metadata.ResourceVersion, 10, 64)
			if err != nil || rv != want {
				return fmt.Errorf("event %s: got resourceVersion %d, want %d", ev.Type, rv, want)
			}
			want++
		case <-timeout:
			return fmt.Errorf("timed out at resourceVersion %d of %d", want-1, end)
		}
	}
	return nil
}

// rvEvent is a watch frame decoded down to its type and resourceVersion.
type rvEvent struct {
	Type   string `json:"type"`
	Object struct {
		Metadata struct {
			ResourceVersion string `json:"resourceVersion"`
		} `json:"metadata"`
	} `json:"object"`
}

// openRVWatch starts a watch decoding only types and resourceVersions.
func openRVWatch(t *testing.T, s *Server, path string) <-chan rvEvent {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, InProcessHost+path, nil)
	resp, err := s.RoundTripper().RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("watch %s: %v %v", path, err, resp)
	}
	t.Cleanup(func() { _ = resp.Body.Close() })
	ch := make(chan rvEvent, 4096)
	go func() {
		defer close(ch)
		dec := json.NewDecoder(bufio.NewReader(resp.Body))
		for {
			var ev rvEvent
			if err := dec.Decode(&ev); err != nil {
				return
			}
			ch <- ev
		}
	}()
	return ch
}
