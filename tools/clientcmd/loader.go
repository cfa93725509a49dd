package clientcmd

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"

	utilerrors "github.com/skiff-k8s/skiff/apimachinery/util/errors"
	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/skiff-k8s/skiff/util/homedir"
)

const (
	// RecommendedConfigPathFlag is the flag name for an explicit kubeconfig.
	RecommendedConfigPathFlag = "kubeconfig"
	// RecommendedConfigPathEnvVar lists kubeconfig files to merge.
	RecommendedConfigPathEnvVar = "KUBECONFIG"
	// RecommendedHomeDir is the directory under $HOME holding the config.
	RecommendedHomeDir = ".kube"
	// RecommendedFileName is the kubeconfig file name in RecommendedHomeDir.
	RecommendedFileName = "config"
	// RecommendedSchemaName is the schema cache directory name in RecommendedHomeDir.
	RecommendedSchemaName = "schema"
)

var (
	// RecommendedConfigDir is $HOME/.kube.
	RecommendedConfigDir = filepath.Join(homedir.HomeDir(), RecommendedHomeDir)
	// RecommendedHomeFile is $HOME/.kube/config, the default kubeconfig.
	RecommendedHomeFile = filepath.Join(RecommendedConfigDir, RecommendedFileName)
	// RecommendedSchemaFile is $HOME/.kube/schema.
	RecommendedSchemaFile = filepath.Join(RecommendedConfigDir, RecommendedSchemaName)
)

// WarningHandler receives non-fatal problems found while loading.
type WarningHandler func(error)

// Warn passes err to the handler, or logs it with log/slog when the handler is nil.
func (handler WarningHandler) Warn(err error) {
	if handler == nil {
		slog.Warn(err.Error())
		return
	}
	handler(err)
}

// MissingConfigError lists kubeconfig files that were named but not found.
type MissingConfigError struct {
	// Missing are the file names that do not exist.
	Missing []string
}

// Error says which files were not found.
func (c MissingConfigError) Error() string {
	return fmt.Sprintf("Config not found: %s", strings.Join(c.Missing, ", "))
}

// ClientConfigLoadingRules says which kubeconfig files to read and how to
// merge them. The zero value loads nothing; NewDefaultClientConfigLoadingRules
// gives kubectl's rules.
type ClientConfigLoadingRules struct {
	// ExplicitPath, when set, is the only file loaded (no merging); it must exist.
	ExplicitPath string
	// Precedence lists files to merge, earlier files winning; missing files are skipped.
	Precedence []string
	// MigrationRules maps a destination file to a legacy source copied there
	// by Migrate when the destination does not exist yet.
	MigrationRules map[string]string
	// DoNotResolvePaths keeps relative file references as written instead of
	// resolving them against the directory of the file that holds them.
	DoNotResolvePaths bool
	// DefaultClientConfig is what an unconfigured client would use; a
	// loaded config equal to it lets deferred loading try in-cluster
	// config. Default: none.
	DefaultClientConfig ClientConfig
	// WarnIfAllMissing reports a MissingConfigError to Warner when no
	// Precedence file exists.
	WarnIfAllMissing bool
	// Warner receives warnings; nil logs them with log/slog.
	Warner WarningHandler
}

// NewDefaultClientConfigLoadingRules returns kubectl's rules: the files in
// $KUBECONFIG (split with the OS path-list separator, empty entries and
// duplicates dropped) or else RecommendedHomeFile, with the legacy
// ~/.kube/.kubeconfig migration.
func NewDefaultClientConfigLoadingRules() *ClientConfigLoadingRules {
	var chain []string
	warn := false
	if env := os.Getenv(RecommendedConfigPathEnvVar); env != "" {
		chain = deduplicate(filepath.SplitList(env))
		warn = true
	} else {
		chain = []string{RecommendedHomeFile}
	}
	return &ClientConfigLoadingRules{
		Precedence:       chain,
		MigrationRules:   currentMigrationRules(),
		WarnIfAllMissing: warn,
	}
}

