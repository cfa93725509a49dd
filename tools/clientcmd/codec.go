package clientcmd

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"sigs.k8s.io/yaml"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// Load decodes a kubeconfig in the v1 file format (YAML or JSON). Empty
// input gives an empty config. A missing kind or apiVersion means Config
// and v1; unknown fields are ignored. Errors name the line when the YAML is
// malformed and the list when a name is used twice.
func Load(data []byte) (*clientcmdapi.Config, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return fromWire(&wireConfig{})
	}
	var wire wireConfig
	if err := yaml.Unmarshal(data, &wire); err != nil {
		return nil, fmt.Errorf("decoding kubeconfig: %w", err)
	}
	if wire.Kind != "" && wire.Kind != "Config" {
		return nil, fmt.Errorf("decoding kubeconfig: kind is %q, want \"Config\"", wire.Kind)
	}
	if wire.APIVersion != "" && wire.APIVersion != "v1" {
		return nil, fmt.Errorf("decoding kubeconfig: apiVersion is %q, want \"v1\"", wire.APIVersion)
	}
	return fromWire(&wire)
}

// LoadFromFile reads and decodes the kubeconfig at filename and records
// filename as the LocationOfOrigin of every cluster, user and context. The
// returned Clusters, AuthInfos and Contexts maps are never nil. A file that
// cannot be read gives the *fs.PathError unchanged, so os.IsNotExist works.
func LoadFromFile(filename string) (*clientcmdapi.Config, error) {
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	config, err := Load(data)
	if err != nil {
		return nil, fmt.Errorf("error loading config file %q: %w", filename, err)
	}
	for _, c := range config.Clusters {
		c.LocationOfOrigin = filename
	}
	for _, a := range config.AuthInfos {
		a.LocationOfOrigin = filename
	}
	for _, c := range config.Contexts {
		c.LocationOfOrigin = filename
	}
	return config, nil
}

// Write encodes config as a v1 kubeconfig in YAML: apiVersion v1, kind
// Config, every list sorted by name, current-context always present.
func Write(config clientcmdapi.Config) ([]byte, error) {
	out, err := yaml.Marshal(toWire(&config))
	if err != nil {
		return nil, fmt.Errorf("encoding kubeconfig: %w", err)
	}
	return out, nil
}

// WriteToFile writes config to filename with mode 0600, creating the
// directory (mode 0755) when it is missing.
func WriteToFile(config clientcmdapi.Config, filename string) error {
	content, err := Write(config)
	if err != nil {
		return fmt.Errorf("writing %s: %w", filename, err)
	}
	if dir := filepath.Dir(filename); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("writing %s: %w", filename, err)
		}
	}
	if err := os.WriteFile(filename, content, 0o600); err != nil {
		return fmt.Errorf("writing kubeconfig: %w", err)
	}
	return nil
}

// GetConfigFromFileOrDie loads filename, returning an empty config when it
// does not exist. Any other error ends the process with exit status 1
// after printing the error, as the name says.
func GetConfigFromFileOrDie(filename string) *clientcmdapi.Config {
	config, err := LoadFromFile(filename)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if config == nil {
		return clientcmdapi.NewConfig()
	}
	return config
}
