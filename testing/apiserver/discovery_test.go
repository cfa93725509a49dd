package apiserver

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// goldenDir is where the discovery documents of a real v1.34 server live.
const goldenDir = "../../../shared/kubernetes-1.34/discovery"

// getRaw fetches path in process with an Accept header.
func getRaw(t *testing.T, s *Server, path, accept string) (int, http.Header, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", InProcessHost+path, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := s.RoundTripper().RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, raw
}

// TestDiscoveryGolden compares every discovery document with the one a real
// kube-apiserver v1.34 served. It is skipped when ../shared is absent (a
// checkout without the reference material).
func TestDiscoveryGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	if len(files) == 0 {
		t.Skipf("golden discovery documents not found in %s", goldenDir)
	}
	s := newTestServer(t, Options{})
	for _, file := range files {
		base := strings.TrimSuffix(filepath.Base(file), ".json")
		path, accept := "", ""
		switch {
		case base == "api" || base == "version":
			continue // the server address and build details differ by design
		case strings.HasPrefix(base, "aggregated-"):
			path = "/" + strings.TrimPrefix(base, "aggregated-")
			accept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
		default:
			path = "/" + strings.ReplaceAll(base, "__", "/")
		}
		t.Run(base, func(t *testing.T) {
			code, _, got := getRaw(t, s, path, accept)
			if code != http.StatusOK {
				t.Fatalf("GET %s: got %d: %s", path, code, got)
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatalf("decode served %s: %v", path, err)
			}
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatalf("decode golden %s: %v", file, err)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("GET %s differs from %s:\n got %.600s\nwant %.600s", path, file, got, want)
			}
		})
	}
}

func TestDiscoveryDocuments(t *testing.T) {
	s := newTestServer(t, Options{})
	tests := []struct {
		path, accept, want, wantType string
		code                         int
	}{
		{"/version", "", `"minor":"34"`, "application/json", 200},
		{"/api", "", `"versions":["v1"]`, "application/json", 200},
		{"/apis", "", `"name":"apps"`, "application/json", 200},
		{"/apis/apps", "", `"preferredVersion":{"groupVersion":"apps/v1"`, "application/json", 200},
		{"/apis/apps/v1", "", `"name":"deployments/scale"`, "application/json", 200},
		{"/apis", "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList", `"apiVersion":"apidiscovery.k8s.io/v2beta1"`,
			"application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList", 200},
		{"/apis/nope", "", `"reason":"NotFound"`, "application/json", 404},
		{"/openapi/v3", "", `"apis/apps/v1":{"serverRelativeURL":"/openapi/v3/apis/apps/v1?hash=`, "application/json", 200},
		{"/openapi/v3/apis/apps/v1", "", `"openapi":"3.0.0"`, "application/json", 200},
		{"/openapi/v3/apis/nope/v1", "", `"reason":"NotFound"`, "application/json", 404},
		{"/apis/apps/v9", "", `"reason":"NotFound"`, "application/json", 404},
	}
	for _, tt := range tests {
		t.Run(tt.path+tt.accept, func(t *testing.T) {
			code, hdr, raw := getRaw(t, s, tt.path, tt.accept)
			if code != tt.code || !strings.Contains(string(raw), tt.want) || hdr.Get("Content-Type") != tt.wantType {
				t.Errorf("got %d %q %.300s, want %d %q containing %s", code, hdr.Get("Content-Type"), raw, tt.code, tt.wantType, tt.want)
			}
		})
	}
}
