package rest

import (
	"fmt"
	"net/http"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestMain runs the tests and then fails the run if goroutines started by
// them are still alive after a settle period.
func TestMain(m *testing.M) {
	code := m.Run()
	removeExecPlugin()
	if code == 0 {
		if leaked := leakedGoroutines(5 * time.Second); leaked != "" {
			fmt.Fprintf(os.Stderr, "goroutines left running after the tests:\n%s\n", leaked)
			code = 1
		}
	}
	os.Exit(code)
}

// leakedGoroutines waits up to settle for goroutines other than the
// runtime's and the test framework's own to end and returns the stacks of
// those still running, or "" when none are.
func leakedGoroutines(settle time.Duration) string {
	deadline := time.Now().Add(settle)
	for {
		if t, ok := http.DefaultTransport.(*http.Transport); ok {
			t.CloseIdleConnections()
		}
		leaked := interestingGoroutines()
		if len(leaked) == 0 {
			return ""
		}
		if time.Now().After(deadline) {
			return strings.Join(leaked, "\n\n")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// interestingGoroutines returns the stacks of all goroutines except the
// caller's and those belonging to the runtime or the testing package.
func interestingGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if isBackgroundGoroutine(g) {
			continue
		}
		out = append(out, g)
	}
	return out
}

// ignoredStackParts mark goroutines that are not the tests' doing.
var ignoredStackParts = []string{
	"testing.(*M).",
	"testing.Main(",
	"testing.tRunner(",
	"testing.runTests(",
	"runtime.goexit",
	"created by runtime.gc",
	"created by runtime.init",
	"runtime.MHeap_Scavenger",
	"runtime.ensureSigM",
	"os/signal.signal_recv",
	"os/signal.loop",
	"interestingGoroutines",
	"leakedGoroutines",
}

func isBackgroundGoroutine(stack string) bool {
	lines := strings.SplitN(stack, "\n", 3)
	if len(lines) < 2 {
		return true
	}
	for _, part := range ignoredStackParts {
		if part == "runtime.goexit" {
			// Only a goroutine whose top frame is the runtime's own.
			if strings.HasPrefix(lines[1], "runtime.goexit") {
				return true
			}
			continue
		}
		if strings.Contains(stack, part) {
			return true
		}
	}
	return false
}

func TestLeakDetectorSeesBlockedGoroutine(t *testing.T) {
	started, stop := make(chan struct{}), make(chan struct{})
	go leakProbe(started, stop)
	defer close(stop)
	<-started
	found := false
	for _, g := range interestingGoroutines() {
		if strings.Contains(g, "leakProbe") {
			found = true
		}
	}
	if !found {
		t.Fatal("a goroutine blocked in leakProbe was not reported")
	}
}

// leakProbe closes started and blocks until stop is closed.
func leakProbe(started, stop chan struct{}) {
	close(started)
	<-stop
}
