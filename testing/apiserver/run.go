package apiserver

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/skiff-k8s/skiff/rest"
	"sigs.k8s.io/yaml"
)

// Running is a server listening on loopback.
type Running struct {
	// Server is the in-memory server behind the listener.
	Server *Server
	// URL is the base URL ("http://127.0.0.1:port" or "https://...").
	URL string
	// CAData, CertData and KeyData are PEM: the CA that signed the serving
	// certificate, and a client certificate (user "admin", group
	// "system:masters") the server accepts. Empty for plain HTTP.
	CAData, CertData, KeyData []byte
	// Token is a bearer token the server accepts, when it requires tokens.
	Token string
	http  *httptest.Server
}

// Close ends the watches and stops listening.
func (r *Running) Close() {
	r.Server.Close()
	r.http.Close()
}

// Config returns a rest.Config for the running server.
func (r *Running) Config() *rest.Config {
	cfg := &rest.Config{Host: r.URL, BearerToken: r.Token}
	if len(r.CAData) > 0 {
		cfg.TLSClientConfig = rest.TLSClientConfig{CAData: r.CAData, CertData: r.CertData, KeyData: r.KeyData}
	}
	return cfg
}

// Kubeconfig returns a kubeconfig (YAML) with one context, "apiserver",
// pointing at the running server.
func (r *Running) Kubeconfig() ([]byte, error) {
	cluster := map[string]any{"server": r.URL}
	if len(r.CAData) > 0 {
		cluster["certificate-authority-data"] = r.CAData
	}
	user := map[string]any{}
	if len(r.CertData) > 0 {
		user["client-certificate-data"] = r.CertData
		user["client-key-data"] = r.KeyData
	}
	if r.Token != "" {
		user["token"] = r.Token
	}
	cfg := map[string]any{
		"apiVersion": "v1", "kind": "Config", "current-context": "apiserver", "preferences": map[string]any{},
		"clusters": []any{map[string]any{"name": "apiserver", "cluster": cluster}},
		"users":    []any{map[string]any{"name": "apiserver", "user": user}},
		"contexts": []any{map[string]any{"name": "apiserver", "context": map[string]any{"cluster": "apiserver", "user": "apiserver", "namespace": "default"}}},
	}
	out, err := yaml.Marshal(cfg)
	if err != nil {
		return nil, fmt.Errorf("apiserver: encode kubeconfig: %w", err)
	}
	return out, nil
}

// WriteKubeconfig writes Kubeconfig to path (mode 0600).
func (r *Running) WriteKubeconfig(path string) error {
	raw, err := r.Kubeconfig()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		return fmt.Errorf("apiserver: write kubeconfig %s: %w", path, err)
	}
	return nil
}

// Start serves s over plain HTTP on a loopback port.
func (s *Server) Start() *Running {
	hs := httptest.NewServer(s)
	return &Running{Server: s, URL: hs.URL, http: hs, Token: s.anyToken()}
}

// StartOn serves s over plain HTTP on addr (e.g. "127.0.0.1:8080").
func (s *Server) StartOn(addr string) (*Running, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("apiserver: listen on %s: %w", addr, err)
	}
	hs := httptest.NewUnstartedServer(s)
	_ = hs.Listener.Close()
	hs.Listener = l
	hs.Start()
	return &Running{Server: s, URL: hs.URL, http: hs, Token: s.anyToken()}, nil
}

// StartTLS serves s over HTTPS on a loopback port with a fresh CA, a
// serving certificate for 127.0.0.1/localhost and a client certificate the
// server accepts.
func (s *Server) StartTLS() (*Running, error) {
	return s.StartTLSOn("")
}

// StartTLSOn is StartTLS on addr (e.g. "127.0.0.1:6443"; "" picks a free
// loopback port).
func (s *Server) StartTLSOn(addr string) (*Running, error) {
	pki, err := newPKI()
	if err != nil {
		return nil, err
	}
	hs := httptest.NewUnstartedServer(s)
	if addr != "" {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return nil, fmt.Errorf("apiserver: listen on %s: %w", addr, err)
		}
		_ = hs.Listener.Close()
		hs.Listener = l
	}
	pool := x509.NewCertPool()
	pool.AddCert(pki.ca)
	hs.TLS = &tls.Config{
		Certificates: []tls.Certificate{pki.serving},
		ClientCAs:    pool,
		ClientAuth:   tls.VerifyClientCertIfGiven,
		NextProtos:   []string{"http/1.1"},
		MinVersion:   tls.VersionTLS12,
	}
	hs.StartTLS()
	return &Running{Server: s, URL: hs.URL, http: hs, CAData: pki.caPEM, CertData: pki.clientPEM,
		KeyData: pki.clientKeyPEM, Token: s.anyToken()}, nil
}

// anyToken returns one configured token (for the kubeconfig), or "".
func (s *Server) anyToken() string {
	best := ""
	for tok, user := range s.opts.Tokens {
		if contains(s.opts.Forbidden, user) {
			continue
		}
		if best == "" || tok < best {
			best = tok
		}
	}
	return best
}

// Handler returns s as an http.Handler, for mounting under a custom server.
func (s *Server) Handler() http.Handler { return s }
