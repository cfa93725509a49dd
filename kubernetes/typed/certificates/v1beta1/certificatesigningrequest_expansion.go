package v1beta1

import (
	"context"
	"fmt"

	certificatesv1beta1 "github.com/skiff-k8s/skiff/api/certificates/v1beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/clientscheme"
)

// CertificateSigningRequestExpansion holds the certificate signing
// request methods beyond the standard verbs.
type CertificateSigningRequestExpansion interface {
	UpdateApproval(ctx context.Context, certificateSigningRequest *certificatesv1beta1.CertificateSigningRequest, opts metav1.UpdateOptions) (result *certificatesv1beta1.CertificateSigningRequest, err error)
}

// UpdateApproval replaces the approval conditions of the request through
// its approval subresource.
func (c *certificateSigningRequests) UpdateApproval(ctx context.Context, certificateSigningRequest *certificatesv1beta1.CertificateSigningRequest, opts metav1.UpdateOptions) (*certificatesv1beta1.CertificateSigningRequest, error) {
	result := &certificatesv1beta1.CertificateSigningRequest{}
	if certificateSigningRequest == nil {
		return result, fmt.Errorf("update approval: the certificate signing request is nil")
	}
	err := c.GetClient().Put().Resource("certificatesigningrequests").Name(certificateSigningRequest.Name).
		SubResource("approval").VersionedParams(&opts, clientscheme.ParameterCodec).
		Body(certificateSigningRequest).Do(ctx).Into(result)
	return result, err
}
