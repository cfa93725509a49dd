package api

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Config is a whole kubeconfig: where the clusters are, who the user is to
// each of them, and which pairing (context) is in use.
type Config struct {
	// Kind is "Config" when set; legacy field kept for serialization.
	Kind string `json:"kind,omitempty"`
	// APIVersion is "v1" when set; legacy field kept for serialization.
	APIVersion string `json:"apiVersion,omitempty"`
	// Preferences holds general information used by CLI tools.
	Preferences Preferences `json:"preferences,omitzero"`
	// Clusters maps a nickname to the cluster's connection details.
	Clusters map[string]*Cluster `json:"clusters"`
	// AuthInfos maps a nickname to a user's credentials.
	AuthInfos map[string]*AuthInfo `json:"users"`
	// Contexts maps a nickname to a (cluster, user, namespace) triple.
	Contexts map[string]*Context `json:"contexts"`
	// CurrentContext names the context used by default.
	CurrentContext string `json:"current-context"`
	// Extensions holds additional information for extenders.
	Extensions map[string]runtime.Object `json:"extensions,omitempty"`
}

// Preferences holds settings for command-line tools.
type Preferences struct {
	// Colors enables coloured output in tools that support it.
	Colors bool `json:"colors,omitempty"`
	// Extensions holds additional information for extenders.
	Extensions map[string]runtime.Object `json:"extensions,omitempty"`
}

// Cluster describes how to reach and trust one API server.
type Cluster struct {
	// LocationOfOrigin is the file this cluster was loaded from; never serialized.
	LocationOfOrigin string `json:"-"`
	// Server is the API server address (https://host:port).
	Server string `json:"server"`
	// TLSServerName is the name checked against the server certificate; empty uses the host name.
	TLSServerName string `json:"tls-server-name,omitempty"`
	// InsecureSkipTLSVerify disables server certificate verification.
	InsecureSkipTLSVerify bool `json:"insecure-skip-tls-verify,omitempty"`
	// CertificateAuthority is a path to a PEM CA bundle.
	CertificateAuthority string `json:"certificate-authority,omitempty"`
	// CertificateAuthorityData is a PEM CA bundle; it overrides CertificateAuthority.
	CertificateAuthorityData []byte `json:"certificate-authority-data,omitempty"`
	// ProxyURL is the http, https or socks5 proxy for this cluster; empty uses the environment.
	ProxyURL string `json:"proxy-url,omitempty"`
	// DisableCompression turns off response compression for this cluster.
	DisableCompression bool `json:"disable-compression,omitempty"`
	// Extensions holds additional information for extenders.
	Extensions map[string]runtime.Object `json:"extensions,omitempty"`
}

// AuthInfo holds the credentials of one user.
type AuthInfo struct {
	// LocationOfOrigin is the file this user was loaded from; never serialized.
	LocationOfOrigin string `json:"-"`
	// ClientCertificate is a path to a PEM client certificate.
	ClientCertificate string `json:"client-certificate,omitempty"`
	// ClientCertificateData is a PEM client certificate; it overrides ClientCertificate.
	ClientCertificateData []byte `json:"client-certificate-data,omitempty"`
	// ClientKey is a path to a PEM client key.
	ClientKey string `json:"client-key,omitempty"`
	// ClientKeyData is a PEM client key; it overrides ClientKey.
	ClientKeyData []byte `json:"client-key-data,omitempty"`
	// Token is a bearer token.
	Token string `json:"token,omitempty"`
	// TokenFile is a file whose contents are the bearer token; it is re-read periodically.
	TokenFile string `json:"tokenFile,omitempty"`
	// Impersonate is the user name to act as.
	Impersonate string `json:"act-as,omitempty"`
	// ImpersonateUID is the UID to act as.
	ImpersonateUID string `json:"act-as-uid,omitempty"`
	// ImpersonateGroups are the groups to act as.
	ImpersonateGroups []string `json:"act-as-groups,omitempty"`
	// ImpersonateUserExtra are extra user fields to act as.
	ImpersonateUserExtra map[string][]string `json:"act-as-user-extra,omitempty"`
	// Username is the basic-auth user name.
	Username string `json:"username,omitempty"`
	// Password is the basic-auth password.
	Password string `json:"password,omitempty"`
	// AuthProvider names a custom authentication plugin.
	AuthProvider *AuthProviderConfig `json:"auth-provider,omitempty"`
	// Exec runs a command to obtain credentials.
	Exec *ExecConfig `json:"exec,omitempty"`
	// Extensions holds additional information for extenders.
	Extensions map[string]runtime.Object `json:"extensions,omitempty"`
}

