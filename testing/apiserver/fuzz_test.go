package apiserver

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzServeHTTP sends arbitrary requests: the server must answer every one
// with a status code and never panic; error answers carry a Status.
func FuzzServeHTTP(f *testing.F) {
	seeds := []struct {
		method                   uint8
		path, query, ctype, body string
	}{
		{0, "/api/v1/namespaces/default/configmaps", "", "application/json", `{"metadata":{"name":"a"}}`},
		{1, "/api/v1/namespaces/default/configmaps/a", "resourceVersion=0", "", ""},
		{2, "/api/v1/namespaces/default/configmaps/a", "", "application/merge-patch+json", `{"data":{"k":null}}`},
		{2, "/apis/apps/v1/namespaces/default/deployments/d/scale", "", "application/json-patch+json", `[{"op":"add","path":"/x"}]`},
		{3, "/api/v1/namespaces/default/pods", "labelSelector=a%3D(&fieldSelector=spec.nodeName%3Dx", "", ""},
		{1, "/api/v1/watch/namespaces/default/configmaps", "watch=true&resourceVersion=1", "", ""},
		{4, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", "", "application/yaml", "spec: {group: x}"},
		{1, "/api/v1/configmaps", "limit=1&continue=eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MSwic3RhcnQiOiJhIn0", "", ""},
		{5, "/apis/apps/v1/namespaces/default/deployments/d/status", "", "application/apply-patch+yaml", "spec: 1"},
	}
	for _, s := range seeds {
		f.Add(s.method, s.path, s.query, s.ctype, s.body)
	}
	s, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	methods := []string{"POST", "GET", "PATCH", "DELETE", "PUT", "PATCH"}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // watches end at once
	f.Fuzz(func(t *testing.T, method uint8, path, query, ctype, body string) {
		req := httptest.NewRequest(http.MethodGet, "/", strings.NewReader(body)).WithContext(ctx)
		req.Method = methods[int(method)%len(methods)]
		req.URL.Path, req.URL.RawQuery = "/"+strings.TrimPrefix(path, "/"), query
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code < 200 || rec.Code > 599 {
			t.Fatalf("%s %s?%s: code %d", req.Method, req.URL.Path, query, rec.Code)
		}
		if rec.Code >= 400 && !strings.Contains(rec.Body.String(), `"kind":"Status"`) {
			t.Fatalf("%s %s?%s: code %d without a Status body: %s", req.Method, req.URL.Path, query, rec.Code, rec.Body.String())
		}
	})
}

// FuzzContinueToken decodes arbitrary continue tokens: errors, never
// panics, and a token it encodes decodes back.
func FuzzContinueToken(f *testing.F) {
	f.Add(encodeContinue(7, "ns/a"))
	f.Add("not-a-token")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		tok, err := decodeContinue(s)
		if err != nil {
			return
		}
		again, err := decodeContinue(encodeContinue(tok.RV, strings.TrimSuffix(tok.Start, "\x00")))
		if err != nil || again.RV != tok.RV {
			t.Fatalf("round trip of %q: got %+v %v", s, again, err)
		}
	})
}
