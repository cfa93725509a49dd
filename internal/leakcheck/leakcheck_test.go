package leakcheck

import (
	"strings"
	"testing"
	"time"
)

func TestGoroutinesSeesBlockedGoroutine(t *testing.T) {
	started, stop := make(chan struct{}), make(chan struct{})
	go blockedProbe(started, stop)
	<-started
	if !containsProbe(Goroutines()) {
		close(stop)
		t.Fatal("a goroutine blocked in blockedProbe was not reported")
	}
	close(stop)
	if leaked := Leftover(2 * time.Second); containsProbe(leaked) {
		t.Fatalf("blockedProbe still reported after it returned:\n%s", strings.Join(leaked, "\n\n"))
	}
}

func TestGoroutinesIgnoresTheCallerAndFramework(t *testing.T) {
	if leaked := Leftover(2 * time.Second); len(leaked) != 0 {
		t.Fatalf("got %d goroutines with none started, want 0:\n%s", len(leaked), strings.Join(leaked, "\n\n"))
	}
}

func containsProbe(stacks []string) bool {
	for _, g := range stacks {
		if strings.Contains(g, "blockedProbe") {
			return true
		}
	}
	return false
}

// blockedProbe closes started and blocks until stop is closed.
func blockedProbe(started, stop chan struct{}) {
	close(started)
	<-stop
}
