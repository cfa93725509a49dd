package v1

import (
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/pkg/apis/clientauthentication"
)

// RegisterConversions registers the conversions between the v1 and the
// internal ExecCredential in s.
func RegisterConversions(s *runtime.Scheme) error {
	if err := s.AddConversionFunc((*ExecCredential)(nil), (*clientauthentication.ExecCredential)(nil), func(a, b interface{}, scope conversion.Scope) error {
		return Convert_v1_ExecCredential_To_clientauthentication_ExecCredential(a.(*ExecCredential), b.(*clientauthentication.ExecCredential), scope)
	}); err != nil {
		return fmt.Errorf("registering v1 to internal conversion: %w", err)
	}
	if err := s.AddConversionFunc((*clientauthentication.ExecCredential)(nil), (*ExecCredential)(nil), func(a, b interface{}, scope conversion.Scope) error {
		return Convert_clientauthentication_ExecCredential_To_v1_ExecCredential(a.(*clientauthentication.ExecCredential), b.(*ExecCredential), scope)
	}); err != nil {
		return fmt.Errorf("registering internal to v1 conversion: %w", err)
	}
	return nil
}

// Convert_v1_ExecCredential_To_clientauthentication_ExecCredential converts
// the wire form into the internal one.
func Convert_v1_ExecCredential_To_clientauthentication_ExecCredential(in *ExecCredential, out *clientauthentication.ExecCredential, s conversion.Scope) error {
	out.TypeMeta = in.TypeMeta
	out.Spec = clientauthentication.ExecCredentialSpec{Interactive: in.Spec.Interactive}
	if c := in.Spec.Cluster; c != nil {
		out.Spec.Cluster = &clientauthentication.Cluster{
			Server:                   c.Server,
			TLSServerName:            c.TLSServerName,
			InsecureSkipTLSVerify:    c.InsecureSkipTLSVerify,
			CertificateAuthorityData: c.CertificateAuthorityData,
			ProxyURL:                 c.ProxyURL,
			DisableCompression:       c.DisableCompression,
		}
		if err := runtime.Convert_runtime_RawExtension_To_runtime_Object(&c.Config, &out.Spec.Cluster.Config, s); err != nil {
			return fmt.Errorf("converting cluster config: %w", err)
		}
	}
	out.Status = nil
	if st := in.Status; st != nil {
		out.Status = &clientauthentication.ExecCredentialStatus{
			ExpirationTimestamp:   copyTime(st.ExpirationTimestamp),
			Token:                 st.Token,
			ClientCertificateData: st.ClientCertificateData,
			ClientKeyData:         st.ClientKeyData,
		}
	}
	return nil
}

// Convert_clientauthentication_ExecCredential_To_v1_ExecCredential converts
// the internal form into the wire one.
func Convert_clientauthentication_ExecCredential_To_v1_ExecCredential(in *clientauthentication.ExecCredential, out *ExecCredential, s conversion.Scope) error {
	out.TypeMeta = in.TypeMeta
	out.Spec = ExecCredentialSpec{Interactive: in.Spec.Interactive}
	if c := in.Spec.Cluster; c != nil {
		out.Spec.Cluster = &Cluster{
			Server:                   c.Server,
			TLSServerName:            c.TLSServerName,
			InsecureSkipTLSVerify:    c.InsecureSkipTLSVerify,
			CertificateAuthorityData: c.CertificateAuthorityData,
			ProxyURL:                 c.ProxyURL,
			DisableCompression:       c.DisableCompression,
		}
		if err := runtime.Convert_runtime_Object_To_runtime_RawExtension(&c.Config, &out.Spec.Cluster.Config, s); err != nil {
			return fmt.Errorf("converting cluster config: %w", err)
		}
	}
	out.Status = nil
	if st := in.Status; st != nil {
		out.Status = &ExecCredentialStatus{
			ExpirationTimestamp:   copyTime(st.ExpirationTimestamp),
			Token:                 st.Token,
			ClientCertificateData: st.ClientCertificateData,
			ClientKeyData:         st.ClientKeyData,
		}
	}
	return nil
}

func copyTime(t *metav1.Time) *metav1.Time {
	if t == nil {
		return nil
	}
	c := *t
	return &c
}
