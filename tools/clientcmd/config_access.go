package clientcmd

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"

	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// ConfigAccess says where a kubeconfig is read from and written to.
type ConfigAccess interface {
	// GetLoadingPrecedence returns the files read, highest priority first.
	GetLoadingPrecedence() []string
	// GetStartingConfig returns the current merged config.
	GetStartingConfig() (*clientcmdapi.Config, error)
	// GetDefaultFilename returns the file new entries are written to.
	GetDefaultFilename() string
	// IsExplicitFile reports whether a single file was named explicitly.
	IsExplicitFile() bool
	// GetExplicitFile returns that file, or "".
	GetExplicitFile() string
}

// PathOptions is kubectl config's view of where kubeconfig files live.
type PathOptions struct {
	// GlobalFile is the file used when no other is named (~/.kube/config).
	GlobalFile string
	// EnvVar is the environment variable listing files (KUBECONFIG).
	EnvVar string
	// ExplicitFileFlag is the flag naming one file (kubeconfig).
	ExplicitFileFlag string
	// GlobalFileSubpath is GlobalFile relative to the home directory.
	GlobalFileSubpath string
	// LoadingRules load the files; its ExplicitPath is the explicit file.
	LoadingRules *ClientConfigLoadingRules
}

var _ ConfigAccess = &PathOptions{}
var _ ClientConfigLoader = &ClientConfigLoadingRules{}

// NewDefaultPathOptions returns kubectl's path options; paths are kept as
// written (not resolved), so writing back preserves relative paths.
func NewDefaultPathOptions() *PathOptions {
	o := &PathOptions{
		GlobalFile:        RecommendedHomeFile,
		EnvVar:            RecommendedConfigPathEnvVar,
		ExplicitFileFlag:  RecommendedConfigPathFlag,
		GlobalFileSubpath: path.Join(RecommendedHomeDir, RecommendedFileName),
		LoadingRules:      NewDefaultClientConfigLoadingRules(),
	}
	o.LoadingRules.DoNotResolvePaths = true
	return o
}

// GetEnvVarFiles returns the files listed in EnvVar, without empty entries or repeats.
func (o *PathOptions) GetEnvVarFiles() []string {
	if o.EnvVar == "" {
		return []string{}
	}
	env := os.Getenv(o.EnvVar)
	if env == "" {
		return []string{}
	}
	return deduplicate(filepath.SplitList(env))
}

// GetLoadingPrecedence returns the explicit file, else the EnvVar files, else GlobalFile.
func (o *PathOptions) GetLoadingPrecedence() []string {
	if o.IsExplicitFile() {
		return []string{o.GetExplicitFile()}
	}
	if files := o.GetEnvVarFiles(); len(files) > 0 {
		return files
	}
	return []string{o.GlobalFile}
}

// GetStartingConfig loads the files of GetLoadingPrecedence; a missing
// explicit file gives an empty config.
func (o *PathOptions) GetStartingConfig() (*clientcmdapi.Config, error) {
	rules := ClientConfigLoadingRules{}
	if o.LoadingRules != nil {
		rules = *o.LoadingRules
	}
	rules.Precedence = o.GetLoadingPrecedence()
	raw, err := NewNonInteractiveDeferredLoadingClientConfig(&rules, &ConfigOverrides{}).RawConfig()
	if errors.Is(err, fs.ErrNotExist) {
		return clientcmdapi.NewConfig(), nil
	}
	if err != nil {
		return nil, err
	}
	return &raw, nil
}

// GetDefaultFilename returns where new entries go: the explicit file, else
// the only EnvVar file, else the first existing EnvVar file, else the last
// EnvVar file, else GlobalFile.
func (o *PathOptions) GetDefaultFilename() string {
	if o.IsExplicitFile() {
		return o.GetExplicitFile()
	}
	files := o.GetEnvVarFiles()
	switch len(files) {
	case 0:
		return o.GlobalFile
	case 1:
		return files[0]
	}
	for _, f := range files {
		if _, err := os.Stat(f); err == nil {
			return f
		}
	}
	return files[len(files)-1]
}

// IsExplicitFile reports whether LoadingRules names an explicit file.
func (o *PathOptions) IsExplicitFile() bool {
	return o.LoadingRules != nil && o.LoadingRules.ExplicitPath != ""
}

// GetExplicitFile returns LoadingRules.ExplicitPath.
func (o *PathOptions) GetExplicitFile() string {
	if o.LoadingRules == nil {
		return ""
	}
	return o.LoadingRules.ExplicitPath
}

// persister writes an auth provider's state back into the kubeconfig.
type persister struct {
	configAccess ConfigAccess
	user         string
}

// PersisterForUser returns a persister that stores user's auth provider
// config through configAccess.
func PersisterForUser(configAccess ConfigAccess, user string) rest.AuthProviderConfigPersister {
	return &persister{configAccess: configAccess, user: user}
}

// Persist replaces the user's auth provider config and writes it back.
func (p *persister) Persist(config map[string]string) error {
	newConfig, err := p.configAccess.GetStartingConfig()
	if err != nil {
		return err
	}
	authInfo, ok := newConfig.AuthInfos[p.user]
	if ok && authInfo.AuthProvider != nil {
		authInfo.AuthProvider.Config = config
		return ModifyConfig(p.configAccess, *newConfig, false)
	}
	return nil
}

// getConfigFromFile loads filename, treating a missing file as empty.
func getConfigFromFile(filename string) (*clientcmdapi.Config, error) {
	config, err := LoadFromFile(filename)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if config == nil {
		config = clientcmdapi.NewConfig()
	}
	return config, nil
}

// lockFiles takes <file>.lock for every file in sorted order and returns
// the function releasing them.
func lockFiles(files []string) (func(), error) {
	sorted := append([]string(nil), files...)
	sort.Strings(sorted)
	var locked []string
	release := func() {
		for _, f := range locked {
			_ = os.Remove(f + ".lock")
		}
	}
	for _, f := range sorted {
		if f == "" {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			release()
			return nil, fmt.Errorf("locking %s: %w", f, err)
		}
		lock, err := os.OpenFile(f+".lock", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			release()
			return nil, fmt.Errorf("locking %s: %w", f, err)
		}
		_ = lock.Close()
		locked = append(locked, f)
	}
	return release, nil
}

func sameValue(a, b any) bool { return reflect.DeepEqual(a, b) }
