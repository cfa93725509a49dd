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
	conformance.Run(t, s.RESTConfig())
}

func TestRowCount(t *testing.T) {
	got := len(conformance.Rows())
	if got < 80 {
		t.Errorf("rows: got %d, want at least 80", got)
	}
	t.Logf("%d rows", got)
}
