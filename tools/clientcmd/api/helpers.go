package api

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// IsConfigEmpty reports whether config defines nothing at all: no
// clusters, users, contexts, current context, preferences or extensions.
func IsConfigEmpty(config *Config) bool {
	if config == nil {
		return true
	}
	return len(config.AuthInfos) == 0 && len(config.Clusters) == 0 && len(config.Contexts) == 0 &&
		config.CurrentContext == "" && !config.Preferences.Colors &&
		len(config.Preferences.Extensions) == 0 && len(config.Extensions) == 0
}

// MinifyConfig keeps only the current context and the cluster and user it
// names. It fails when there is no current context or it does not exist.
func MinifyConfig(config *Config) error {
	if config == nil {
		return errors.New("minify: config is nil")
	}
	if config.CurrentContext == "" {
		return errors.New("current-context must exist in order to minify")
	}
	ctx, ok := config.Contexts[config.CurrentContext]
	if !ok || ctx == nil {
		return fmt.Errorf("cannot locate context %v", config.CurrentContext)
	}
	clusters := map[string]*Cluster{}
	if c, ok := config.Clusters[ctx.Cluster]; ok && ctx.Cluster != "" {
		clusters[ctx.Cluster] = c
	}
	users := map[string]*AuthInfo{}
	if u, ok := config.AuthInfos[ctx.AuthInfo]; ok && ctx.AuthInfo != "" {
		users[ctx.AuthInfo] = u
	}
	config.Contexts = map[string]*Context{config.CurrentContext: ctx}
	config.Clusters = clusters
	config.AuthInfos = users
	return nil
}

// FlattenConfig reads every referenced certificate and key file into the
// matching *-data field and clears the path, so the config stands alone.
// Relative paths are resolved against the directory of LocationOfOrigin.
func FlattenConfig(config *Config) error {
	if config == nil {
		return errors.New("flatten: config is nil")
	}
	for name, c := range config.Clusters {
		if c == nil {
			continue
		}
		base, err := originDir(c.LocationOfOrigin)
		if err != nil {
			return fmt.Errorf("cluster %q: %w", name, err)
		}
		if err := FlattenContent(&c.CertificateAuthority, &c.CertificateAuthorityData, base); err != nil {
			return fmt.Errorf("cluster %q: %w", name, err)
		}
	}
	for name, a := range config.AuthInfos {
		if a == nil {
			continue
		}
		base, err := originDir(a.LocationOfOrigin)
		if err != nil {
			return fmt.Errorf("user %q: %w", name, err)
		}
		if err := FlattenContent(&a.ClientCertificate, &a.ClientCertificateData, base); err != nil {
			return fmt.Errorf("user %q: %w", name, err)
		}
		if err := FlattenContent(&a.ClientKey, &a.ClientKeyData, base); err != nil {
			return fmt.Errorf("user %q: %w", name, err)
		}
	}
	return nil
}

func originDir(location string) (string, error) {
	dir, err := MakeAbs(filepath.Dir(location), "")
	if err != nil {
		return "", fmt.Errorf("resolving directory of %q: %w", location, err)
	}
	return dir, nil
}

// FlattenContent reads the file *path (relative to baseDir) into *contents
// and clears *path. Setting both a path and contents is an error.
func FlattenContent(path *string, contents *[]byte, baseDir string) error {
	if path == nil || contents == nil || *path == "" {
		return nil
	}
	if len(*contents) > 0 {
		return fmt.Errorf("cannot have values for both %q and its contents", *path)
	}
	file := ResolvePath(*path, baseDir)
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("flattening %q: %w", file, err)
	}
	*contents = data
	*path = ""
	return nil
}

// ResolvePath joins a relative, non-empty path onto base; absolute and
// empty paths are returned unchanged.
func ResolvePath(path string, base string) string {
	if path != "" && !filepath.IsAbs(path) {
		return filepath.Join(base, path)
	}
	return path
}

// MakeAbs returns path made absolute against base, or against the working
// directory when base is empty.
func MakeAbs(path string, base string) (string, error) {
	if filepath.IsAbs(path) {
		return path, nil
	}
	if base == "" {
		cwd, err := os.Getwd()
		if err != nil {
			return "", fmt.Errorf("getting working directory: %w", err)
		}
		base = cwd
	}
	return filepath.Join(base, path), nil
}
