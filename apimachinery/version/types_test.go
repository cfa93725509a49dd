package version

import (
	"encoding/json"
	"testing"
)

func TestInfoJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Info
	}{
		{"full", `{"major":"1","minor":"34","emulationMajor":"1","emulationMinor":"34","minCompatibilityMajor":"1","minCompatibilityMinor":"33","gitVersion":"v1.34.4","gitCommit":"abc","gitTreeState":"clean","buildDate":"1970-01-01T00:00:00Z","goVersion":"go1.26","compiler":"gc","platform":"linux/amd64"}`,
			Info{Major: "1", Minor: "34", EmulationMajor: "1", EmulationMinor: "34", MinCompatibilityMajor: "1", MinCompatibilityMinor: "33", GitVersion: "v1.34.4", GitCommit: "abc", GitTreeState: "clean", BuildDate: "1970-01-01T00:00:00Z", GoVersion: "go1.26", Compiler: "gc", Platform: "linux/amd64"}},
		{"old server", `{"major":"1","minor":"20","gitVersion":"v1.20.0"}`, Info{Major: "1", Minor: "20", GitVersion: "v1.20.0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Info
			if err := json.Unmarshal([]byte(tt.in), &got); err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if got.String() != tt.want.GitVersion {
				t.Errorf("String() = %q, want %q", got.String(), tt.want.GitVersion)
			}
		})
	}
}

func TestInfoOmitsEmptyEmulation(t *testing.T) {
	data, err := json.Marshal(Info{Major: "1"})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"major":"1","minor":"","gitVersion":"","gitCommit":"","gitTreeState":"","buildDate":"","goVersion":"","compiler":"","platform":""}`
	if string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
}
