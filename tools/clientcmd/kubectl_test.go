package clientcmd

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"
)

// kubectl runs kubectl with KUBECONFIG and HOME pointing into the test's
// directories and returns its standard output. It skips the test when
// kubectl is not installed.
func kubectl(t *testing.T, home, kubeconfig string, args ...string) []byte {
	t.Helper()
	path, err := exec.LookPath("kubectl")
	if err != nil {
		t.Skip("kubectl is not installed")
	}
	cmd := exec.Command(path, args...)
	cmd.Env = []string{"HOME=" + home, "KUBECONFIG=" + kubeconfig, "PATH=" + os.Getenv("PATH")}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "kubectl %s: %s", strings.Join(args, " "), stderr.String())
	return out
}

// testCAPEM returns a self-signed CA certificate in PEM.
func testCAPEM(t *testing.T) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "kubectl-test-ca"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

// minified is the part of `kubectl config view --minify -o json` the
// tests compare.
type minified struct {
	Clusters []struct {
		Cluster struct {
			Server                   string `json:"server"`
			CertificateAuthorityData string `json:"certificate-authority-data"`
			TLSServerName            string `json:"tls-server-name"`
		} `json:"cluster"`
	} `json:"clusters"`
	Users []struct {
		Name string `json:"name"`
		User struct {
			Token string `json:"token"`
		} `json:"user"`
	} `json:"users"`
	Contexts []struct {
		Context struct {
			User      string `json:"user"`
			Namespace string `json:"namespace"`
		} `json:"context"`
	} `json:"contexts"`
	CurrentContext string `json:"current-context"`
}

// TestKubeconfigWrittenByKubectl builds a kubeconfig with kubectl config
// set-cluster, set-credentials, set-context and use-context, and checks
// that loading it gives the server, user and namespace kubectl reports.
func TestKubeconfigWrittenByKubectl(t *testing.T) {
	home := t.TempDir()
	kc := filepath.Join(home, "kube", "config")
	ca := filepath.Join(home, "ca.crt")
	caPEM := testCAPEM(t)
	require.NoError(t, os.WriteFile(ca, caPEM, 0o600))

	for _, args := range [][]string{
		{"config", "set-cluster", "dev", "--server=https://dev.example.com:6443", "--certificate-authority=" + ca, "--embed-certs=true", "--tls-server-name=api.dev"},
		{"config", "set-cluster", "prod", "--server=https://prod.example.com"},
		{"config", "set-credentials", "alice", "--token=alice-token"},
		{"config", "set-credentials", "bob", "--token=bob-token"},
		{"config", "set-context", "dev-ctx", "--cluster=dev", "--user=alice", "--namespace=team-a"},
		{"config", "set-context", "prod-ctx", "--cluster=prod", "--user=bob"},
		{"config", "use-context", "dev-ctx"},
	} {
		kubectl(t, home, kc, args...)
	}
	var want minified
	require.NoError(t, json.Unmarshal(kubectl(t, home, kc, "config", "view", "--minify", "--raw", "-o", "json"), &want))
	require.Len(t, want.Clusters, 1)
	require.Len(t, want.Contexts, 1)
	require.Len(t, want.Users, 1)

	restConfig, err := BuildConfigFromFlags("", kc)
	require.NoError(t, err)
	assert.Equal(t, want.Clusters[0].Cluster.Server, restConfig.Host, "server")
	assert.Equal(t, want.Clusters[0].Cluster.TLSServerName, restConfig.ServerName, "tls-server-name")
	assert.Equal(t, string(caPEM), string(restConfig.CAData), "embedded CA")
	assert.Equal(t, want.Users[0].User.Token, restConfig.BearerToken, "user's token")

	cc := NewNonInteractiveDeferredLoadingClientConfig(&ClientConfigLoadingRules{ExplicitPath: kc}, &ConfigOverrides{})
	raw, err := cc.RawConfig()
	require.NoError(t, err)
	assert.Equal(t, want.CurrentContext, raw.CurrentContext)
	assert.Equal(t, want.Contexts[0].Context.User, raw.Contexts[raw.CurrentContext].AuthInfo, "user")
	assert.Equal(t, want.Users[0].Name, raw.Contexts[raw.CurrentContext].AuthInfo, "user")
	ns, _, err := cc.Namespace()
	require.NoError(t, err)
	assert.Equal(t, want.Contexts[0].Context.Namespace, ns, "namespace")

	// The other context, chosen by override, matches kubectl's view of it.
	kubectl(t, home, kc, "config", "use-context", "prod-ctx")
	var prod minified
	require.NoError(t, json.Unmarshal(kubectl(t, home, kc, "config", "view", "--minify", "--raw", "-o", "json"), &prod))
	prodConfig, err := NewNonInteractiveDeferredLoadingClientConfig(&ClientConfigLoadingRules{ExplicitPath: kc},
		&ConfigOverrides{CurrentContext: "prod-ctx"}).ClientConfig()
	require.NoError(t, err)
	assert.Equal(t, prod.Clusters[0].Cluster.Server, prodConfig.Host)
	assert.Equal(t, prod.Users[0].User.Token, prodConfig.BearerToken)
	ns, _, err = NewNonInteractiveDeferredLoadingClientConfig(&ClientConfigLoadingRules{ExplicitPath: kc}, &ConfigOverrides{}).Namespace()
	require.NoError(t, err)
	assert.Equal(t, "default", ns, "a context without a namespace means default")
}

