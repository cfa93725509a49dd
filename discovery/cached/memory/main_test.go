package memory

import (
	"testing"

	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

// TestMain fails the run when goroutines of discovery code outlive the
// tests.
func TestMain(m *testing.M) {
	discoverytest.Main(m,
		"github.com/skiff-k8s/skiff/discovery",
		"github.com/skiff-k8s/skiff/restmapper",
		"github.com/skiff-k8s/skiff/openapi",
	)
}
