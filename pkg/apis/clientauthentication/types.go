package clientauthentication

import (
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// GroupName is the API group of the exec credential types.
const GroupName = "client.authentication.k8s.io"

// SchemeGroupVersion is the internal (version-less) group version.
var SchemeGroupVersion = schema.GroupVersion{Group: GroupName, Version: runtime.APIVersionInternal}

// SchemeBuilder registers the internal types.
var SchemeBuilder = runtime.NewSchemeBuilder(addKnownTypes)

// AddToScheme registers the internal types in a scheme.
var AddToScheme = SchemeBuilder.AddToScheme

func addKnownTypes(scheme *runtime.Scheme) error {
	scheme.AddKnownTypes(SchemeGroupVersion, &ExecCredential{})
	return nil
}

// ExecCredential is what an exec plugin is given (Spec) and returns
// (Status).
type ExecCredential struct {
	metav1.TypeMeta
	// Spec is the input to the plugin.
	Spec ExecCredentialSpec
	// Status is the plugin's answer; nil in the input.
	Status *ExecCredentialStatus
}

// ExecCredentialSpec is the input to an exec plugin.
type ExecCredentialSpec struct {
	// Interactive says whether the plugin may use standard input.
	Interactive bool
	// Cluster describes the cluster to authenticate to, when the exec
	// config asks to provide it.
	Cluster *Cluster
}

// ExecCredentialStatus is the credential an exec plugin returns.
type ExecCredentialStatus struct {
	// ExpirationTimestamp is when the credential expires; nil means never.
	ExpirationTimestamp *metav1.Time
	// Token is a bearer token. It is a secret.
	Token string `datapolicy:"token"`
	// ClientCertificateData is a PEM client certificate.
	ClientCertificateData string
	// ClientKeyData is the PEM key of the client certificate. It is a
	// secret.
	ClientKeyData string `datapolicy:"security-key"`
}

// Cluster describes the cluster an exec plugin authenticates to.
type Cluster struct {
	// Server is the API server URL.
	Server string
	// TLSServerName is the name used to verify the server certificate.
	TLSServerName string
	// InsecureSkipTLSVerify skips server certificate verification.
	InsecureSkipTLSVerify bool
	// CertificateAuthorityData is the PEM CA bundle.
	CertificateAuthorityData []byte
	// ProxyURL is the proxy to use.
	ProxyURL string
	// DisableCompression disables response compression.
	DisableCompression bool
	// Config is the cluster's exec extension, passed through to the plugin.
	Config runtime.Object
}
