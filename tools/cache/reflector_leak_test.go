package cache

import (
	"testing"

	"github.com/skiff-k8s/skiff/internal/leakcheck"
)

// TestMain fails the run when goroutines the tests started (reflectors,
// watches, resync timers) are still running after they end.
func TestMain(m *testing.M) { leakcheck.Main(m) }