// Context pairs a cluster with a user and a default namespace.
type Context struct {
	// LocationOfOrigin is the file this context was loaded from; never serialized.
	LocationOfOrigin string `json:"-"`
	// Cluster names the cluster of this context.
	Cluster string `json:"cluster"`
	// AuthInfo names the user of this context.
	AuthInfo string `json:"user"`
	// Namespace is the default namespace; empty means "default".
	Namespace string `json:"namespace,omitempty"`
	// Extensions holds additional information for extenders.
	Extensions map[string]runtime.Object `json:"extensions,omitempty"`
}

// AuthProviderConfig names an authentication provider plugin and its settings.
type AuthProviderConfig struct {
	// Name is the plugin name, e.g. "oidc".
	Name string `json:"name"`
	// Config is the plugin's key/value configuration; values may be secrets.
	Config map[string]string `json:"config,omitempty"`
}

// ExecConfig describes a command that prints an ExecCredential with the
// user's credentials.
type ExecConfig struct {
	// Command is the program to run.
	Command string `json:"command"`
	// Args are the program's arguments.
	Args []string `json:"args"`
	// Env are extra environment variables for the program.
	Env []ExecEnvVar `json:"env"`
	// APIVersion is the ExecCredential version the plugin speaks.
	APIVersion string `json:"apiVersion,omitempty"`
	// InstallHint is shown to the user when the program is missing.
	InstallHint string `json:"installHint,omitempty"`
	// ProvideClusterInfo passes the cluster's details to the plugin.
	ProvideClusterInfo bool `json:"provideClusterInfo"`
	// Config is the cluster's exec extension, passed through to the plugin; never serialized here.
	Config runtime.Object `json:"-"`
	// InteractiveMode says whether the plugin may read standard input.
	InteractiveMode ExecInteractiveMode `json:"interactiveMode,omitempty"`
	// StdinUnavailable says standard input is in use by the caller.
	StdinUnavailable bool `json:"-"`
	// StdinUnavailableMessage explains why standard input is unavailable.
	StdinUnavailableMessage string `json:"-"`
}

// ExecEnvVar is one environment variable for an exec plugin.
type ExecEnvVar struct {
	// Name of the variable.
	Name string `json:"name"`
	// Value of the variable; may be a secret.
	Value string `json:"value"`
}

// ExecInteractiveMode says how an exec plugin may use standard input.
type ExecInteractiveMode string

const (
	// NeverExecInteractiveMode never gives the plugin standard input.
	NeverExecInteractiveMode ExecInteractiveMode = "Never"
	// IfAvailableExecInteractiveMode gives standard input when it is a terminal.
	IfAvailableExecInteractiveMode ExecInteractiveMode = "IfAvailable"
	// AlwaysExecInteractiveMode requires standard input to be a terminal.
	AlwaysExecInteractiveMode ExecInteractiveMode = "Always"
)

// GetObjectKind returns the config itself, which carries its kind and apiVersion.
func (c *Config) GetObjectKind() schema.ObjectKind { return c }

// GroupVersionKind returns the kind and apiVersion stored in the config.
func (c *Config) GroupVersionKind() schema.GroupVersionKind {
	return schema.FromAPIVersionAndKind(c.APIVersion, c.Kind)
}

// SetGroupVersionKind stores gvk as the config's kind and apiVersion.
func (c *Config) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	c.APIVersion, c.Kind = gvk.ToAPIVersionAndKind()
}

// NewConfig returns a Config with empty, non-nil maps.
func NewConfig() *Config {
	return &Config{
		Preferences: *NewPreferences(),
		Clusters:    map[string]*Cluster{},
		AuthInfos:   map[string]*AuthInfo{},
		Contexts:    map[string]*Context{},
		Extensions:  map[string]runtime.Object{},
	}
}

// NewContext returns an empty Context with a non-nil Extensions map.
func NewContext() *Context { return &Context{Extensions: map[string]runtime.Object{}} }

// NewCluster returns an empty Cluster with a non-nil Extensions map.
func NewCluster() *Cluster { return &Cluster{Extensions: map[string]runtime.Object{}} }

// NewAuthInfo returns an empty AuthInfo with non-nil maps.
func NewAuthInfo() *AuthInfo {
	return &AuthInfo{
		Extensions:           map[string]runtime.Object{},
		ImpersonateUserExtra: map[string][]string{},
	}
}

// NewPreferences returns empty Preferences with a non-nil Extensions map.
func NewPreferences() *Preferences { return &Preferences{Extensions: map[string]runtime.Object{}} }
