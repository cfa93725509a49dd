package clientcmd

import (
	"errors"
	"os"
	"reflect"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// ModifyConfig writes the differences between configAccess's current
// config and newConfig back to the files they came from: each changed or
// removed cluster, user and context goes to its LocationOfOrigin, new
// entries to GetDefaultFilename. With relativizePaths, cluster and user
// file paths are written relative to their file. Files are locked with
// <file>.lock while they are rewritten.
func ModifyConfig(configAccess ConfigAccess, newConfig clientcmdapi.Config, relativizePaths bool) error {
	release, err := lockFiles(configAccess.GetLoadingPrecedence())
	if err != nil {
		return err
	}
	defer release()
	start, err := configAccess.GetStartingConfig()
	if err != nil {
		return err
	}
	if reflect.DeepEqual(*start, newConfig) {
		return nil
	}
	if start.CurrentContext != newConfig.CurrentContext {
		if err := writeCurrentContext(configAccess, newConfig.CurrentContext); err != nil {
			return err
		}
	}
	if !reflect.DeepEqual(start.Preferences, newConfig.Preferences) {
		if err := writePreferences(configAccess, newConfig.Preferences); err != nil {
			return err
		}
	}
	clusterPrep := func(c *clientcmdapi.Cluster, dest string) (*clientcmdapi.Cluster, error) {
		out := *c
		out.LocationOfOrigin = dest
		if relativizePaths {
			return &out, RelativizeClusterLocalPaths(&out)
		}
		return &out, nil
	}
	userPrep := func(a *clientcmdapi.AuthInfo, dest string) (*clientcmdapi.AuthInfo, error) {
		out := *a
		out.LocationOfOrigin = dest
		if relativizePaths {
			return &out, RelativizeAuthInfoLocalPaths(&out)
		}
		return &out, nil
	}
	contextPrep := func(c *clientcmdapi.Context, _ string) (*clientcmdapi.Context, error) { return c, nil }

	if err := modifyEntries(configAccess, start.Clusters, newConfig.Clusters, clusterOf, clusterLoc, clusterPrep); err != nil {
		return err
	}
	if err := modifyEntries(configAccess, start.Contexts, newConfig.Contexts, contextOf, contextLoc, contextPrep); err != nil {
		return err
	}
	return modifyEntries(configAccess, start.AuthInfos, newConfig.AuthInfos, userOf, userLoc, userPrep)
}

func clusterOf(c *clientcmdapi.Config) map[string]*clientcmdapi.Cluster { return c.Clusters }
func contextOf(c *clientcmdapi.Config) map[string]*clientcmdapi.Context { return c.Contexts }
func userOf(c *clientcmdapi.Config) map[string]*clientcmdapi.AuthInfo   { return c.AuthInfos }
func clusterLoc(c *clientcmdapi.Cluster) string                         { return c.LocationOfOrigin }
func contextLoc(c *clientcmdapi.Context) string                         { return c.LocationOfOrigin }
func userLoc(a *clientcmdapi.AuthInfo) string                           { return a.LocationOfOrigin }

// modifyEntries writes changed and new entries of one kind to their files
// and deletes removed ones, reading and writing each file once.
func modifyEntries[T any](access ConfigAccess, start, next map[string]*T,
	entries func(*clientcmdapi.Config) map[string]*T, location func(*T) string,
	prepare func(*T, string) (*T, error)) error {
	files := map[string]*clientcmdapi.Config{}
	load := func(entry *T) (*clientcmdapi.Config, string, error) {
		dest := ""
		if entry != nil {
			dest = location(entry)
		}
		if dest == "" {
			dest = access.GetDefaultFilename()
		}
		if cfg, ok := files[dest]; ok {
			return cfg, dest, nil
		}
		cfg, err := getConfigFromFile(dest)
		if err != nil {
			return nil, "", err
		}
		files[dest] = cfg
		return cfg, dest, nil
	}
	for _, key := range sortedKeys(next) {
		entry := next[key]
		if old, ok := start[key]; ok && sameValue(old, entry) {
			continue
		}
		if entry == nil {
			continue
		}
		cfg, dest, err := load(entry)
		if err != nil {
			return err
		}
		prepared, err := prepare(entry, dest)
		if err != nil {
			return err
		}
		entries(cfg)[key] = prepared
	}
	for _, key := range sortedKeys(start) {
		if _, ok := next[key]; ok {
			continue
		}
		cfg, _, err := load(start[key])
		if err != nil {
			return err
		}
		delete(entries(cfg), key)
	}
	for _, dest := range sortedKeys(files) {
		if err := WriteToFile(*files[dest], dest); err != nil {
			return err
		}
	}
	return nil
}

// writeCurrentContext stores the current context: in the explicit file,
// else (when set) in the default file, else (when cleared) in the first
// file that sets one.
func writeCurrentContext(access ConfigAccess, current string) error {
	if access.IsExplicitFile() {
		return setInFile(access.GetExplicitFile(), func(c *clientcmdapi.Config) { c.CurrentContext = current })
	}
	if current != "" {
		return setInFile(access.GetDefaultFilename(), func(c *clientcmdapi.Config) { c.CurrentContext = current })
	}
	for _, file := range access.GetLoadingPrecedence() {
		if _, err := os.Stat(file); err != nil {
			continue
		}
		cfg, err := getConfigFromFile(file)
		if err != nil {
			return err
		}
		if cfg.CurrentContext != "" {
			cfg.CurrentContext = current
			return WriteToFile(*cfg, file)
		}
	}
	return errors.New("no config found to write context")
}

// writePreferences stores preferences in the explicit file, else in the
// first file whose preferences differ.
func writePreferences(access ConfigAccess, prefs clientcmdapi.Preferences) error {
	if access.IsExplicitFile() {
		return setInFile(access.GetExplicitFile(), func(c *clientcmdapi.Config) { c.Preferences = prefs })
	}
	for _, file := range access.GetLoadingPrecedence() {
		cfg, err := getConfigFromFile(file)
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(cfg.Preferences, prefs) {
			cfg.Preferences = prefs
			return WriteToFile(*cfg, file)
		}
	}
	return errors.New("no config found to write preferences")
}

func setInFile(file string, set func(*clientcmdapi.Config)) error {
	cfg, err := getConfigFromFile(file)
	if err != nil {
		return err
	}
	set(cfg)
	return WriteToFile(*cfg, file)
}
