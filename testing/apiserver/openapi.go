package apiserver

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
)

// openapiFS holds the OpenAPI v3 documents of a kube-apiserver v1.34, one
// gzipped file per group version ("apis__apps__v1.json.gz").
//
//go:embed openapi/*.json.gz
var openapiFS embed.FS

// openapiDocs serves /openapi/v3: an index of documents addressed by
// content hash, then each document. Built-in documents only.
type openapiDocs struct {
	once  sync.Once
	err   error
	docs  map[string][]byte // "apis/apps/v1" -> JSON
	hash  map[string]string
	index []byte
}

// load decompresses the embedded documents once.
func (o *openapiDocs) load() error {
	o.once.Do(func() {
		entries, err := openapiFS.ReadDir("openapi")
		if err != nil {
			o.err = fmt.Errorf("apiserver: read embedded openapi: %w", err)
			return
		}
		o.docs, o.hash = map[string][]byte{}, map[string]string{}
		paths := map[string]any{}
		for _, e := range entries {
			raw, err := readGzip("openapi/" + e.Name())
			if err != nil {
				o.err = err
				return
			}
			key := strings.ReplaceAll(strings.TrimSuffix(e.Name(), ".json.gz"), "__", "/")
			sum := sha256.Sum256(raw)
			o.docs[key], o.hash[key] = raw, strings.ToUpper(hex.EncodeToString(sum[:]))
			paths[key] = map[string]any{"serverRelativeURL": "/openapi/v3/" + key + "?hash=" + o.hash[key]}
		}
		o.index, o.err = json.Marshal(map[string]any{"paths": paths})
	})
	return o.err
}

// readGzip reads one embedded gzipped file.
func readGzip(name string) ([]byte, error) {
	raw, err := openapiFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("apiserver: read embedded %s: %w", name, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("apiserver: gunzip %s: %w", name, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("apiserver: gunzip %s: %w", name, err)
	}
	return out, nil
}

// serveOpenAPI answers /openapi/v3 and /openapi/v3/<path>.
func (s *Server) serveOpenAPI(w http.ResponseWriter, r *http.Request, path string) {
	if err := s.openapi.load(); err != nil {
		s.writeError(w, r, err)
		return
	}
	if path == "/openapi/v3" {
		w.Header().Set("Content-Type", mediaJSON)
		_, _ = w.Write(s.openapi.index)
		return
	}
	key := strings.TrimPrefix(path, "/openapi/v3/")
	doc, ok := s.openapi.docs[key]
	if !ok {
		s.writeError(w, r, errPathNotFound())
		return
	}
	if h := r.URL.Query().Get("hash"); h != "" && h == s.openapi.hash[key] {
		w.Header().Set("Cache-Control", "public, immutable")
	}
	w.Header().Set("Content-Type", mediaJSON)
	w.Header().Set("Etag", `"`+s.openapi.hash[key]+`"`)
	_, _ = w.Write(doc)
}
