package rest

import (
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
)

// The version the default User-Agent reports: skiff is not stamped with a
// Kubernetes build, so these are the reference's unbuilt defaults.
const (
	userAgentGitVersion = "v0.0.0-master+$Format:%H$"
	userAgentGitCommit  = "$Format:%H$"
)

// DefaultKubernetesUserAgent returns
// "<command>/<version> (<os>/<arch>) kubernetes/<commit>", the User-Agent
// SetKubernetesDefaults sets.
func DefaultKubernetesUserAgent() string {
	return buildUserAgent(adjustCommand(os.Args[0]), adjustVersion(userAgentGitVersion),
		goruntime.GOOS, goruntime.GOARCH, adjustCommit(userAgentGitCommit))
}

// buildUserAgent formats the User-Agent parts.
func buildUserAgent(command, version, os, arch, commit string) string {
	return fmt.Sprintf("%s/%s (%s/%s) kubernetes/%s", command, version, os, arch, commit)
}

// adjustCommand keeps the base name of the program.
func adjustCommand(p string) string {
	if len(p) == 0 {
		return "unknown"
	}
	return filepath.Base(p)
}

// adjustVersion drops the pre-release and build suffix.
func adjustVersion(v string) string {
	if len(v) == 0 {
		return "unknown"
	}
	return strings.SplitN(v, "-", 2)[0]
}

// adjustCommit keeps the first seven characters.
func adjustCommit(c string) string {
	if len(c) == 0 {
		return "unknown"
	}
	if len(c) > 7 {
		return c[:7]
	}
	return c
}

// SetKubernetesDefaults fills the fields a Kubernetes client needs that
// config leaves empty: the User-Agent.
func SetKubernetesDefaults(config *Config) error {
	if len(config.UserAgent) == 0 {
		config.UserAgent = DefaultKubernetesUserAgent()
	}
	return nil
}

// AddUserAgent sets config's User-Agent to the default one followed by
// "/<userAgent>" and returns config.
func AddUserAgent(config *Config, userAgent string) *Config {
	config.UserAgent = DefaultKubernetesUserAgent() + "/" + userAgent
	return config
}

// LoadTLSFiles reads the certificate, key and CA files of c into the
// matching data fields that are empty.
func LoadTLSFiles(c *Config) error {
	var err error
	if c.CAData, err = dataFromSliceOrFile(c.CAData, c.CAFile); err != nil {
		return err
	}
	if c.CertData, err = dataFromSliceOrFile(c.CertData, c.CertFile); err != nil {
		return err
	}
	c.KeyData, err = dataFromSliceOrFile(c.KeyData, c.KeyFile)
	return err
}

// dataFromSliceOrFile returns data, or the contents of file when data is
// empty.
func dataFromSliceOrFile(data []byte, file string) ([]byte, error) {
	if len(data) > 0 || len(file) == 0 {
		return data, nil
	}
	fileData, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("loading TLS file: %w", err)
	}
	return fileData, nil
}