func currentMigrationRules() map[string]string {
	legacy := filepath.Join(os.Getenv("HOME"), RecommendedHomeDir, ".kubeconfig")
	if runtime.GOOS == "windows" {
		legacy = filepath.Join(os.Getenv("HOME"), RecommendedHomeDir, RecommendedFileName)
	}
	return map[string]string{RecommendedHomeFile: legacy}
}

// deduplicate drops empty entries and repeats, keeping first occurrences in order.
func deduplicate(in []string) []string {
	seen := make(map[string]bool, len(in))
	out := make([]string, 0, len(in))
	for _, s := range in {
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// Load reads the files the rules name and merges them. With ExplicitPath
// only that file is read and it must exist. Otherwise missing Precedence
// files are skipped; for every map (clusters, users, contexts, extensions)
// the first file defining a name wins the whole entry, and for other fields
// (current-context, preferences) the first non-empty value wins. Files
// that fail to read or parse are reported in the returned error while the
// config merged from the rest is still returned.
func (rules *ClientConfigLoadingRules) Load() (*clientcmdapi.Config, error) {
	if rules == nil {
		return nil, errors.New("loading kubeconfig: nil loading rules")
	}
	if err := rules.Migrate(); err != nil {
		return nil, err
	}
	files := rules.Precedence
	if rules.ExplicitPath != "" {
		if _, err := os.Stat(rules.ExplicitPath); err != nil {
			return nil, err
		}
		files = []string{rules.ExplicitPath}
	}
	var errs, configs = []error{}, []*clientcmdapi.Config{}
	var missing []string
	for _, file := range files {
		if file == "" {
			continue
		}
		config, err := LoadFromFile(file)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			missing = append(missing, file)
		case err != nil:
			errs = append(errs, loadFileError(file, err))
		default:
			configs = append(configs, config)
		}
	}
	if rules.WarnIfAllMissing && len(missing) > 0 && len(configs) == 0 {
		rules.Warner.Warn(MissingConfigError{Missing: missing})
	}
	config, err := mergeConfigs(configs)
	if err != nil {
		return nil, err
	}
	if rules.ResolvePaths() {
		if err := ResolveLocalPaths(config); err != nil {
			errs = append(errs, err)
		}
	}
	return config, utilerrors.NewAggregate(errs)
}

// loadFileError names the file in a read error; parse errors from
// LoadFromFile already carry the file name.
func loadFileError(file string, err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return fmt.Errorf("error loading config file %q: %w", file, err)
	}
	return err
}

// mergeConfigs merges forward (later wins) and backward (earlier wins) and
// lays the backward result over the forward one, so earlier files win both
// map entries and scalar fields.
func mergeConfigs(configs []*clientcmdapi.Config) (*clientcmdapi.Config, error) {
	forward := clientcmdapi.NewConfig()
	for _, c := range configs {
		if err := mergeInto(forward, c); err != nil {
			return nil, err
		}
	}
	backward := clientcmdapi.NewConfig()
	for i := len(configs) - 1; i >= 0; i-- {
		if err := mergeInto(backward, configs[i]); err != nil {
			return nil, err
		}
	}
	out := clientcmdapi.NewConfig()
	if err := mergeInto(out, forward); err != nil {
		return nil, err
	}
	if err := mergeInto(out, backward); err != nil {
		return nil, err
	}
	return out, nil
}

// Migrate copies each MigrationRules source to its destination when the
// destination does not exist and the source does.
func (rules *ClientConfigLoadingRules) Migrate() error {
	if rules == nil {
		return nil
	}
	for dst, src := range rules.MigrationRules {
		if _, err := os.Stat(dst); err == nil {
			continue
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("migrating kubeconfig to %s: %w", dst, err)
		}
		info, err := os.Stat(src)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("migrating kubeconfig from %s: %w", src, err)
		}
		if info.IsDir() {
			return fmt.Errorf("cannot migrate %v to %v because it is a directory", src, dst)
		}
		data, err := os.ReadFile(src)
		if err != nil {
			return fmt.Errorf("migrating kubeconfig from %s: %w", src, err)
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("migrating kubeconfig to %s: %w", dst, err)
		}
		if err := os.WriteFile(dst, data, 0o600); err != nil {
			return fmt.Errorf("migrating kubeconfig to %s: %w", dst, err)
		}
	}
	return nil
}

