package clientcmd

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// The wire* types are the kubeconfig v1 file format: the same data as the
// api package, with named lists instead of maps and the file's key names.

type wireConfig struct {
	Kind           string               `json:"kind,omitempty"`
	APIVersion     string               `json:"apiVersion,omitempty"`
	Preferences    wirePreferences      `json:"preferences"`
	Clusters       []wireNamedCluster   `json:"clusters"`
	AuthInfos      []wireNamedAuthInfo  `json:"users"`
	Contexts       []wireNamedContext   `json:"contexts"`
	CurrentContext string               `json:"current-context"`
	Extensions     []wireNamedExtension `json:"extensions,omitempty"`
}

type wirePreferences struct {
	Colors     bool                 `json:"colors,omitempty"`
	Extensions []wireNamedExtension `json:"extensions,omitempty"`
}

type wireNamedCluster struct {
	Name    string      `json:"name"`
	Cluster wireCluster `json:"cluster"`
}

type wireCluster struct {
	Server                   string               `json:"server"`
	TLSServerName            string               `json:"tls-server-name,omitempty"`
	InsecureSkipTLSVerify    bool                 `json:"insecure-skip-tls-verify,omitempty"`
	CertificateAuthority     string               `json:"certificate-authority,omitempty"`
	CertificateAuthorityData []byte               `json:"certificate-authority-data,omitempty"`
	ProxyURL                 string               `json:"proxy-url,omitempty"`
	DisableCompression       bool                 `json:"disable-compression,omitempty"`
	Extensions               []wireNamedExtension `json:"extensions,omitempty"`
}

type wireNamedAuthInfo struct {
	Name     string       `json:"name"`
	AuthInfo wireAuthInfo `json:"user"`
}

type wireAuthInfo struct {
	ClientCertificate     string                           `json:"client-certificate,omitempty"`
	ClientCertificateData []byte                           `json:"client-certificate-data,omitempty"`
	ClientKey             string                           `json:"client-key,omitempty"`
	ClientKeyData         []byte                           `json:"client-key-data,omitempty"`
	Token                 string                           `json:"token,omitempty"`
	TokenFile             string                           `json:"tokenFile,omitempty"`
	Impersonate           string                           `json:"as,omitempty"`
	ImpersonateUID        string                           `json:"as-uid,omitempty"`
	ImpersonateGroups     []string                         `json:"as-groups,omitempty"`
	ImpersonateUserExtra  map[string][]string              `json:"as-user-extra,omitempty"`
	Username              string                           `json:"username,omitempty"`
	Password              string                           `json:"password,omitempty"`
	AuthProvider          *clientcmdapi.AuthProviderConfig `json:"auth-provider,omitempty"`
	Exec                  *wireExecConfig                  `json:"exec,omitempty"`
	Extensions            []wireNamedExtension             `json:"extensions,omitempty"`
}

type wireExecConfig struct {
	Command            string                           `json:"command"`
	Args               []string                         `json:"args"`
	Env                []clientcmdapi.ExecEnvVar        `json:"env"`
	APIVersion         string                           `json:"apiVersion,omitempty"`
	InstallHint        string                           `json:"installHint,omitempty"`
	ProvideClusterInfo bool                             `json:"provideClusterInfo"`
	InteractiveMode    clientcmdapi.ExecInteractiveMode `json:"interactiveMode,omitempty"`
}

type wireNamedContext struct {
	Name    string      `json:"name"`
	Context wireContext `json:"context"`
}

type wireContext struct {
	Cluster    string               `json:"cluster"`
	AuthInfo   string               `json:"user"`
	Namespace  string               `json:"namespace,omitempty"`
	Extensions []wireNamedExtension `json:"extensions,omitempty"`
}

type wireNamedExtension struct {
	Name      string               `json:"name"`
	Extension runtime.RawExtension `json:"extension"`
}

// duplicateNameError reports a name used twice in one of the file's lists.
func duplicateNameError(list, target, name string) error {
	return fmt.Errorf("error converting *[]%s into %s: duplicate name %q in list", list, target, name)
}

