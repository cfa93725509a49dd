package conformance

import (
	"net/http"
	"testing"
)

func TestCheck(t *testing.T) {
	resp := &response{header: http.Header{"Warning": {"299 - x"}}, body: []byte(`{"a":{"b.c":[1,"x"]}}`)}
	resp.doc = decodeBody(resp.body, false)
	tests := []struct {
		path, want string
		ok         bool
	}{
		{"a[b.c].1", "x", true},
		{"a[b.c].#", "2", true},
		{"a[b.c].0", "1", true},
		{"a[b.c].0", "2", false},
		{"a.missing", "!", true},
		{"a", "!", false},
		{"a[b.c].1", "*", true},
		{"a.missing", "*", false},
		{"a[b.c].1", "~x", true},
		{"a[b.c].1", "!=x", false},
		{"a[b.c].1", "!=y", true},
		{"@header.Warning", "~299", true},
		{"@body", `~"b.c"`, true},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.want, func(t *testing.T) {
			if msg, ok := check(resp, tt.path, tt.want); ok != tt.ok {
				t.Errorf("got ok=%v (%s), want %v", ok, msg, tt.ok)
			}
		})
	}
}

func TestDecodeWatchBody(t *testing.T) {
	doc := decodeBody([]byte("{\"type\":\"ADDED\",\"object\":{}}\n{\"type\":\"DELETED\",\"object\":{}}\n"), true)
	resp := &response{doc: doc}
	if got := lookup(resp, "events.#"); got != "2" {
		t.Errorf("events: got %s, want 2", got)
	}
	if got := lookup(resp, "events.1.type"); got != "DELETED" {
		t.Errorf("second type: got %s, want DELETED", got)
	}
}

func TestExpand(t *testing.T) {
	got := expand("/ns/{ns}/x?rv={rv1}&c={continue}", map[string]string{"ns": "n", "rv1": "5", "continue": "tok"})
	if want := "/ns/n/x?rv=5&c=tok"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