// GetLoadingPrecedence returns the files Load reads: the explicit file
// alone, or Precedence.
func (rules *ClientConfigLoadingRules) GetLoadingPrecedence() []string {
	if rules.ExplicitPath != "" {
		return []string{rules.ExplicitPath}
	}
	return rules.Precedence
}

// GetExplicitFile returns ExplicitPath.
func (rules *ClientConfigLoadingRules) GetExplicitFile() string { return rules.ExplicitPath }

// IsExplicitFile reports whether ExplicitPath is set.
func (rules *ClientConfigLoadingRules) IsExplicitFile() bool { return rules.ExplicitPath != "" }

// GetDefaultFilename returns the file new entries are written to: the
// explicit file, else the first existing Precedence file, else the first
// Precedence entry, else "".
func (rules *ClientConfigLoadingRules) GetDefaultFilename() string {
	if rules.ExplicitPath != "" {
		return rules.ExplicitPath
	}
	for _, f := range rules.Precedence {
		if _, err := os.Stat(f); err == nil {
			return f
		}
	}
	if len(rules.Precedence) > 0 {
		return rules.Precedence[0]
	}
	return ""
}

// ResolvePaths reports whether Load resolves relative file references.
func (rules *ClientConfigLoadingRules) ResolvePaths() bool { return !rules.DoNotResolvePaths }

// IsDefaultConfig reports whether config equals what DefaultClientConfig
// produces; false when there is no DefaultClientConfig.
func (rules *ClientConfigLoadingRules) IsDefaultConfig(config *rest.Config) bool {
	if rules.DefaultClientConfig == nil {
		return false
	}
	defaultConfig, err := rules.DefaultClientConfig.ClientConfig()
	if err != nil {
		return false
	}
	return reflect.DeepEqual(config, defaultConfig)
}

// GetStartingConfig returns the merged kubeconfig the rules load, or an
// empty config when the explicit file does not exist.
func (rules *ClientConfigLoadingRules) GetStartingConfig() (*clientcmdapi.Config, error) {
	raw, err := NewNonInteractiveDeferredLoadingClientConfig(rules, &ConfigOverrides{}).RawConfig()
	if errors.Is(err, fs.ErrNotExist) {
		return clientcmdapi.NewConfig(), nil
	}
	if err != nil {
		return nil, err
	}
	return &raw, nil
}

// ClientConfigLoader is a ConfigAccess that can also load the merged config.
type ClientConfigLoader interface {
	ConfigAccess
	// IsDefaultConfig reports whether config is the unconfigured default.
	IsDefaultConfig(*rest.Config) bool
	// Load returns the merged kubeconfig.
	Load() (*clientcmdapi.Config, error)
}

// KubeconfigGetter returns a kubeconfig from anywhere.
type KubeconfigGetter func() (*clientcmdapi.Config, error)

// ClientConfigGetter is a ClientConfigLoader over a KubeconfigGetter; it
// has no files, so it cannot write changes back.
type ClientConfigGetter struct {
	kubeconfigGetter KubeconfigGetter
}

var _ ClientConfigLoader = &ClientConfigGetter{}

// Load calls the getter.
func (g *ClientConfigGetter) Load() (*clientcmdapi.Config, error) {
	if g.kubeconfigGetter == nil {
		return nil, errors.New("loading kubeconfig: no kubeconfig getter")
	}
	return g.kubeconfigGetter()
}

// GetLoadingPrecedence returns nil: there are no files.
func (g *ClientConfigGetter) GetLoadingPrecedence() []string { return nil }

// GetStartingConfig calls the getter.
func (g *ClientConfigGetter) GetStartingConfig() (*clientcmdapi.Config, error) { return g.Load() }

// GetDefaultFilename returns "": there are no files.
func (g *ClientConfigGetter) GetDefaultFilename() string { return "" }

// IsExplicitFile returns false.
func (g *ClientConfigGetter) IsExplicitFile() bool { return false }

// GetExplicitFile returns "".
func (g *ClientConfigGetter) GetExplicitFile() string { return "" }

// IsDefaultConfig returns false.
func (g *ClientConfigGetter) IsDefaultConfig(config *rest.Config) bool { return false }
