package v1beta1

import (
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// GroupName is the API group of the exec credential types.
const GroupName = "client.authentication.k8s.io"

// SchemeGroupVersion is client.authentication.k8s.io/v1beta1.
var SchemeGroupVersion = schema.GroupVersion{Group: GroupName, Version: "v1beta1"}

// SchemeBuilder registers the v1beta1 types and their conversions.
var SchemeBuilder = runtime.NewSchemeBuilder(addKnownTypes, RegisterConversions)

// AddToScheme registers the v1beta1 types and their conversions in a scheme.
var AddToScheme = SchemeBuilder.AddToScheme

func addKnownTypes(scheme *runtime.Scheme) error {
	scheme.AddKnownTypes(SchemeGroupVersion, &ExecCredential{})
	return nil
}

// ExecCredential is what an exec plugin is given (spec, in the
// KUBERNETES_EXEC_INFO environment variable) and prints (status).
type ExecCredential struct {
	metav1.TypeMeta `json:",inline"`
	// Spec is the input to the plugin.
	Spec ExecCredentialSpec `json:"spec,omitempty"`
	// Status is the plugin's answer; absent in the input.
	Status *ExecCredentialStatus `json:"status,omitempty"`
}

// ExecCredentialSpec is the input to an exec plugin.
type ExecCredentialSpec struct {
	// Cluster describes the cluster to authenticate to; present only when
	// the exec config sets provideClusterInfo.
	Cluster *Cluster `json:"cluster,omitempty"`
	// Interactive says whether the plugin may use standard input.
	Interactive bool `json:"interactive"`
}

// ExecCredentialStatus is the credential an exec plugin returns: a token,
// or a client certificate and key.
type ExecCredentialStatus struct {
	// ExpirationTimestamp is when the credential expires; absent means
	// never.
	ExpirationTimestamp *metav1.Time `json:"expirationTimestamp,omitempty"`
	// Token is a bearer token. It is a secret.
	Token string `json:"token,omitempty" datapolicy:"token"`
	// ClientCertificateData is a PEM client certificate.
	ClientCertificateData string `json:"clientCertificateData,omitempty"`
	// ClientKeyData is the PEM key of the client certificate. It is a
	// secret.
	ClientKeyData string `json:"clientKeyData,omitempty" datapolicy:"security-key"`
}

// Cluster describes the cluster an exec plugin authenticates to.
type Cluster struct {
	// Server is the API server URL.
	Server string `json:"server"`
	// TLSServerName is the name used to verify the server certificate.
	TLSServerName string `json:"tls-server-name,omitempty"`
	// InsecureSkipTLSVerify skips server certificate verification.
	InsecureSkipTLSVerify bool `json:"insecure-skip-tls-verify,omitempty"`
	// CertificateAuthorityData is the PEM CA bundle (base64 in JSON).
	CertificateAuthorityData []byte `json:"certificate-authority-data,omitempty"`
	// ProxyURL is the proxy to use.
	ProxyURL string `json:"proxy-url,omitempty"`
	// DisableCompression disables response compression.
	DisableCompression bool `json:"disable-compression,omitempty"`
	// Config is the cluster's exec extension, passed through to the plugin.
	Config runtime.RawExtension `json:"config,omitempty"`
}
