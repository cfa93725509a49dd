package rest

import (
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
)

// ErrNotInCluster is returned by InClusterConfig outside a pod: the
// KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT variables are unset.
var ErrNotInCluster = errors.New("unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined")

// The files a pod's service account is mounted as.
const (
	inClusterTokenFile  = "/var/run/secrets/kubernetes.io/serviceaccount/token"
	inClusterRootCAFile = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
)

// inClusterSource is where InClusterConfig looks; tests substitute it.
type inClusterSource struct {
	getenv    func(string) string
	tokenFile string
	caFile    string
}

// InClusterConfig returns the config of a client running in a pod: the
// API server from KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT over
// https, the service account token (re-read as it rotates) and CA. Outside
// a pod it returns ErrNotInCluster.
func InClusterConfig() (*Config, error) {
	return inClusterSource{getenv: os.Getenv, tokenFile: inClusterTokenFile, caFile: inClusterRootCAFile}.config()
}

// config builds the in-cluster config from s.
func (s inClusterSource) config() (*Config, error) {
	host, port := s.getenv("KUBERNETES_SERVICE_HOST"), s.getenv("KUBERNETES_SERVICE_PORT")
	if len(host) == 0 || len(port) == 0 {
		return nil, ErrNotInCluster
	}
	token, err := os.ReadFile(s.tokenFile)
	if err != nil {
		return nil, fmt.Errorf("in-cluster config: reading service account token: %w", err)
	}
	tlsConfig := TLSClientConfig{}
	if err := checkCAFile(s.caFile); err != nil {
		slog.Default().Warn("in-cluster config: expected to load root CA config", "file", s.caFile, "error", err)
	} else {
		tlsConfig.CAFile = s.caFile
	}
	return &Config{
		Host:            "https://" + net.JoinHostPort(host, port),
		TLSClientConfig: tlsConfig,
		BearerToken:     string(token),
		BearerTokenFile: s.tokenFile,
	}, nil
}

// checkCAFile reports whether file holds at least one PEM certificate.
func checkCAFile(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if !x509.NewCertPool().AppendCertsFromPEM(data) {
		return fmt.Errorf("%s holds no PEM certificate", file)
	}
	return nil
}
