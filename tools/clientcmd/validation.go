package clientcmd

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"

	utilerrors "github.com/skiff-k8s/skiff/apimachinery/util/errors"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

var (
	// ErrNoContext means no context was named and the config has no current context.
	ErrNoContext = errors.New("no context chosen")
	// ErrEmptyConfig means the kubeconfig defines nothing at all.
	ErrEmptyConfig = NewEmptyConfigError("no configuration has been provided, try setting KUBERNETES_MASTER environment variable")
	// ErrEmptyCluster means the selected cluster has no fields set.
	ErrEmptyCluster = errors.New("cluster has no server defined")
)

type errEmptyConfig struct{ message string }

func (e *errEmptyConfig) Error() string { return e.message }

// NewEmptyConfigError returns an error with message that IsEmptyConfig recognises.
func NewEmptyConfigError(message string) error { return &errEmptyConfig{message: message} }

type errContextNotFound struct{ ContextName string }

func (e *errContextNotFound) Error() string {
	return fmt.Sprintf("context was not found for specified context: %v", e.ContextName)
}

// IsContextNotFound reports whether err says the chosen context does not exist.
func IsContextNotFound(err error) bool {
	if err == nil {
		return false
	}
	var nf *errContextNotFound
	if errors.As(err, &nf) || errors.Is(err, ErrNoContext) {
		return true
	}
	return strings.Contains(err.Error(), "context was not found for specified context")
}

// IsEmptyConfig reports whether err says the configuration is empty.
func IsEmptyConfig(err error) bool {
	var invalid errConfigurationInvalid
	if errors.As(err, &invalid) {
		if len(invalid) != 1 {
			return false
		}
		err = invalid[0]
	}
	var empty *errEmptyConfig
	return errors.As(err, &empty)
}

// errConfigurationInvalid is the list of problems Validate found.
type errConfigurationInvalid []error

func newErrConfigurationInvalid(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return errConfigurationInvalid(errs)
}

// Error lists every problem as "invalid configuration: [...]".
func (e errConfigurationInvalid) Error() string {
	return fmt.Sprintf("invalid configuration: %v", utilerrors.NewAggregate(e).Error())
}

// Errors returns the individual problems.
func (e errConfigurationInvalid) Errors() []error { return e }

// Unwrap lets errors.Is and errors.As see the individual problems.
func (e errConfigurationInvalid) Unwrap() []error { return e }

// IsConfigurationInvalid reports whether err comes from validating a kubeconfig.
func IsConfigurationInvalid(err error) bool {
	var invalid errConfigurationInvalid
	var nf *errContextNotFound
	if errors.As(err, &invalid) || errors.As(err, &nf) {
		return true
	}
	return IsContextNotFound(err)
}

