package clientcmd

import (
	"fmt"
	"path/filepath"
	"strings"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// GetClusterFileReferences returns pointers to the cluster's file paths.
func GetClusterFileReferences(cluster *clientcmdapi.Cluster) []*string {
	return []*string{&cluster.CertificateAuthority}
}

// GetAuthInfoFileReferences returns pointers to the user's file paths: the
// client certificate, key and token file, and the exec command when it
// contains a path separator (a bare command is looked up in $PATH).
func GetAuthInfoFileReferences(authInfo *clientcmdapi.AuthInfo) []*string {
	refs := []*string{&authInfo.ClientCertificate, &authInfo.ClientKey, &authInfo.TokenFile}
	if authInfo.Exec != nil && strings.ContainsRune(authInfo.Exec.Command, filepath.Separator) {
		refs = append(refs, &authInfo.Exec.Command)
	}
	return refs
}

// GetConfigFileReferences returns pointers to every file path in config.
func GetConfigFileReferences(config *clientcmdapi.Config) []*string {
	var refs []*string
	for _, name := range sortedKeys(config.Clusters) {
		if c := config.Clusters[name]; c != nil {
			refs = append(refs, GetClusterFileReferences(c)...)
		}
	}
	for _, name := range sortedKeys(config.AuthInfos) {
		if a := config.AuthInfos[name]; a != nil {
			refs = append(refs, GetAuthInfoFileReferences(a)...)
		}
	}
	return refs
}

// ResolvePaths makes every non-empty relative path in refs absolute against base.
func ResolvePaths(refs []*string, base string) error {
	for _, ref := range refs {
		if *ref != "" && !filepath.IsAbs(*ref) {
			*ref = filepath.Join(base, *ref)
		}
	}
	return nil
}

// ResolveLocalPaths resolves the relative paths of every cluster and user
// against the directory of the file it was loaded from. Entries without a
// LocationOfOrigin are left alone.
func ResolveLocalPaths(config *clientcmdapi.Config) error {
	for name, c := range config.Clusters {
		if c == nil || c.LocationOfOrigin == "" {
			continue
		}
		base, err := originBase(c.LocationOfOrigin)
		if err != nil {
			return fmt.Errorf("cluster %q: %w", name, err)
		}
		if err := ResolvePaths(GetClusterFileReferences(c), base); err != nil {
			return err
		}
	}
	for name, a := range config.AuthInfos {
		if a == nil || a.LocationOfOrigin == "" {
			continue
		}
		base, err := originBase(a.LocationOfOrigin)
		if err != nil {
			return fmt.Errorf("user %q: %w", name, err)
		}
		if err := ResolvePaths(GetAuthInfoFileReferences(a), base); err != nil {
			return err
		}
	}
	return nil
}

func originBase(location string) (string, error) {
	base, err := filepath.Abs(filepath.Dir(location))
	if err != nil {
		return "", fmt.Errorf("could not determine the absolute path of config file %s: %w", location, err)
	}
	return base, nil
}

// ResolveConfigPaths resolves every relative path in config against base.
func ResolveConfigPaths(config *clientcmdapi.Config, base string) error {
	return ResolvePaths(GetConfigFileReferences(config), base)
}

// RelativizeConfigPaths rewrites every path in config relative to base,
// leaving absolute paths that would need "../" steps as they are.
func RelativizeConfigPaths(config *clientcmdapi.Config, base string) error {
	return RelativizePathWithNoBacksteps(GetConfigFileReferences(config), base)
}

// RelativizeClusterLocalPaths rewrites the cluster's paths relative to the
// directory of its LocationOfOrigin.
func RelativizeClusterLocalPaths(cluster *clientcmdapi.Cluster) error {
	if cluster.LocationOfOrigin == "" {
		return fmt.Errorf("no location of origin for %s", cluster.Server)
	}
	return relativizeLocal(GetClusterFileReferences(cluster), cluster.LocationOfOrigin)
}

// RelativizeAuthInfoLocalPaths rewrites the user's paths relative to the
// directory of its LocationOfOrigin.
func RelativizeAuthInfoLocalPaths(authInfo *clientcmdapi.AuthInfo) error {
	if authInfo.LocationOfOrigin == "" {
		return fmt.Errorf("no location of origin for %v", authInfo.Username)
	}
	return relativizeLocal(GetAuthInfoFileReferences(authInfo), authInfo.LocationOfOrigin)
}

func relativizeLocal(refs []*string, location string) error {
	base, err := originBase(location)
	if err != nil {
		return err
	}
	if err := ResolvePaths(refs, base); err != nil {
		return err
	}
	return RelativizePathWithNoBacksteps(refs, base)
}

// RelativizePathWithNoBacksteps rewrites each non-empty path in refs
// relative to base unless that needs "../" steps; such paths must be
// absolute and stay unchanged.
func RelativizePathWithNoBacksteps(refs []*string, base string) error {
	for _, ref := range refs {
		if *ref == "" {
			continue
		}
		abs, err := filepath.Abs(*ref)
		if err != nil {
			return fmt.Errorf("relativizing %s: %w", *ref, err)
		}
		rel, err := MakeRelative(abs, base)
		if err != nil {
			return err
		}
		if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			if filepath.IsAbs(*ref) {
				continue
			}
			return fmt.Errorf("%v requires backsteps and is not absolute", *ref)
		}
		*ref = rel
	}
	return nil
}

// MakeRelative returns path relative to base; an empty path stays empty.
func MakeRelative(path string, base string) (string, error) {
	if path == "" {
		return path, nil
	}
	rel, err := filepath.Rel(base, path)
	if err != nil {
		return path, fmt.Errorf("making %s relative to %s: %w", path, base, err)
	}
	return rel, nil
}
