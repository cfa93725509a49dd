package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestMain fails the run when goroutines the tests started (in-process
// handlers, reactor watch streams) are still alive after a settle period.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		if leaked := leftoverGoroutines(5 * time.Second); leaked != "" {
			fmt.Fprintf(os.Stderr, "goroutines left running after the tests:\n%s\n", leaked)
			code = 1
		}
	}
	os.Exit(code)
}

// leftoverGoroutines waits up to settle for the tests' goroutines to end
// and returns the stacks of those still running.
func leftoverGoroutines(settle time.Duration) string {
	deadline := time.Now().Add(settle)
	for {
		leaked := testGoroutines()
		if len(leaked) == 0 || time.Now().After(deadline) {
			return strings.Join(leaked, "\n\n")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// testGoroutines returns the stacks of goroutines that belong neither to
// the runtime nor to the testing framework.
func testGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if !isFrameworkGoroutine(g) {
			out = append(out, g)
		}
	}
	return out
}

// frameworkFrames mark goroutines that are not the tests' doing.
var frameworkFrames = []string{
	"testing.(*M).", "testing.Main(", "testing.tRunner(", "testing.runTests(",
	"created by runtime.gc", "created by runtime.init", "runtime.ensureSigM",
	"os/signal.signal_recv", "os/signal.loop", "testGoroutines",
}

// isFrameworkGoroutine says whether stack is the runtime's or the test
// framework's.
func isFrameworkGoroutine(stack string) bool {
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

func TestLeakCheckSeesBlockedGoroutine(t *testing.T) {
	started, stop := make(chan struct{}), make(chan struct{})
	go func() {
		close(started)
		<-stop
	}()
	defer close(stop)
	<-started
	n := len(testGoroutines())
	if n == 0 {
		t.Fatalf("got no leftover goroutine, want the blocked probe")
	}
}
