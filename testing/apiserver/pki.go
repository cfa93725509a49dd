package apiserver

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"time"
)

// pki is the certificate set of a TLS run.
type pki struct {
	ca                             *x509.Certificate
	caPEM, clientPEM, clientKeyPEM []byte
	serving                        tls.Certificate
}

// newPKI creates a CA, a serving certificate for loopback and a client
// certificate for user "admin" in group "system:masters".
func newPKI() (*pki, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("apiserver: generate CA key: %w", err)
	}
	caTmpl := certTemplate(pkix.Name{CommonName: "apiserver-ca"})
	caTmpl.IsCA, caTmpl.BasicConstraintsValid = true, true
	caTmpl.KeyUsage = x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("apiserver: create CA: %w", err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, fmt.Errorf("apiserver: parse CA: %w", err)
	}
	p := &pki{ca: ca, caPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER})}
	srvTmpl := certTemplate(pkix.Name{CommonName: "apiserver"})
	srvTmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
	srvTmpl.IPAddresses = []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}
	srvTmpl.DNSNames = []string{"localhost"}
	srvCert, srvKey, err := issue(srvTmpl, ca, caKey)
	if err != nil {
		return nil, err
	}
	if p.serving, err = tls.X509KeyPair(srvCert, srvKey); err != nil {
		return nil, fmt.Errorf("apiserver: serving key pair: %w", err)
	}
	cliTmpl := certTemplate(pkix.Name{CommonName: "admin", Organization: []string{"system:masters"}})
	cliTmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	if p.clientPEM, p.clientKeyPEM, err = issue(cliTmpl, ca, caKey); err != nil {
		return nil, err
	}
	return p, nil
}

// certTemplate returns a template valid for a day.
func certTemplate(subject pkix.Name) *x509.Certificate {
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	return &x509.Certificate{
		SerialNumber: serial, Subject: subject,
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature,
	}
}

// issue signs tmpl with the CA and returns certificate and key as PEM.
func issue(tmpl, ca *x509.Certificate, caKey *ecdsa.PrivateKey) (certPEM, keyPEM []byte, err error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, fmt.Errorf("apiserver: generate key: %w", err)
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return nil, nil, fmt.Errorf("apiserver: sign %s: %w", tmpl.Subject.CommonName, err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, nil, fmt.Errorf("apiserver: encode key: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), nil
}
