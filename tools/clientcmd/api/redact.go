package api

import (
	"encoding/base64"
	"fmt"
	"sort"
	"strings"
)

// redactedText replaces secret strings in String output and RedactSecrets.
const redactedText = "REDACTED"

// redactedBytes and omittedBytes are chosen so that their base64 form, as
// written by encoding/json for []byte, reads "REDACTED" and "DATA+OMITTED".
var (
	redactedBytes = mustDecode("REDACTED")
	omittedBytes  = mustDecode("DATA+OMITTED")
)

func mustDecode(s string) []byte {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return []byte(s)
	}
	return b
}

// String renders the provider config with every config value redacted.
func (c AuthProviderConfig) String() string {
	return fmt.Sprintf("api.AuthProviderConfig{Name: %q, Config: %s}", c.Name, redactedKeys(c.Config))
}

// GoString is String, so %#v does not print secrets either.
func (c AuthProviderConfig) GoString() string { return c.String() }

// String renders the exec config with env values and plugin config redacted.
func (c ExecConfig) String() string {
	env := "[]api.ExecEnvVar(nil)"
	if c.Env != nil {
		parts := make([]string, 0, len(c.Env))
		for _, e := range c.Env {
			parts = append(parts, fmt.Sprintf("{Name: %q, Value: %q}", e.Name, redactedText))
		}
		env = "[]api.ExecEnvVar{" + strings.Join(parts, ", ") + "}"
	}
	cfg := "nil"
	if c.Config != nil {
		cfg = "--- " + redactedText + " ---"
	}
	return fmt.Sprintf("api.ExecConfig{Command: %q, Args: %q, Env: %s, APIVersion: %q, InstallHint: %q, ProvideClusterInfo: %t, Config: %s, InteractiveMode: %q, StdinUnavailable: %t, StdinUnavailableMessage: %q}",
		c.Command, c.Args, env, c.APIVersion, c.InstallHint, c.ProvideClusterInfo, cfg, c.InteractiveMode, c.StdinUnavailable, c.StdinUnavailableMessage)
}

// GoString is String, so %#v does not print secrets either.
func (c ExecConfig) GoString() string { return c.String() }

// String renders the user with token, password and key data redacted.
func (a AuthInfo) String() string {
	secret := func(set bool) string {
		if set {
			return redactedText
		}
		return ""
	}
	provider, exec := "nil", "nil"
	if a.AuthProvider != nil {
		provider = a.AuthProvider.String()
	}
	if a.Exec != nil {
		exec = a.Exec.String()
	}
	return fmt.Sprintf("api.AuthInfo{LocationOfOrigin: %q, ClientCertificate: %q, ClientCertificateData: %d bytes, ClientKey: %q, ClientKeyData: %q, Token: %q, TokenFile: %q, Impersonate: %q, ImpersonateUID: %q, ImpersonateGroups: %q, Username: %q, Password: %q, AuthProvider: %s, Exec: %s}",
		a.LocationOfOrigin, a.ClientCertificate, len(a.ClientCertificateData), a.ClientKey, secret(len(a.ClientKeyData) > 0),
		secret(a.Token != ""), a.TokenFile, a.Impersonate, a.ImpersonateUID, a.ImpersonateGroups, a.Username,
		secret(a.Password != ""), provider, exec)
}

// GoString is String, so %#v does not print secrets either.
func (a AuthInfo) GoString() string { return a.String() }

// redactedKeys renders a map's keys with every value replaced.
func redactedKeys(m map[string]string) string {
	if m == nil {
		return "map[string]string(nil)"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%q: %q", k, "--- "+redactedText+" ---"))
	}
	return "map[string]string{" + strings.Join(parts, ", ") + "}"
}

// RedactSecrets replaces every user's token and password with "REDACTED"
// and client key data with bytes that encode as "REDACTED". A nil config is
// left alone.
func RedactSecrets(config *Config) error {
	if config == nil {
		return nil
	}
	for _, a := range config.AuthInfos {
		if a == nil {
			continue
		}
		if a.Token != "" {
			a.Token = redactedText
		}
		if a.Password != "" {
			a.Password = redactedText
		}
		if len(a.ClientKeyData) > 0 {
			a.ClientKeyData = append([]byte(nil), redactedBytes...)
		}
	}
	return nil
}

// ShortenConfig makes a config readable by people: certificate and key
// data become bytes that encode as "DATA+OMITTED" and tokens become
// "REDACTED". A nil config is left alone.
func ShortenConfig(config *Config) {
	if config == nil {
		return
	}
	for _, a := range config.AuthInfos {
		if a == nil {
			continue
		}
		if len(a.ClientKeyData) > 0 {
			a.ClientKeyData = append([]byte(nil), omittedBytes...)
		}
		if len(a.ClientCertificateData) > 0 {
			a.ClientCertificateData = append([]byte(nil), omittedBytes...)
		}
		if a.Token != "" {
			a.Token = redactedText
		}
	}
	for _, c := range config.Clusters {
		if c != nil && len(c.CertificateAuthorityData) > 0 {
			c.CertificateAuthorityData = append([]byte(nil), omittedBytes...)
		}
	}
}
