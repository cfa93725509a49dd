package protox

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// surfacePath is the reference surface table in the shared material.
const surfacePath = "../../../shared/reference/api-surface.json"

func TestMetaFieldNumbers(t *testing.T) {
	data, err := os.ReadFile(surfacePath)
	if err != nil {
		t.Skipf("reference surface table not available: %v", err)
	}
	var pkgs []struct {
		Path  string
		Types []struct {
			Name   string
			Fields []struct{ Name, Protobuf string }
		}
	}
	if err := json.Unmarshal(data, &pkgs); err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]int{}
	for _, p := range pkgs {
		if !strings.HasPrefix(p.Path, "apimachinery/") {
			continue
		}
		for _, ty := range p.Types {
			for _, f := range ty.Fields {
				parts := strings.Split(f.Protobuf, ",")
				if len(parts) < 2 {
					continue
				}
				num, err := strconv.Atoi(parts[1])
				if err != nil {
					t.Fatalf("%s.%s.%s: tag %q", p.Path, ty.Name, f.Name, f.Protobuf)
				}
				key := p.Path + "." + ty.Name
				if want[key] == nil {
					want[key] = map[string]int{}
				}
				want[key][f.Name] = num
			}
		}
	}
	for key, fields := range want {
		for name, num := range fields {
			if got, ok := metaFieldNumbers[key][name]; !ok || got != num {
				t.Errorf("%s.%s: got field number %d (present %v), want %d", key, name, got, ok, num)
			}
		}
	}
	for key, fields := range metaFieldNumbers {
		for name := range fields {
			if _, ok := want[key][name]; !ok {
				t.Errorf("%s.%s: not a protobuf field of the reference", key, name)
			}
		}
	}
}
