package v1beta1

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/pkg/apis/clientauthentication"
)

func TestExecCredentialJSON(t *testing.T) {
	tests := []struct {
		name string
		in   ExecCredential
		want string
	}{
		{
			name: "input without cluster",
			in:   ExecCredential{TypeMeta: metav1.TypeMeta{Kind: "ExecCredential", APIVersion: "client.authentication.k8s.io/v1beta1"}},
			want: `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","spec":{"interactive":false}}`,
		},
		{
			name: "input with cluster",
			in: ExecCredential{
				TypeMeta: metav1.TypeMeta{Kind: "ExecCredential", APIVersion: "client.authentication.k8s.io/v1beta1"},
				Spec: ExecCredentialSpec{Interactive: true, Cluster: &Cluster{
					Server: "foo", TLSServerName: "bar", CertificateAuthorityData: []byte("baz"),
					Config: runtime.RawExtension{Raw: []byte(`{"apiVersion":"group/v1","kind":"PluginConfig"}`)},
				}},
			},
			want: `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","spec":{"cluster":{"server":"foo",` +
				`"tls-server-name":"bar","certificate-authority-data":"YmF6","config":{"apiVersion":"group/v1","kind":"PluginConfig"}},"interactive":true}}`,
		},
		{
			name: "status",
			in: ExecCredential{Status: &ExecCredentialStatus{
				Token:               "tok",
				ExpirationTimestamp: &metav1.Time{Time: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
			}},
			want: `{"spec":{"interactive":false},"status":{"expirationTimestamp":"2024-01-02T03:04:05Z","token":"tok"}}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(&tt.in)
			require.NoError(t, err)
			if string(got) != tt.want {
				t.Errorf("JSON:\n got %s\nwant %s", got, tt.want)
			}
			var back ExecCredential
			require.NoError(t, json.Unmarshal(got, &back))
			again, err := json.Marshal(&back)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again), "round trip")
		})
	}
}

func TestConversionRoundTrip(t *testing.T) {
	in := &ExecCredential{
		TypeMeta: metav1.TypeMeta{Kind: "ExecCredential", APIVersion: SchemeGroupVersion.String()},
		Spec: ExecCredentialSpec{Interactive: true, Cluster: &Cluster{
			Server: "https://x", InsecureSkipTLSVerify: true, ProxyURL: "http://proxy", DisableCompression: true,
			Config: runtime.RawExtension{Raw: []byte(`{"a":1}`)},
		}},
		Status: &ExecCredentialStatus{Token: "t", ClientCertificateData: "c", ClientKeyData: "k",
			ExpirationTimestamp: &metav1.Time{Time: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}},
	}
	var internal clientauthentication.ExecCredential
	require.NoError(t, Convert_v1beta1_ExecCredential_To_clientauthentication_ExecCredential(in, &internal, nil))
	assert.Equal(t, "https://x", internal.Spec.Cluster.Server)
	unk, ok := internal.Spec.Cluster.Config.(*runtime.Unknown)
	require.True(t, ok, "raw config becomes *runtime.Unknown, got %T", internal.Spec.Cluster.Config)
	assert.JSONEq(t, `{"a":1}`, string(unk.Raw))

	var out ExecCredential
	require.NoError(t, Convert_clientauthentication_ExecCredential_To_v1beta1_ExecCredential(&internal, &out, nil))
	assert.Equal(t, in, &out)
	assert.Equal(t, in, in.DeepCopy())
	assert.Equal(t, in, in.DeepCopyObject())
}

func TestAddToScheme(t *testing.T) {
	s := runtime.NewScheme()
	require.NoError(t, AddToScheme(s))
	require.NoError(t, clientauthentication.AddToScheme(s))
	assert.True(t, s.Recognizes(SchemeGroupVersion.WithKind("ExecCredential")))
}
