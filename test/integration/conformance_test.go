//go:build integration

package integration

import (
	"testing"

	"github.com/skiff-k8s/skiff/testing/apiserver/conformance"
)

// TestConformance runs the conformance table of testing/apiserver (the
// answers the in-memory server must give) against the real kube-apiserver:
// every row must agree with the real thing too.
func TestConformance(t *testing.T) {
	conformance.Run(t, adminConfig(t))
}
