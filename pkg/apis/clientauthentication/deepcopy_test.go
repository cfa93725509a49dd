package clientauthentication

import (
	"testing"

	"github.com/stretchr/testify/assert"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

func TestDeepCopyDoesNotAlias(t *testing.T) {
	in := &ExecCredential{
		Spec: ExecCredentialSpec{Cluster: &Cluster{
			CertificateAuthorityData: []byte("ca"),
			Config:                   &runtime.Unknown{Raw: []byte(`{}`)},
		}},
		Status: &ExecCredentialStatus{Token: "t", ExpirationTimestamp: &metav1.Time{}},
	}
	out := in.DeepCopyObject().(*ExecCredential)
	assert.Equal(t, in, out)
	out.Spec.Cluster.CertificateAuthorityData[0] = 'X'
	out.Status.Token = "changed"
	out.Spec.Cluster.Config.(*runtime.Unknown).Raw[0] = '['
	assert.Equal(t, "ca", string(in.Spec.Cluster.CertificateAuthorityData))
	assert.Equal(t, "t", in.Status.Token)
	assert.Equal(t, "{}", string(in.Spec.Cluster.Config.(*runtime.Unknown).Raw))
	var nilCred *ExecCredential
	assert.Nil(t, nilCred.DeepCopyObject())
}
