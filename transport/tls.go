package transport

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
)

// TLSConfigFor returns the *tls.Config that c describes, or nil when c has
// no TLS option at all (no CA, client certificate, callback, Insecure,
// ServerName or NextProtos). File contents are loaded into c's data fields;
// when the client certificate and key come only from files,
// c.TLS.ReloadTLSFiles is set and the certificate is re-read when the files
// change. The minimum TLS version is 1.2. A CA replaces the system roots.
func TLSConfigFor(c *Config) (*tls.Config, error) {
	tlsConfig, _, err := tlsConfigWithReloader(c)
	return tlsConfig, err
}

// tlsConfigWithReloader is TLSConfigFor that also returns the reloader of
// a file-backed client certificate, or nil.
func tlsConfigWithReloader(c *Config) (*tls.Config, *certReloader, error) {
	if c == nil {
		return nil, nil, errors.New("transport: nil config")
	}
	if !(c.HasCA() || c.HasCertAuth() || c.HasCertCallback() || c.TLS.Insecure ||
		len(c.TLS.ServerName) > 0 || len(c.TLS.NextProtos) > 0) {
		return nil, nil, nil
	}
	if c.HasCA() && c.TLS.Insecure {
		return nil, nil, errors.New("specifying a root certificates file with the insecure flag is not allowed")
	}
	if err := validateHolders(c); err != nil {
		return nil, nil, err
	}
	if err := loadTLSFiles(c); err != nil {
		return nil, nil, err
	}
	tlsConfig := &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: c.TLS.Insecure, //nolint:gosec // explicitly requested by the config
		ServerName:         c.TLS.ServerName,
		NextProtos:         c.TLS.NextProtos,
	}
	if c.HasCA() {
		pool, err := rootCertPool(c.TLS.CAData)
		if err != nil {
			return nil, nil, fmt.Errorf("unable to load root certificates: %w", err)
		}
		tlsConfig.RootCAs = pool
	}
	var reloader *certReloader
	if c.HasCertAuth() || c.HasCertCallback() {
		getCert, r, err := clientCertificateFunc(c)
		if err != nil {
			return nil, nil, err
		}
		tlsConfig.GetClientCertificate, reloader = getCert, r
	}
	return tlsConfig, reloader, nil
}

// validateHolders rejects holders whose function is nil.
func validateHolders(c *Config) error {
	if c.DialHolder != nil && c.DialHolder.Dial == nil {
		return errors.New("misconfigured holder: DialHolder.Dial is nil")
	}
	if c.TLS.GetCertHolder != nil && c.TLS.GetCertHolder.GetCert == nil {
		return errors.New("misconfigured holder: GetCertHolder.GetCert is nil")
	}
	return nil
}

// loadTLSFiles reads CAFile, CertFile and KeyFile into the matching data
// fields when those are empty.
func loadTLSFiles(c *Config) error {
	if len(c.TLS.CertFile) > 0 && len(c.TLS.CertData) == 0 &&
		len(c.TLS.KeyFile) > 0 && len(c.TLS.KeyData) == 0 {
		c.TLS.ReloadTLSFiles = true
	}
	var err error
	if c.TLS.CAData, err = dataFromSliceOrFile(c.TLS.CAData, c.TLS.CAFile); err != nil {
		return fmt.Errorf("reading CA file: %w", err)
	}
	if c.TLS.CertData, err = dataFromSliceOrFile(c.TLS.CertData, c.TLS.CertFile); err != nil {
		return fmt.Errorf("reading client certificate file: %w", err)
	}
	if c.TLS.KeyData, err = dataFromSliceOrFile(c.TLS.KeyData, c.TLS.KeyFile); err != nil {
		return fmt.Errorf("reading client key file: %w", err)
	}
	return nil
}

func dataFromSliceOrFile(data []byte, file string) ([]byte, error) {
	if len(data) > 0 || file == "" {
		return data, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// rootCertPool builds a pool holding only the PEM certificates in caData.
func rootCertPool(caData []byte) (*x509.CertPool, error) {
	if len(caData) == 0 {
		return nil, nil
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caData) {
		return nil, errors.New("unable to parse bytes as PEM block")
	}
	return pool, nil
}

// clientCertificateFunc returns the GetClientCertificate callback: a static
// certificate from data, a reloading one from files, or the holder's
// callback. With none available it returns an empty certificate, so the
// handshake goes on without a client certificate.
func clientCertificateFunc(c *Config) (func(*tls.CertificateRequestInfo) (*tls.Certificate, error), *certReloader, error) {
	var static *tls.Certificate
	var reloader *certReloader
	switch {
	case c.TLS.ReloadTLSFiles && c.HasCertAuth():
		r, err := newCertReloader(c.TLS.CertFile, c.TLS.KeyFile)
		if err != nil {
			return nil, nil, err
		}
		reloader = r
	case c.HasCertAuth():
		cert, err := tls.X509KeyPair(c.TLS.CertData, c.TLS.KeyData)
		if err != nil {
			return nil, nil, fmt.Errorf("loading client certificate and key: %w", err)
		}
		static = &cert
	}
	holder := c.TLS.GetCertHolder
	return func(*tls.CertificateRequestInfo) (*tls.Certificate, error) {
		switch {
		case static != nil:
			return static, nil
		case reloader != nil:
			return reloader.certificate()
		case holder != nil:
			cert, err := holder.GetCert()
			if err != nil {
				return nil, fmt.Errorf("getting client certificate from callback: %w", err)
			}
			if cert != nil {
				return cert, nil
			}
		}
		return &tls.Certificate{}, nil
	}, reloader, nil
}
