package conformance_test

import (
	"os"
	"testing"

	"github.com/skiff-k8s/skiff/testing/apiserver/conformance"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// TestRealServer runs the table against the cluster of the kubeconfig named
// by SKIFF_CONFORMANCE_KUBECONFIG (a real kube-apiserver v1.34, as the
// integration tests start); skipped when unset.
func TestRealServer(t *testing.T) {
	path := os.Getenv("SKIFF_CONFORMANCE_KUBECONFIG")
	if path == "" {
		t.Skip("SKIFF_CONFORMANCE_KUBECONFIG not set: no real API server to compare with")
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", path)
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	conformance.Run(t, cfg)
}
