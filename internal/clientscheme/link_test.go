package clientscheme

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestListPodsLinksOnlyCoreKinds builds testdata/listpods, a program that
// builds a clientset and lists pods, and checks that the kinds of core/v1
// are in the binary and those of apps/v1 (a group it never uses) are not:
// what keeps the binary of such a program small.
func TestListPodsLinksOnlyCoreKinds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	bin := filepath.Join(t.TempDir(), "listpods")
	build := exec.Command("go", "build", "-o", bin, "./testdata/listpods")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	symbols := string(out)
	for _, tc := range []struct {
		symbol string
		linked bool
	}{
		{"skiff/api/core/v1.(*Pod).DeepCopyObject", true},
		{"skiff/api/core/v1.(*PodList).DeepCopyObject", true},
		{"skiff/api/apps/v1.(*Deployment).DeepCopyObject", false},
		{"skiff/api/batch/v1.(*Job).DeepCopyObject", false},
		{"skiff/api/rbac/v1.(*Role).DeepCopyObject", false},
	} {
		if got := strings.Contains(symbols, tc.symbol); got != tc.linked {
			t.Errorf("%s linked = %v, want %v", tc.symbol, got, tc.linked)
		}
	}
}
