package apiserver

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBearerTokens(t *testing.T) {
	s := newTestServer(t, Options{Tokens: map[string]string{"good": "alice", "banned": "mallory"}, Forbidden: []string{"mallory"}})
	run := s.Start()
	defer run.Close()
	tests := []struct {
		name, auth string
		want       int
	}{
		{"no token", "", 401},
		{"unknown token", "Bearer nope", 401},
		{"known token", "Bearer good", 200},
		{"forbidden user", "Bearer banned", 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", run.URL+"/api/v1/namespaces", nil)
			if tt.auth != "" {
				req.Header.Set("Authorization", tt.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("got %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
	if run.Token != "good" {
		t.Errorf("Running.Token: got %q, want the allowed token", run.Token)
	}
}

func TestTLSClientCertificates(t *testing.T) {
	s := newTestServer(t, Options{RequireAuth: true})
	run, err := s.StartTLS()
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(run.CAData)
	cert, err := tls.X509KeyPair(run.CertData, run.KeyData)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		certs []tls.Certificate
		want  int
	}{
		{"client certificate", []tls.Certificate{cert}, 200},
		{"no certificate", nil, 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, Certificates: tt.certs}}}
			resp, err := c.Get(run.URL + "/api/v1/namespaces")
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("got %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
	path := filepath.Join(t.TempDir(), "kubeconfig")
	if err := run.WriteKubeconfig(path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"certificate-authority-data:", "client-certificate-data:", "server: " + run.URL} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("kubeconfig lacks %q:\n%s", want, raw)
		}
	}
}

func TestAuthorize(t *testing.T) {
	seen := make(chan Attributes, 1)
	s := newTestServer(t, Options{
		Tokens: map[string]string{"t": "bob"},
		Authorize: func(a Attributes) bool {
			seen <- a
			return a.Verb != "delete"
		},
	})
	run := s.Start()
	defer run.Close()
	req, _ := http.NewRequest("DELETE", run.URL+"/api/v1/namespaces/default/configmaps/x", nil)
	req.Header.Set("Authorization", "Bearer t")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body := make([]byte, 4096)
	n, _ := resp.Body.Read(body)
	want := `configmaps \"x\" is forbidden: User \"bob\" cannot delete resource \"configmaps\" in API group \"\" in the namespace \"default\"`
	if resp.StatusCode != 403 || !strings.Contains(string(body[:n]), want) {
		t.Errorf("got %d %s, want 403 with %s", resp.StatusCode, body[:n], want)
	}
	wantAttrs := Attributes{User: "bob", Verb: "delete", Version: "v1", Resource: "configmaps", Namespace: "default", Name: "x"}
	if got := <-seen; got != wantAttrs {
		t.Errorf("attributes: got %+v, want %+v", got, wantAttrs)
	}
}
