package protox

import (
	"testing"

	"github.com/skiff-k8s/skiff/internal/leakcheck"
)

func TestMain(m *testing.M) { leakcheck.Main(m) }
