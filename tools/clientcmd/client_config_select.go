package clientcmd

import (
	"fmt"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// Namespace returns the override namespace (true), else the context's
// namespace, else "default".
func (config *DirectClientConfig) Namespace() (string, bool, error) {
	if config.overrides != nil && config.overrides.Context.Namespace != "" {
		return config.overrides.Context.Namespace, true, nil
	}
	if err := config.ConfirmUsable(); err != nil {
		return "", false, err
	}
	ctx, err := config.getContext()
	if err != nil {
		return "", false, err
	}
	if ctx.Namespace == "" {
		return "default", false, nil
	}
	return ctx.Namespace, false, nil
}

// ConfigAccess returns where the config came from.
func (config *DirectClientConfig) ConfigAccess() ConfigAccess { return config.configAccess }

// ConfirmUsable checks that the selected context, user and cluster, with
// overrides applied, are enough to talk to a server. A config that selects
// nothing at all gives ErrEmptyConfig.
func (config *DirectClientConfig) ConfirmUsable() error {
	var errs []error
	name := config.contextName
	if name == "" {
		name = config.config.CurrentContext
	}
	if name != "" {
		if _, ok := config.config.Contexts[name]; !ok {
			errs = append(errs, &errContextNotFound{ContextName: name})
		}
	}
	userName, _ := config.getAuthInfoName()
	user, _ := config.getAuthInfo()
	errs = append(errs, validateAuthInfo(userName, user)...)
	clusterName, _ := config.getClusterName()
	cluster, _ := config.getCluster()
	errs = append(errs, validateClusterInfo(clusterName, cluster)...)
	if len(errs) == 1 && errs[0] == ErrEmptyCluster {
		return newErrConfigurationInvalid([]error{ErrEmptyConfig})
	}
	return newErrConfigurationInvalid(errs)
}

// MergedRawConfig returns a copy of the kubeconfig in which the selected
// context, user and cluster carry the overrides, and the selected context
// is current.
func (config *DirectClientConfig) MergedRawConfig() (clientcmdapi.Config, error) {
	merged := config.config.DeepCopy()
	if merged.Clusters == nil {
		merged.Clusters = map[string]*clientcmdapi.Cluster{}
	}
	if merged.AuthInfos == nil {
		merged.AuthInfos = map[string]*clientcmdapi.AuthInfo{}
	}
	if merged.Contexts == nil {
		merged.Contexts = map[string]*clientcmdapi.Context{}
	}
	ctx, err := config.getContext()
	if err != nil {
		return clientcmdapi.Config{}, err
	}
	user, err := config.getAuthInfo()
	if err != nil {
		return clientcmdapi.Config{}, err
	}
	cluster, err := config.getCluster()
	if err != nil {
		return clientcmdapi.Config{}, err
	}
	ctxName, _ := config.getContextName()
	userName, _ := config.getAuthInfoName()
	clusterName, _ := config.getClusterName()
	merged.Contexts[ctxName] = &ctx
	merged.AuthInfos[userName] = &user
	merged.Clusters[clusterName] = &cluster
	merged.CurrentContext = ctxName
	return *merged, nil
}

// getContextName returns the selected context and whether an override
// chose it (then it must exist).
func (config *DirectClientConfig) getContextName() (string, bool) {
	if config.overrides != nil && config.overrides.CurrentContext != "" {
		return config.overrides.CurrentContext, true
	}
	if config.contextName != "" {
		return config.contextName, false
	}
	return config.config.CurrentContext, false
}

func (config *DirectClientConfig) getAuthInfoName() (string, bool) {
	if config.overrides != nil && config.overrides.Context.AuthInfo != "" {
		return config.overrides.Context.AuthInfo, true
	}
	ctx, _ := config.getContext()
	return ctx.AuthInfo, false
}

func (config *DirectClientConfig) getClusterName() (string, bool) {
	if config.overrides != nil && config.overrides.Context.Cluster != "" {
		return config.overrides.Context.Cluster, true
	}
	ctx, _ := config.getContext()
	return ctx.Cluster, false
}

// getContext returns the selected context with the context overrides applied.
func (config *DirectClientConfig) getContext() (clientcmdapi.Context, error) {
	name, required := config.getContextName()
	merged := clientcmdapi.NewContext()
	if ctx, ok := config.config.Contexts[name]; ok && ctx != nil {
		if err := mergeInto(merged, ctx); err != nil {
			return clientcmdapi.Context{}, err
		}
	} else if required {
		return clientcmdapi.Context{}, fmt.Errorf("context %q does not exist", name)
	}
	if config.overrides != nil {
		if err := mergeInto(merged, &config.overrides.Context); err != nil {
			return clientcmdapi.Context{}, err
		}
	}
	return *merged, nil
}

// getAuthInfo returns the selected user with the user overrides applied.
// An overridden client certificate or key replaces both file and data.
func (config *DirectClientConfig) getAuthInfo() (clientcmdapi.AuthInfo, error) {
	name, required := config.getAuthInfoName()
	merged := clientcmdapi.NewAuthInfo()
	if a, ok := config.config.AuthInfos[name]; ok && a != nil {
		if err := mergeInto(merged, a); err != nil {
			return clientcmdapi.AuthInfo{}, err
		}
	} else if required {
		return clientcmdapi.AuthInfo{}, fmt.Errorf("auth info %q does not exist", name)
	}
	if o := config.overrides; o != nil {
		if err := mergeInto(merged, &o.AuthInfo); err != nil {
			return clientcmdapi.AuthInfo{}, err
		}
		if o.AuthInfo.ClientCertificate != "" || len(o.AuthInfo.ClientCertificateData) > 0 {
			merged.ClientCertificate, merged.ClientCertificateData = o.AuthInfo.ClientCertificate, o.AuthInfo.ClientCertificateData
		}
		if o.AuthInfo.ClientKey != "" || len(o.AuthInfo.ClientKeyData) > 0 {
			merged.ClientKey, merged.ClientKeyData = o.AuthInfo.ClientKey, o.AuthInfo.ClientKeyData
		}
	}
	return *merged, nil
}

// getCluster returns ClusterDefaults, then the selected cluster, then the
// cluster overrides. Overriding insecure or the CA takes all three from
// the override; overriding the server or TLS server name takes the
// override's TLS server name.
func (config *DirectClientConfig) getCluster() (clientcmdapi.Cluster, error) {
	name, required := config.getClusterName()
	merged := clientcmdapi.NewCluster()
	if config.overrides != nil {
		if err := mergeInto(merged, &config.overrides.ClusterDefaults); err != nil {
			return clientcmdapi.Cluster{}, err
		}
	}
	if c, ok := config.config.Clusters[name]; ok && c != nil {
		if err := mergeInto(merged, c); err != nil {
			return clientcmdapi.Cluster{}, err
		}
	} else if required {
		return clientcmdapi.Cluster{}, fmt.Errorf("cluster %q does not exist", name)
	}
	if o := config.overrides; o != nil {
		if err := mergeInto(merged, &o.ClusterInfo); err != nil {
			return clientcmdapi.Cluster{}, err
		}
		ci := o.ClusterInfo
		if ci.InsecureSkipTLSVerify || ci.CertificateAuthority != "" || len(ci.CertificateAuthorityData) > 0 {
			merged.InsecureSkipTLSVerify = ci.InsecureSkipTLSVerify
			merged.CertificateAuthority = ci.CertificateAuthority
			merged.CertificateAuthorityData = ci.CertificateAuthorityData
		}
		if ci.TLSServerName != "" || ci.Server != "" {
			merged.TLSServerName = ci.TLSServerName
		}
	}
	return *merged, nil
}
