package transport

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"os"
	"sync"
	"time"
)

// certReloadInterval is how often at most the client certificate files are
// re-read.
const certReloadInterval = time.Second

// certReloader serves a client certificate read from files, re-reading them
// at most once per interval and re-parsing only when their bytes change. A
// failed re-read keeps the last good certificate.
type certReloader struct {
	certFile, keyFile string
	interval          time.Duration
	now               func() time.Time
	onChange          func()

	mu        sync.Mutex
	checked   time.Time
	certBytes []byte
	keyBytes  []byte
	cert      *tls.Certificate
}

func newCertReloader(certFile, keyFile string) (*certReloader, error) {
	r := &certReloader{certFile: certFile, keyFile: keyFile, interval: certReloadInterval, now: time.Now}
	if _, err := r.reload(); err != nil {
		return nil, err
	}
	r.checked = r.now()
	return r, nil
}

// certificate returns the current certificate, re-reading the files first
// when the interval has passed since the last check.
func (r *certReloader) certificate() (*tls.Certificate, error) {
	r.mu.Lock()
	if r.now().Sub(r.checked) < r.interval {
		cert := r.cert
		r.mu.Unlock()
		return cert, nil
	}
	r.checked = r.now()
	changed, err := r.reload()
	cert, onChange := r.cert, r.onChange
	r.mu.Unlock()
	if err != nil && cert == nil {
		return nil, err
	}
	if changed && onChange != nil {
		onChange()
	}
	return cert, nil
}

// reload reads both files and parses them if they differ from the last
// good pair. The caller holds r.mu (or owns r exclusively).
func (r *certReloader) reload() (bool, error) {
	certPEM, err := os.ReadFile(r.certFile)
	if err != nil {
		return false, fmt.Errorf("reading client certificate file: %w", err)
	}
	keyPEM, err := os.ReadFile(r.keyFile)
	if err != nil {
		return false, fmt.Errorf("reading client key file: %w", err)
	}
	if r.cert != nil && bytes.Equal(certPEM, r.certBytes) && bytes.Equal(keyPEM, r.keyBytes) {
		return false, nil
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return false, fmt.Errorf("loading client certificate %s and key %s: %w", r.certFile, r.keyFile, err)
	}
	r.certBytes, r.keyBytes, r.cert = certPEM, keyPEM, &cert
	return true, nil
}
