package api

import "github.com/skiff-k8s/skiff/apimachinery/runtime"

// copyExtensions deep-copies an extension map, keeping nil as nil.
func copyExtensions(in map[string]runtime.Object) map[string]runtime.Object {
	if in == nil {
		return nil
	}
	out := make(map[string]runtime.Object, len(in))
	for k, v := range in {
		if v == nil {
			out[k] = nil
			continue
		}
		out[k] = v.DeepCopyObject()
	}
	return out
}

func copyBytes(in []byte) []byte {
	if in == nil {
		return nil
	}
	return append(make([]byte, 0, len(in)), in...)
}

func copyStrings(in []string) []string {
	if in == nil {
		return nil
	}
	return append(make([]string, 0, len(in)), in...)
}

// DeepCopyInto copies the receiver into out; out must be non-nil.
func (in *Config) DeepCopyInto(out *Config) {
	*out = *in
	in.Preferences.DeepCopyInto(&out.Preferences)
	if in.Clusters != nil {
		out.Clusters = make(map[string]*Cluster, len(in.Clusters))
		for k, v := range in.Clusters {
			out.Clusters[k] = v.DeepCopy()
		}
	}
	if in.AuthInfos != nil {
		out.AuthInfos = make(map[string]*AuthInfo, len(in.AuthInfos))
		for k, v := range in.AuthInfos {
			out.AuthInfos[k] = v.DeepCopy()
		}
	}
	if in.Contexts != nil {
		out.Contexts = make(map[string]*Context, len(in.Contexts))
		for k, v := range in.Contexts {
			out.Contexts[k] = v.DeepCopy()
		}
	}
	out.Extensions = copyExtensions(in.Extensions)
}

// DeepCopy returns a deep copy of the config, or nil for nil.
func (in *Config) DeepCopy() *Config {
	if in == nil {
		return nil
	}
	out := new(Config)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyObject returns a deep copy as a runtime.Object.
func (in *Config) DeepCopyObject() runtime.Object {
	if c := in.DeepCopy(); c != nil {
		return c
	}
	return nil
}

// DeepCopyInto copies the receiver into out; out must be non-nil.
func (in *Preferences) DeepCopyInto(out *Preferences) {
	*out = *in
	out.Extensions = copyExtensions(in.Extensions)
}

// DeepCopy returns a deep copy of the preferences, or nil for nil.
func (in *Preferences) DeepCopy() *Preferences {
	if in == nil {
		return nil
	}
	out := new(Preferences)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies the receiver into out; out must be non-nil.
func (in *Cluster) DeepCopyInto(out *Cluster) {
	*out = *in
	out.CertificateAuthorityData = copyBytes(in.CertificateAuthorityData)
	out.Extensions = copyExtensions(in.Extensions)
}

// DeepCopy returns a deep copy of the cluster, or nil for nil.
func (in *Cluster) DeepCopy() *Cluster {
	if in == nil {
		return nil
	}
	out := new(Cluster)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies the receiver into out; out must be non-nil.
func (in *AuthInfo) DeepCopyInto(out *AuthInfo) {
	*out = *in
	out.ClientCertificateData = copyBytes(in.ClientCertificateData)
	out.ClientKeyData = copyBytes(in.ClientKeyData)
	out.ImpersonateGroups = copyStrings(in.ImpersonateGroups)
	if in.ImpersonateUserExtra != nil {
		out.ImpersonateUserExtra = make(map[string][]string, len(in.ImpersonateUserExtra))
		for k, v := range in.ImpersonateUserExtra {
			out.ImpersonateUserExtra[k] = copyStrings(v)
		}
	}
	out.AuthProvider = in.AuthProvider.DeepCopy()
	out.Exec = in.Exec.DeepCopy()
	out.Extensions = copyExtensions(in.Extensions)
}

// DeepCopy returns a deep copy of the auth info, or nil for nil.
func (in *AuthInfo) DeepCopy() *AuthInfo {
	if in == nil {
		return nil
	}
	out := new(AuthInfo)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies the receiver into out; out must be non-nil.
func (in *Context) DeepCopyInto(out *Context) {
	*out = *in
	out.Extensions = copyExtensions(in.Extensions)
}

// DeepCopy returns a deep copy of the context, or nil for nil.
func (in *Context) DeepCopy() *Context {
	if in == nil {
		return nil
	}
	out := new(Context)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies the receiver into out; out must be non-nil.
func (in *AuthProviderConfig) DeepCopyInto(out *AuthProviderConfig) {
	*out = *in
	if in.Config != nil {
		out.Config = make(map[string]string, len(in.Config))
		for k, v := range in.Config {
			out.Config[k] = v
		}
	}
}

// DeepCopy returns a deep copy of the provider config, or nil for nil.
func (in *AuthProviderConfig) DeepCopy() *AuthProviderConfig {
	if in == nil {
		return nil
	}
	out := new(AuthProviderConfig)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies the receiver into out; out must be non-nil.
func (in *ExecConfig) DeepCopyInto(out *ExecConfig) {
	*out = *in
	out.Args = copyStrings(in.Args)
	if in.Env != nil {
		out.Env = append(make([]ExecEnvVar, 0, len(in.Env)), in.Env...)
	}
	if in.Config != nil {
		out.Config = in.Config.DeepCopyObject()
	}
}

// DeepCopy returns a deep copy of the exec config, or nil for nil.
func (in *ExecConfig) DeepCopy() *ExecConfig {
	if in == nil {
		return nil
	}
	out := new(ExecConfig)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies the receiver into out.
func (in *ExecEnvVar) DeepCopyInto(out *ExecEnvVar) { *out = *in }

// DeepCopy returns a copy of the variable, or nil for nil.
func (in *ExecEnvVar) DeepCopy() *ExecEnvVar {
	if in == nil {
		return nil
	}
	out := *in
	return &out
}
