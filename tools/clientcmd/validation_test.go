package clientcmd

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// validBase returns a config whose current context is usable.
func validBase() *clientcmdapi.Config {
	cfg := clientcmdapi.NewConfig()
	cfg.Clusters["c"] = &clientcmdapi.Cluster{Server: "https://c"}
	cfg.AuthInfos["u"] = &clientcmdapi.AuthInfo{Token: "secret-token-value"}
	cfg.Contexts["ctx"] = &clientcmdapi.Context{Cluster: "c", AuthInfo: "u"}
	cfg.CurrentContext = "ctx"
	return cfg
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "exists.pem")
	require.NoError(t, os.WriteFile(existing, []byte("x"), 0o600))
	missingFile := filepath.Join(dir, "missing.pem")

	tests := []struct {
		name   string
		mutate func(c *clientcmdapi.Config)
		want   []string
	}{
		{name: "valid", mutate: func(*clientcmdapi.Config) {}},
		{name: "empty config", mutate: func(c *clientcmdapi.Config) { *c = *clientcmdapi.NewConfig() },
			want: []string{"invalid configuration: no configuration has been provided"}},
		{name: "current context missing", mutate: func(c *clientcmdapi.Config) { c.CurrentContext = "nope" },
			want: []string{"context was not found for specified context: nope"}},
		{name: "missing cluster", mutate: func(c *clientcmdapi.Config) { c.Contexts["ctx"].Cluster = "gone" },
			want: []string{`cluster "gone" was not found for context "ctx"`}},
		{name: "missing user", mutate: func(c *clientcmdapi.Config) { c.Contexts["ctx"].AuthInfo = "gone" },
			want: []string{`user "gone" was not found for context "ctx"`}},
		{name: "no server", mutate: func(c *clientcmdapi.Config) { c.Clusters["c"] = &clientcmdapi.Cluster{TLSServerName: "x"} },
			want: []string{`no server found for cluster "c"`}},
		{name: "empty cluster", mutate: func(c *clientcmdapi.Config) { c.Clusters["c"] = clientcmdapi.NewCluster() },
			want: []string{"cluster has no server defined"}},
		{name: "token and basic", mutate: func(c *clientcmdapi.Config) { c.AuthInfos["u"].Username = "bob"; c.AuthInfos["u"].Password = "pw" },
			want: []string{"more than one authentication method found for u; found [token basicAuth], only one is allowed"}},
		{name: "CA and insecure", mutate: func(c *clientcmdapi.Config) {
			c.Clusters["c"].CertificateAuthorityData = []byte("ca")
			c.Clusters["c"].InsecureSkipTLSVerify = true
		}, want: []string{`cluster "c" sets both a certificate authority and insecure-skip-tls-verify`}},
		{name: "CA file and data", mutate: func(c *clientcmdapi.Config) {
			c.Clusters["c"].CertificateAuthorityData = []byte("ca")
			c.Clusters["c"].CertificateAuthority = existing
		}, want: []string{"certificate-authority-data and certificate-authority are both specified for c"}},
		{name: "missing CA file names file and kubeconfig", mutate: func(c *clientcmdapi.Config) {
			c.Clusters["c"].CertificateAuthority = missingFile
			c.Clusters["c"].LocationOfOrigin = "/home/me/.kube/config"
		}, want: []string{"unable to read certificate-authority " + missingFile, "/home/me/.kube/config"}},
		{name: "missing client cert", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{ClientCertificate: missingFile, ClientKey: existing, LocationOfOrigin: "/k/config"}
		}, want: []string{"unable to read client-cert " + missingFile + " for u (referenced from kubeconfig /k/config)"}},
		{name: "missing client key", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{ClientCertificate: existing, ClientKey: missingFile}
		}, want: []string{"unable to read client-key " + missingFile}},
		{name: "cert without key", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{ClientCertificateData: []byte("c")}
		}, want: []string{"client-key-data or client-key must be specified for u"}},
		{name: "exec incomplete", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{Env: []clientcmdapi.ExecEnvVar{{Value: "v"}}},
				AuthProvider: &clientcmdapi.AuthProviderConfig{Name: "p"}}
		}, want: []string{"authProvider cannot be provided in combination with an exec plugin for u",
			"command must be specified for u", "apiVersion must be specified for u", "env variable name must be specified for u",
			"interactiveMode must be specified for u"}},
		{name: "exec bad mode", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{Command: "c", APIVersion: "v", InteractiveMode: "Sometimes"}}
		}, want: []string{`invalid interactiveMode for u: "Sometimes"`}},
		{name: "impersonation without user", mutate: func(c *clientcmdapi.Config) { c.AuthInfos["u"].ImpersonateGroups = []string{"g"} },
			want: []string{"requesting uid, groups or user-extra for u without impersonating a user"}},
		{name: "bad namespace", mutate: func(c *clientcmdapi.Config) { c.Contexts["ctx"].Namespace = "Not_A_Label" },
			want: []string{`namespace "Not_A_Label" for context "ctx" does not conform to the kubernetes DNS_LABEL rules`}},
		{name: "bad proxy", mutate: func(c *clientcmdapi.Config) { c.Clusters["c"].ProxyURL = "ftp://proxy" },
			want: []string{`invalid 'proxy-url' "ftp://proxy" for cluster "c"`, "must be http, https, or socks5"}},
		{name: "uid without user to impersonate", mutate: func(c *clientcmdapi.Config) { c.AuthInfos["u"].ImpersonateUID = "1" },
			want: []string{"requesting uid, groups or user-extra for u without impersonating a user"}},
		{name: "extra without user to impersonate", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"].ImpersonateUserExtra = map[string][]string{"k": {"v"}}
		}, want: []string{"requesting uid, groups or user-extra for u without impersonating a user"}},
		{name: "impersonation with user is fine", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"].Impersonate, c.AuthInfos["u"].ImpersonateUID = "alice", "1"
		}},
		{name: "client cert file and data", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{ClientCertificate: existing, ClientCertificateData: []byte("c"), ClientKeyData: []byte("k")}
		}, want: []string{"client-cert-data and client-cert are both specified for u"}},
		{name: "client key file and data", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{ClientCertificateData: []byte("c"), ClientKey: existing, ClientKeyData: []byte("k")}
		}, want: []string{"client-key-data and client-key are both specified for u"}},
		{name: "exec without env name", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{Command: "c", APIVersion: "v",
				InteractiveMode: clientcmdapi.NeverExecInteractiveMode, Env: []clientcmdapi.ExecEnvVar{{Value: "v"}}}}
		}, want: []string{"env variable name must be specified for u"}},
		{name: "exec complete is fine", mutate: func(c *clientcmdapi.Config) {
			c.AuthInfos["u"] = &clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{Command: "c", APIVersion: "v",
				InteractiveMode: clientcmdapi.IfAvailableExecInteractiveMode}}
		}},
		{name: "context without user and cluster", mutate: func(c *clientcmdapi.Config) { c.Contexts["ctx"] = &clientcmdapi.Context{} },
			want: []string{`user was not specified for context "ctx"`, `cluster was not specified for context "ctx"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := validBase()
			tt.mutate(cfg)
			for _, check := range []struct {
				name string
				err  error
			}{{"Validate", Validate(*cfg)}, {"ConfirmUsable", ConfirmUsable(*cfg, "")}} {
				if len(tt.want) == 0 {
					assert.NoError(t, check.err, check.name)
					continue
				}
				require.Error(t, check.err, check.name)
				assert.True(t, IsConfigurationInvalid(check.err), "%s: IsConfigurationInvalid(%v) = false", check.name, check.err)
				for _, w := range tt.want {
					assert.Contains(t, check.err.Error(), w, check.name)
				}
				assert.NotContains(t, check.err.Error(), "secret-token-value", "errors must not carry secrets")
				assert.NotContains(t, check.err.Error(), "pw\"", "errors must not carry secrets")
			}
		})
	}
}

func TestValidateEmptyContextName(t *testing.T) {
	cfg := validBase()
	cfg.Contexts[""] = &clientcmdapi.Context{Cluster: "c", AuthInfo: "u"}
	err := Validate(*cfg)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `empty context name for cluster "c" and user "u" is not allowed`)
	assert.NoError(t, ConfirmUsable(*cfg, ""), "ConfirmUsable checks only the current context")
}

func TestConfirmUsableContextSelection(t *testing.T) {
	cfg := validBase()
	cfg.Contexts["broken"] = &clientcmdapi.Context{Cluster: "gone", AuthInfo: "u"}
	assert.NoError(t, ConfirmUsable(*cfg, "ctx"), "only the chosen context is checked")
	assert.Error(t, ConfirmUsable(*cfg, "broken"))

	err := ConfirmUsable(*cfg, "not-present")
	require.Error(t, err)
	assert.True(t, IsContextNotFound(err))
	assert.Contains(t, err.Error(), "context was not found for specified context: not-present")

	cfg.CurrentContext = ""
	err = ConfirmUsable(*cfg, "")
	assert.True(t, errors.Is(err, ErrNoContext))
	assert.True(t, IsContextNotFound(err))
}

func TestErrorPredicates(t *testing.T) {
	empty := ConfirmUsable(*clientcmdapi.NewConfig(), "")
	tests := []struct {
		name                         string
		err                          error
		wantEmpty, wantInvalid, want bool
	}{
		{"nil", nil, false, false, false},
		{"ErrEmptyConfig", ErrEmptyConfig, true, false, false},
		{"wrapped empty", empty, true, true, false},
		{"custom empty", NewEmptyConfigError("nothing here"), true, false, false},
		{"context not found", &errContextNotFound{ContextName: "x"}, false, true, true},
		{"plain", errors.New("boom"), false, false, false},
		{"two problems", errConfigurationInvalid{ErrEmptyConfig, errors.New("x")}, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantEmpty, IsEmptyConfig(tt.err), "IsEmptyConfig")
			assert.Equal(t, tt.wantInvalid, IsConfigurationInvalid(tt.err), "IsConfigurationInvalid")
			assert.Equal(t, tt.want, IsContextNotFound(tt.err), "IsContextNotFound")
		})
	}
	assert.Equal(t, "no configuration has been provided, try setting KUBERNETES_MASTER environment variable", ErrEmptyConfig.Error())
}