// Validate checks a whole config: the current context exists, and every
// context, user and cluster is consistent.
func Validate(config clientcmdapi.Config) error {
	if clientcmdapi.IsConfigEmpty(&config) {
		return newErrConfigurationInvalid([]error{ErrEmptyConfig})
	}
	var errs []error
	if config.CurrentContext != "" {
		if _, ok := config.Contexts[config.CurrentContext]; !ok {
			errs = append(errs, &errContextNotFound{ContextName: config.CurrentContext})
		}
	}
	for _, name := range sortedKeys(config.Contexts) {
		errs = append(errs, validateContext(name, deref(config.Contexts[name]), config)...)
	}
	for _, name := range sortedKeys(config.AuthInfos) {
		errs = append(errs, validateAuthInfo(name, deref(config.AuthInfos[name]))...)
	}
	for _, name := range sortedKeys(config.Clusters) {
		errs = append(errs, validateClusterInfo(name, deref(config.Clusters[name]))...)
	}
	return newErrConfigurationInvalid(errs)
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// ConfirmUsable checks that the named context (or the current context when
// passedContextName is empty) exists and that its user and cluster are
// usable.
func ConfirmUsable(config clientcmdapi.Config, passedContextName string) error {
	if clientcmdapi.IsConfigEmpty(&config) {
		return newErrConfigurationInvalid([]error{ErrEmptyConfig})
	}
	name := passedContextName
	if name == "" {
		name = config.CurrentContext
	}
	if name == "" {
		return ErrNoContext
	}
	ctx, ok := config.Contexts[name]
	if !ok || ctx == nil {
		return newErrConfigurationInvalid([]error{&errContextNotFound{ContextName: name}})
	}
	errs := validateContext(name, *ctx, config)
	authInfo := config.AuthInfos[ctx.AuthInfo]
	if authInfo == nil {
		authInfo = clientcmdapi.NewAuthInfo()
	}
	errs = append(errs, validateAuthInfo(ctx.AuthInfo, *authInfo)...)
	cluster := config.Clusters[ctx.Cluster]
	if cluster == nil {
		cluster = clientcmdapi.NewCluster()
	}
	errs = append(errs, validateClusterInfo(ctx.Cluster, *cluster)...)
	return newErrConfigurationInvalid(errs)
}

// origin describes where an entry came from, for error messages.
func origin(location string) string {
	if location == "" {
		return ""
	}
	return fmt.Sprintf(" (referenced from kubeconfig %s)", location)
}

func validateContext(name string, ctx clientcmdapi.Context, config clientcmdapi.Config) []error {
	var errs []error
	if name == "" {
		errs = append(errs, fmt.Errorf("empty context name for cluster %q and user %q is not allowed", ctx.Cluster, ctx.AuthInfo))
	}
	if ctx.AuthInfo == "" {
		errs = append(errs, fmt.Errorf("user was not specified for context %q", name))
	} else if _, ok := config.AuthInfos[ctx.AuthInfo]; !ok {
		errs = append(errs, fmt.Errorf("user %q was not found for context %q", ctx.AuthInfo, name))
	}
	if ctx.Cluster == "" {
		errs = append(errs, fmt.Errorf("cluster was not specified for context %q", name))
	} else if _, ok := config.Clusters[ctx.Cluster]; !ok {
		errs = append(errs, fmt.Errorf("cluster %q was not found for context %q", ctx.Cluster, name))
	}
	if ctx.Namespace != "" && len(validation.IsDNS1123Label(ctx.Namespace)) != 0 {
		errs = append(errs, fmt.Errorf("namespace %q for context %q does not conform to the kubernetes DNS_LABEL rules", ctx.Namespace, name))
	}
	return errs
}

func validateClusterInfo(name string, cluster clientcmdapi.Cluster) []error {
	empty := clientcmdapi.NewCluster()
	if reflect.DeepEqual(*empty, cluster) || reflect.DeepEqual(clientcmdapi.Cluster{}, cluster) {
		return []error{ErrEmptyCluster}
	}
	var errs []error
	if cluster.Server == "" {
		if name == "" {
			errs = append(errs, errors.New("default cluster has no server defined"))
		} else {
			errs = append(errs, fmt.Errorf("no server found for cluster %q", name))
		}
	}
	if cluster.ProxyURL != "" {
		if _, err := parseProxyURL(cluster.ProxyURL); err != nil {
			errs = append(errs, fmt.Errorf("invalid 'proxy-url' %q for cluster %q: %w", cluster.ProxyURL, name, err))
		}
	}
	hasCA := cluster.CertificateAuthority != "" || len(cluster.CertificateAuthorityData) != 0
	if cluster.CertificateAuthority != "" && len(cluster.CertificateAuthorityData) != 0 {
		errs = append(errs, fmt.Errorf("certificate-authority-data and certificate-authority are both specified for %v. certificate-authority-data will override.", name))
	}
	if hasCA && cluster.InsecureSkipTLSVerify {
		errs = append(errs, fmt.Errorf("cluster %q sets both a certificate authority and insecure-skip-tls-verify; remove one of them", name))
	}
	if cluster.CertificateAuthority != "" {
		if err := checkReadable(cluster.CertificateAuthority); err != nil {
			errs = append(errs, fmt.Errorf("unable to read certificate-authority %v for %v%s due to %w", cluster.CertificateAuthority, name, origin(cluster.LocationOfOrigin), err))
		}
	}
	return errs
}

func checkReadable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	return f.Close()
}

