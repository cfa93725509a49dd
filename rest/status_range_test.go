package rest

import (
	"fmt"
	"testing"
)

// TestSuccessStatusRanges checks which status codes each executor
// accepts: Do 200-206 and 101, DoRaw 200-206, Stream 200-299.
func TestSuccessStatusRanges(t *testing.T) {
	ok := map[string]map[int]bool{
		"Do":     {101: true, 200: true, 204: true, 206: true},
		"DoRaw":  {200: true, 204: true, 206: true},
		"Stream": {200: true, 204: true, 206: true, 207: true, 299: true},
	}
	for _, code := range []int{101, 200, 204, 206, 207, 299, 300, 304, 404, 500} {
		for name, exec := range executors {
			if name == "Watch" {
				continue // Watch accepts exactly 200, covered by TestWatchErrors
			}
			t.Run(fmt.Sprintf("%s/%d", name, code), func(t *testing.T) {
				rt := &scriptedTransport{script: []any{response{code: code, header: map[string]string{"Content-Type": jsonCT}}}}
				err := exec(clientWithTransport(t, rt).Get().Resource("pods"))
				if got, want := err == nil, ok[name][code]; got != want {
					t.Errorf("%s with status %d: err = %v, want success %v", name, code, err, want)
				}
			})
		}
	}
}
