package conformance_test

import (
	"testing"

	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/testing/apiserver/conformance"
)

func TestInMemory(t *testing.T) {
	s, err := apiserver.New(apiserver.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	// Server-side apply is still stubbed in internal/patch (Apply, Update).
	conformance.Run(t, s.RESTConfig(), conformance.Skip("server-side apply not implemented in internal/patch yet",
		"apply creates", "apply updates own fields", "apply yaml body", "apply conflict is Conflict",
		"apply with force takes ownership", "apply of the same value shares ownership", "update records managedFields"))
}

func TestRowCount(t *testing.T) {
	if got := len(conformance.Rows()); got < 80 {
		t.Errorf("rows: got %d, want at least 80", got)
	}
}