func validateAuthInfo(name string, a clientcmdapi.AuthInfo) []error {
	var errs []error
	var methods []string
	if a.Token != "" {
		methods = append(methods, "token")
	}
	if a.Username != "" || a.Password != "" {
		methods = append(methods, "basicAuth")
	}
	if a.ClientCertificate != "" || len(a.ClientCertificateData) != 0 {
		errs = append(errs, validateClientCert(name, a)...)
	}
	if a.Exec != nil {
		errs = append(errs, validateExec(name, a)...)
	}
	if len(methods) > 1 {
		errs = append(errs, fmt.Errorf("more than one authentication method found for %v; found %v, only one is allowed", name, methods))
	}
	if (a.ImpersonateUID != "" || len(a.ImpersonateGroups) > 0 || len(a.ImpersonateUserExtra) > 0) && a.Impersonate == "" {
		errs = append(errs, fmt.Errorf("requesting uid, groups or user-extra for %v without impersonating a user", name))
	}
	return errs
}

func validateClientCert(name string, a clientcmdapi.AuthInfo) []error {
	var errs []error
	if a.ClientCertificate != "" && len(a.ClientCertificateData) != 0 {
		errs = append(errs, fmt.Errorf("client-cert-data and client-cert are both specified for %v. client-cert-data will override.", name))
	}
	if a.ClientKey != "" && len(a.ClientKeyData) != 0 {
		errs = append(errs, fmt.Errorf("client-key-data and client-key are both specified for %v; client-key-data will override", name))
	}
	if a.ClientKey == "" && len(a.ClientKeyData) == 0 {
		errs = append(errs, fmt.Errorf("client-key-data or client-key must be specified for %v to use the clientCert authentication method.", name))
	}
	if a.ClientCertificate != "" {
		if err := checkReadable(a.ClientCertificate); err != nil {
			errs = append(errs, fmt.Errorf("unable to read client-cert %v for %v%s due to %w", a.ClientCertificate, name, origin(a.LocationOfOrigin), err))
		}
	}
	if a.ClientKey != "" {
		if err := checkReadable(a.ClientKey); err != nil {
			errs = append(errs, fmt.Errorf("unable to read client-key %v for %v%s due to %w", a.ClientKey, name, origin(a.LocationOfOrigin), err))
		}
	}
	return errs
}

func validateExec(name string, a clientcmdapi.AuthInfo) []error {
	var errs []error
	if a.AuthProvider != nil {
		errs = append(errs, fmt.Errorf("authProvider cannot be provided in combination with an exec plugin for %s", name))
	}
	if a.Exec.Command == "" {
		errs = append(errs, fmt.Errorf("command must be specified for %v to use exec authentication plugin", name))
	}
	if a.Exec.APIVersion == "" {
		errs = append(errs, fmt.Errorf("apiVersion must be specified for %v to use exec authentication plugin", name))
	}
	for _, v := range a.Exec.Env {
		if v.Name == "" {
			errs = append(errs, fmt.Errorf("env variable name must be specified for %v to use exec authentication plugin", name))
		}
	}
	switch a.Exec.InteractiveMode {
	case "":
		errs = append(errs, fmt.Errorf("interactiveMode must be specified for %v to use exec authentication plugin", name))
	case clientcmdapi.NeverExecInteractiveMode, clientcmdapi.IfAvailableExecInteractiveMode, clientcmdapi.AlwaysExecInteractiveMode:
	default:
		errs = append(errs, fmt.Errorf("invalid interactiveMode for %v: %q", name, a.Exec.InteractiveMode))
	}
	return errs
}
