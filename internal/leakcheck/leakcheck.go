// Package leakcheck fails a test binary whose tests leave goroutines
// running. A package opts in with
//
//	func TestMain(m *testing.M) { leakcheck.Main(m) }
//
// Only tests import it.
package leakcheck

import (
	"fmt"
	"net/http"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Settle is how long Main waits for goroutines started by the tests to end
// before it reports them.
const Settle = 5 * time.Second

// Main runs the tests of m, then the after functions (cleanups that must
// precede the check), and exits. When the tests passed but goroutines they
// started are still running after Settle, it prints their stacks and exits
// with status 1.
func Main(m *testing.M, after ...func()) {
	code := m.Run()
	for _, f := range after {
		f()
	}
	if code == 0 {
		if leaked := Leftover(Settle); len(leaked) > 0 {
			fmt.Fprintf(os.Stderr, "leakcheck: %d goroutines left running after the tests:\n\n%s\n",
				len(leaked), strings.Join(leaked, "\n\n"))
			code = 1
		}
	}
	os.Exit(code)
}

// Leftover waits up to settle for the goroutines started by tests to end,
// closing the default transport's idle connections on the way, and returns
// the stacks of those still running (nil when none are).
func Leftover(settle time.Duration) []string {
	deadline := time.Now().Add(settle)
	for {
		if t, ok := http.DefaultTransport.(*http.Transport); ok {
			t.CloseIdleConnections()
		}
		leaked := Goroutines()
		if len(leaked) == 0 || time.Now().After(deadline) {
			return leaked
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Goroutines returns the stacks of the running goroutines that belong
// neither to the runtime nor to the testing framework, nor are the caller.
func Goroutines() []string {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	var out []string
	for i, g := range strings.Split(string(buf), "\n\n") {
		if i == 0 || isFramework(g) { // the first stack is the caller's
			continue
		}
		out = append(out, g)
	}
	return out
}

// frameworkFrames mark goroutines that are not the tests' doing.
var frameworkFrames = []string{
	"testing.(*M).", "testing.Main(", "testing.tRunner(", "testing.runTests(",
	"created by runtime.gc", "created by runtime.init", "runtime.ensureSigM",
	"os/signal.signal_recv", "os/signal.loop",
}

// isFramework reports whether a goroutine stack belongs to the runtime or
// the testing package.
func isFramework(stack string) bool {
	lines := strings.SplitN(stack, "\n", 3)
	if len(lines) < 2 || strings.HasPrefix(lines[1], "runtime.goexit") {
		return true
	}
	for _, frame := range frameworkFrames {
		if strings.Contains(stack, frame) {
			return true
		}
	}
	return false
}
