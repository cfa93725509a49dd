package dynamic

import (
	"encoding/json"
	"testing"

	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// TestListDecodeAllocations guards the allocation budget of list
// decoding: on the first 200 pods of the fixture it must stay under 45%
// of what encoding/json into map[string]interface{} allocates (it is about
// 39%; the maps themselves are about 35%, the floor of the
// map[string]interface{} representation).
func TestListDecodeAllocations(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("allocation counts need the fixture decoded without -race or -short")
	}
	sample := samplePodList(t, 200)
	var decodeErr error
	lean := testing.AllocsPerRun(3, func() {
		_, decodeErr = unmarshalList(sample)
	})
	if decodeErr != nil {
		t.Fatal(decodeErr)
	}
	std := testing.AllocsPerRun(3, func() {
		var m map[string]interface{}
		decodeErr = json.Unmarshal(sample, &m)
	})
	if decodeErr != nil {
		t.Fatal(decodeErr)
	}
	ratio := lean / std
	t.Logf("lean decoder: %.0f allocations, encoding/json: %.0f (ratio %.3f)", lean, std, ratio)
	if ratio > 0.45 {
		t.Errorf("got %.0f allocations, %.2f of encoding/json's %.0f; want at most 0.45", lean, ratio, std)
	}
}

// samplePodList returns a PodList of the first n pods of the fixture, as
// the API server sends it (items without kind and apiVersion).
func samplePodList(t *testing.T, n int) []byte {
	t.Helper()
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		t.Fatal(err)
	}
	var full struct {
		Kind       string            `json:"kind"`
		APIVersion string            `json:"apiVersion"`
		Metadata   json.RawMessage   `json:"metadata"`
		Items      []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(data, &full); err != nil {
		t.Fatal(err)
	}
	full.Items = full.Items[:n]
	sample, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	return sample
}
