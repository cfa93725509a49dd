package discoverytest

import (
	"fmt"
	"net/http"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Main runs the tests of m and then fails the binary when goroutines
// running code of the packages named by prefixes (import paths) are still
// alive a few seconds after the last test.
func Main(m *testing.M, prefixes ...string) {
	code := m.Run()
	if code == 0 {
		if leaked := waitForLeaks(prefixes, 5*time.Second); leaked != "" {
			fmt.Fprintf(os.Stderr, "goroutines leaked after the tests:\n%s\n", leaked)
			code = 1
		}
	}
	os.Exit(code)
}

// waitForLeaks returns the stacks of the leaked goroutines still running
// after timeout, or "" once there are none.
func waitForLeaks(prefixes []string, timeout time.Duration) string {
	deadline := time.Now().Add(timeout)
	for {
		if t, ok := http.DefaultTransport.(*http.Transport); ok {
			t.CloseIdleConnections()
		}
		leaked := leakedGoroutines(prefixes)
		if leaked == "" || time.Now().After(deadline) {
			return leaked
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// leakedGoroutines returns the stacks of goroutines (other than the one
// running Main) with a frame in one of prefixes.
func leakedGoroutines(prefixes []string) string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var leaked []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "discoverytest.Main") || strings.Contains(g, "testing.(*M)") {
			continue
		}
		for _, p := range prefixes {
			if strings.Contains(g, p+".") {
				leaked = append(leaked, g)
				break
			}
		}
	}
	return strings.Join(leaked, "\n\n")
}