// fromWire converts a decoded v1 file into the in-memory form.
func fromWire(in *wireConfig) (*clientcmdapi.Config, error) {
	out := clientcmdapi.NewConfig()
	out.Preferences.Colors = in.Preferences.Colors
	prefExt, err := extensionsFromWire(in.Preferences.Extensions)
	if err != nil {
		return nil, err
	}
	ext, err := extensionsFromWire(in.Extensions)
	if err != nil {
		return nil, err
	}
	// Keep NewConfig's empty maps when the file has no extensions.
	mergeExtensions(out.Preferences.Extensions, prefExt)
	mergeExtensions(out.Extensions, ext)
	out.CurrentContext = in.CurrentContext
	for _, nc := range in.Clusters {
		if _, dup := out.Clusters[nc.Name]; dup {
			return nil, duplicateNameError("NamedCluster", "*map[string]*api.Cluster", nc.Name)
		}
		if out.Clusters[nc.Name], err = clusterFromWire(&nc.Cluster); err != nil {
			return nil, fmt.Errorf("cluster %q: %w", nc.Name, err)
		}
	}
	for _, na := range in.AuthInfos {
		if _, dup := out.AuthInfos[na.Name]; dup {
			return nil, duplicateNameError("NamedAuthInfo", "*map[string]*api.AuthInfo", na.Name)
		}
		if out.AuthInfos[na.Name], err = authInfoFromWire(&na.AuthInfo); err != nil {
			return nil, fmt.Errorf("user %q: %w", na.Name, err)
		}
	}
	for _, nc := range in.Contexts {
		if _, dup := out.Contexts[nc.Name]; dup {
			return nil, duplicateNameError("NamedContext", "*map[string]*api.Context", nc.Name)
		}
		ext, err := extensionsFromWire(nc.Context.Extensions)
		if err != nil {
			return nil, fmt.Errorf("context %q: %w", nc.Name, err)
		}
		out.Contexts[nc.Name] = &clientcmdapi.Context{Cluster: nc.Context.Cluster, AuthInfo: nc.Context.AuthInfo,
			Namespace: nc.Context.Namespace, Extensions: ext}
	}
	return out, nil
}

func clusterFromWire(in *wireCluster) (*clientcmdapi.Cluster, error) {
	ext, err := extensionsFromWire(in.Extensions)
	if err != nil {
		return nil, err
	}
	return &clientcmdapi.Cluster{
		Server: in.Server, TLSServerName: in.TLSServerName, InsecureSkipTLSVerify: in.InsecureSkipTLSVerify,
		CertificateAuthority: in.CertificateAuthority, CertificateAuthorityData: nonEmptyBytes(in.CertificateAuthorityData),
		ProxyURL: in.ProxyURL, DisableCompression: in.DisableCompression, Extensions: ext,
	}, nil
}

func authInfoFromWire(in *wireAuthInfo) (*clientcmdapi.AuthInfo, error) {
	ext, err := extensionsFromWire(in.Extensions)
	if err != nil {
		return nil, err
	}
	out := &clientcmdapi.AuthInfo{
		ClientCertificate: in.ClientCertificate, ClientCertificateData: nonEmptyBytes(in.ClientCertificateData),
		ClientKey: in.ClientKey, ClientKeyData: nonEmptyBytes(in.ClientKeyData),
		Token: in.Token, TokenFile: in.TokenFile,
		Impersonate: in.Impersonate, ImpersonateUID: in.ImpersonateUID,
		Username: in.Username, Password: in.Password, Extensions: ext,
	}
	if len(in.ImpersonateGroups) > 0 {
		out.ImpersonateGroups = in.ImpersonateGroups
	}
	if len(in.ImpersonateUserExtra) > 0 {
		out.ImpersonateUserExtra = in.ImpersonateUserExtra
	}
	if in.AuthProvider != nil {
		out.AuthProvider = in.AuthProvider.DeepCopy()
		if len(out.AuthProvider.Config) == 0 {
			out.AuthProvider.Config = nil
		}
	}
	if in.Exec != nil {
		out.Exec = &clientcmdapi.ExecConfig{
			Command: in.Exec.Command, Args: in.Exec.Args, Env: in.Exec.Env, APIVersion: in.Exec.APIVersion,
			InstallHint: in.Exec.InstallHint, ProvideClusterInfo: in.Exec.ProvideClusterInfo,
			InteractiveMode: in.Exec.InteractiveMode,
		}
		defaultExecInteractiveMode(out.Exec)
	}
	return out, nil
}

// defaultExecInteractiveMode applies the v1 file defaulting: plugins of the
// beta and alpha credential APIs without a mode may use a terminal if there
// is one. The v1 credential API requires an explicit mode.
func defaultExecInteractiveMode(e *clientcmdapi.ExecConfig) {
	if e.InteractiveMode != "" {
		return
	}
	switch e.APIVersion {
	case "client.authentication.k8s.io/v1beta1", "client.authentication.k8s.io/v1alpha1":
		e.InteractiveMode = clientcmdapi.IfAvailableExecInteractiveMode
	}
}