// TestKubeconfigMergeMatchesKubectl writes three kubeconfig files with
// kubectl (and one by hand with relative paths), then compares our merge
// of KUBECONFIG=a:b:c with `kubectl config view --raw -o json` of the same
// list, field by field.
func TestKubeconfigMergeMatchesKubectl(t *testing.T) {
	home := t.TempDir()
	a, b := filepath.Join(home, "a"), filepath.Join(home, "b")
	c := writeKubeconfig(t, home, "sub/c", `current-context: ""
preferences: {colors: true}
clusters:
- name: rel
  cluster: {server: https://rel, certificate-authority: ../rel-ca.crt}
- name: dev
  cluster: {server: https://from-c, proxy-url: http://proxy:3128}
users:
- name: exec-user
  user:
    exec: {command: ./bin/plugin, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, args: [x]}
`)
	run := func(file string, args ...string) { kubectl(t, home, file, args...) }
	run(a, "config", "set-cluster", "dev", "--server=https://dev.example.com:6443", "--tls-server-name=api.dev")
	run(a, "config", "set-credentials", "alice", "--token=alice-token", "--client-certificate=c.crt", "--client-key=c.key")
	run(a, "config", "set-context", "dev-ctx", "--cluster=dev", "--user=alice", "--namespace=team-a")
	run(b, "config", "set-cluster", "dev", "--server=https://other:1", "--insecure-skip-tls-verify=true")
	run(b, "config", "set-cluster", "prod", "--server=https://prod:443")
	run(b, "config", "set-credentials", "alice", "--token=other-token")
	run(b, "config", "set-credentials", "bob", "--username=bob", "--password=pw")
	run(b, "config", "set-context", "prod-ctx", "--cluster=prod", "--user=bob", "--namespace=p")
	run(b, "config", "set-context", "dev-ctx", "--cluster=prod", "--user=bob")
	run(b, "config", "use-context", "prod-ctx")

	for _, order := range [][]string{{a, b}, {b, a}, {c, a, b}, {b, c, a}} {
		t.Run(strings.Join(baseNames(order), ":"), func(t *testing.T) {
			list := strings.Join(order, string(os.PathListSeparator))
			want := jsonMap(t, kubectl(t, home, list, "config", "view", "--raw", "-o", "json"))

			// kubectl config view shows paths as written, as loading
			// rules with DoNotResolvePaths do.
			merged, err := (&ClientConfigLoadingRules{Precedence: order, DoNotResolvePaths: true}).Load()
			require.NoError(t, err)
			out, err := Write(*merged)
			require.NoError(t, err)
			asJSON, err := yaml.YAMLToJSON(out)
			require.NoError(t, err)
			got := jsonMap(t, asJSON)
			for _, key := range []string{"kind", "apiVersion", "current-context", "preferences"} {
				assert.Equal(t, want[key], got[key], key)
			}
			for _, list := range []string{"clusters", "users", "contexts"} {
				assert.Equal(t, namedEntries(want[list]), namedEntries(got[list]), list)
			}
		})
	}
}

func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}

func jsonMap(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m), "%s", data)
	return m
}

// namedEntries turns a named list ([{name, cluster|user|context}]) into a
// map from name to entry, so order does not matter.
func namedEntries(v any) map[string]any {
	out := map[string]any{}
	list, _ := v.([]any)
	for _, item := range list {
		entry, _ := item.(map[string]any)
		name, _ := entry["name"].(string)
		out[name] = entry
	}
	return out
}

// TestRelativePathsMatchKubectlFlatten has kubectl embed the files a
// merged kubeconfig refers to (config view --flatten reads them, relative
// paths resolved against the file that names them) and checks that our
// resolved paths point at the same contents.
func TestRelativePathsMatchKubectlFlatten(t *testing.T) {
	home := t.TempDir()
	for name, content := range map[string]string{"rel-ca.crt": "ca-one", "sub/certs/client.crt": "cert-two", "key": "key-two"} {
		writeKubeconfig(t, home, name, content)
	}
	one := writeKubeconfig(t, home, "sub/one", `clusters:
- name: rel
  cluster: {server: https://rel, certificate-authority: ../rel-ca.crt}
`)
	two := writeKubeconfig(t, home, "sub/two", `users:
- name: u
  user: {client-certificate: certs/client.crt, client-key: ../key}
contexts:
- name: ctx
  context: {cluster: rel, user: u}
current-context: ctx
`)
	list := one + string(os.PathListSeparator) + two
	var flat struct {
		Clusters []struct {
			Cluster struct {
				CA []byte `json:"certificate-authority-data"`
			} `json:"cluster"`
		} `json:"clusters"`
		Users []struct {
			User struct {
				Cert []byte `json:"client-certificate-data"`
				Key  []byte `json:"client-key-data"`
			} `json:"user"`
		} `json:"users"`
	}
	require.NoError(t, json.Unmarshal(kubectl(t, home, list, "config", "view", "--flatten", "-o", "json"), &flat))
	require.Len(t, flat.Clusters, 1)
	require.Len(t, flat.Users, 1)

	merged, err := (&ClientConfigLoadingRules{Precedence: []string{one, two}}).Load()
	require.NoError(t, err)
	read := func(path string) string {
		require.True(t, filepath.IsAbs(path), "%q is not resolved", path)
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		return string(b)
	}
	assert.Equal(t, string(flat.Clusters[0].Cluster.CA), read(merged.Clusters["rel"].CertificateAuthority))
	assert.Equal(t, string(flat.Users[0].User.Cert), read(merged.AuthInfos["u"].ClientCertificate))
	assert.Equal(t, string(flat.Users[0].User.Key), read(merged.AuthInfos["u"].ClientKey))
}
