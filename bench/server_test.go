package bench

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
)

// protobufMediaType is the Kubernetes protobuf media type.
const protobufMediaType = "application/vnd.kubernetes.protobuf"

// benchNamespace and configMapName name the object of the round trips.
const (
	benchNamespace = "bench"
	configMapName  = "cm"
)

// configMapBody is the fixed answer to every ConfigMap request.
const configMapBody = `{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"cm","namespace":"bench",` +
	`"uid":"6f1b8a4e-2d3c-4b5a-9e8f-0a1b2c3d4e5f","resourceVersion":"12345",` +
	`"creationTimestamp":"2026-11-22T09:58:27Z","labels":{"app":"bench","tier":"backend"},` +
	`"annotations":{"owner":"bench"}},"data":{"config.yaml":"listen: 0.0.0.0:8080\nworkers: 4\n",` +
	`"mode":"fast","region":"eu-west-1"}}`

// fixtures holds the decompressed pod lists, loaded once.
type fixtures struct {
	json, proto []byte
}

var (
	fixtureOnce sync.Once
	fixtureData fixtures
	fixtureErr  error
)

// loadFixtures returns the 5,000-pod list in JSON and in protobuf.
func loadFixtures(tb testing.TB) fixtures {
	tb.Helper()
	fixtureOnce.Do(func() {
		fixtureData.json, fixtureErr = readGzip("testdata/podlist-5000.json.gz")
		if fixtureErr != nil {
			return
		}
		fixtureData.proto, fixtureErr = readGzip("testdata/podlist-5000.pb.gz")
	})
	if fixtureErr != nil {
		tb.Fatalf("load fixtures: %v", fixtureErr)
	}
	return fixtureData
}

// readGzip reads and decompresses the gzip file at path.
func readGzip(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return out, nil
}

// newServer starts the one handler both clients talk to: the pod list at
// /api/v1/pods (protobuf when the Accept header asks for it, JSON
// otherwise), a watch on it that sends nothing and stays open until the
// client goes (what an informer's reflector opens after its list), and fixed
// ConfigMap answers for GET, POST and PUT.
func newServer(tb testing.TB) *httptest.Server {
	tb.Helper()
	fx := loadFixtures(tb)
	cmPath := "/api/v1/namespaces/" + benchNamespace + "/configmaps"
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/pods", func(w http.ResponseWriter, r *http.Request) {
		if v := r.URL.Query().Get("watch"); v == "true" || v == "1" {
			holdWatch(w, r)
			return
		}
		if strings.HasPrefix(r.Header.Get("Accept"), protobufMediaType) {
			w.Header().Set("Content-Type", protobufMediaType)
			_, _ = w.Write(fx.proto)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(fx.json)
	})
	answer := func(code int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(code)
			_, _ = io.WriteString(w, configMapBody)
		}
	}
	mux.HandleFunc("GET "+cmPath+"/"+configMapName, answer(http.StatusOK))
	mux.HandleFunc("PUT "+cmPath+"/"+configMapName, answer(http.StatusOK))
	mux.HandleFunc("POST "+cmPath, answer(http.StatusCreated))
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

// holdWatch answers a watch request with no events: it sends the headers
// (in the stream media type the client asked for) and waits until the
// client closes the request.
func holdWatch(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.Header.Get("Accept"), protobufMediaType) {
		w.Header().Set("Content-Type", protobufMediaType+";stream=watch")
	} else {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(http.StatusOK)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	<-r.Context().Done()
}