func mergeExtensions(dst, src map[string]runtime.Object) {
	for k, v := range src {
		dst[k] = v
	}
}

func nonEmptyBytes(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// extensionsFromWire keeps each extension as a *runtime.Unknown holding its
// JSON, with apiVersion and kind read from it when present.
func extensionsFromWire(in []wireNamedExtension) (map[string]runtime.Object, error) {
	if len(in) == 0 {
		return nil, nil
	}
	out := make(map[string]runtime.Object, len(in))
	for _, ne := range in {
		if _, dup := out[ne.Name]; dup {
			return nil, duplicateNameError("NamedExtension", "*map[string]runtime.Object", ne.Name)
		}
		if ne.Extension.Raw == nil {
			out[ne.Name] = nil
			continue
		}
		u := &runtime.Unknown{Raw: ne.Extension.Raw, ContentType: runtime.ContentTypeJSON}
		var tm runtime.TypeMeta
		if err := json.Unmarshal(ne.Extension.Raw, &tm); err == nil {
			u.TypeMeta = tm
		}
		out[ne.Name] = u
	}
	return out, nil
}

// toWire converts the in-memory form into the v1 file form with every list
// sorted by name.
func toWire(in *clientcmdapi.Config) *wireConfig {
	out := &wireConfig{
		Kind: "Config", APIVersion: "v1", CurrentContext: in.CurrentContext,
		Preferences: wirePreferences{Colors: in.Preferences.Colors, Extensions: extensionsToWire(in.Preferences.Extensions)},
		Extensions:  extensionsToWire(in.Extensions),
	}
	for _, name := range sortedKeys(in.Clusters) {
		c := in.Clusters[name]
		if c == nil {
			c = &clientcmdapi.Cluster{}
		}
		out.Clusters = append(out.Clusters, wireNamedCluster{Name: name, Cluster: wireCluster{
			Server: c.Server, TLSServerName: c.TLSServerName, InsecureSkipTLSVerify: c.InsecureSkipTLSVerify,
			CertificateAuthority: c.CertificateAuthority, CertificateAuthorityData: c.CertificateAuthorityData,
			ProxyURL: c.ProxyURL, DisableCompression: c.DisableCompression, Extensions: extensionsToWire(c.Extensions),
		}})
	}
	for _, name := range sortedKeys(in.AuthInfos) {
		out.AuthInfos = append(out.AuthInfos, wireNamedAuthInfo{Name: name, AuthInfo: authInfoToWire(in.AuthInfos[name])})
	}
	for _, name := range sortedKeys(in.Contexts) {
		c := in.Contexts[name]
		if c == nil {
			c = &clientcmdapi.Context{}
		}
		out.Contexts = append(out.Contexts, wireNamedContext{Name: name, Context: wireContext{
			Cluster: c.Cluster, AuthInfo: c.AuthInfo, Namespace: c.Namespace, Extensions: extensionsToWire(c.Extensions),
		}})
	}
	return out
}

func authInfoToWire(a *clientcmdapi.AuthInfo) wireAuthInfo {
	if a == nil {
		return wireAuthInfo{}
	}
	out := wireAuthInfo{
		ClientCertificate: a.ClientCertificate, ClientCertificateData: a.ClientCertificateData,
		ClientKey: a.ClientKey, ClientKeyData: a.ClientKeyData, Token: a.Token, TokenFile: a.TokenFile,
		Impersonate: a.Impersonate, ImpersonateUID: a.ImpersonateUID, ImpersonateGroups: a.ImpersonateGroups,
		ImpersonateUserExtra: a.ImpersonateUserExtra, Username: a.Username, Password: a.Password,
		AuthProvider: a.AuthProvider, Extensions: extensionsToWire(a.Extensions),
	}
	if e := a.Exec; e != nil {
		out.Exec = &wireExecConfig{
			Command: e.Command, Args: e.Args, Env: e.Env, APIVersion: e.APIVersion, InstallHint: e.InstallHint,
			ProvideClusterInfo: e.ProvideClusterInfo, InteractiveMode: e.InteractiveMode,
		}
	}
	return out
}

func extensionsToWire(in map[string]runtime.Object) []wireNamedExtension {
	if len(in) == 0 {
		return nil
	}
	out := make([]wireNamedExtension, 0, len(in))
	for _, name := range sortedKeys(in) {
		out = append(out, wireNamedExtension{Name: name, Extension: runtime.RawExtension{Object: in[name]}})
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
