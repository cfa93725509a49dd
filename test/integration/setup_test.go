//go:build integration

package integration

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	autoscalingv1 "github.com/skiff-k8s/skiff/api/autoscaling/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
	"github.com/stretchr/testify/require"
)

// kubeconfigEnv names the variable holding the path of the kubeconfig
// hack/integration/up.sh writes.
const kubeconfigEnv = "SKIFF_INTEGRATION_KUBECONFIG"

// testScheme holds the kinds the tests send and receive.
type testScheme struct {
	scheme *runtime.Scheme
	codecs serializer.CodecFactory
	params runtime.ParameterCodec
}

// newTestScheme builds a scheme with core/v1, apps/v1 and autoscaling/v1.
func newTestScheme(t *testing.T) testScheme {
	t.Helper()
	s := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{corev1.AddToScheme, appsv1.AddToScheme, autoscalingv1.AddToScheme} {
		require.NoError(t, add(s), "building the test scheme")
	}
	metav1.AddToGroupVersion(s, schema.GroupVersion{Version: "v1"})
	return testScheme{scheme: s, codecs: serializer.NewCodecFactory(s), params: runtime.NewParameterCodec(s)}
}

// kubeconfigPath returns the kubeconfig path, failing the test with a
// clear message when the integration environment is not set up.
func kubeconfigPath(t *testing.T) string {
	t.Helper()
	p := os.Getenv(kubeconfigEnv)
	if p == "" {
		t.Fatalf("%s is not set: run the integration tests through "+
			"./hack/integration/run.sh go test -tags integration ./test/integration/... "+
			"(or make integration), which starts etcd and kube-apiserver and sets it", kubeconfigEnv)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("%s=%s: %v (is the integration server still up?)", kubeconfigEnv, p, err)
	}
	return p
}

// adminConfig returns the REST config of the kubeconfig's current context
// (the admin client certificate), loaded the way most programs do.
func adminConfig(t *testing.T) *rest.Config {
	t.Helper()
	cfg, err := clientcmd.BuildConfigFromFlags("", kubeconfigPath(t))
	require.NoError(t, err, "BuildConfigFromFlags")
	cfg.QPS = -1
	return cfg
}

// contextConfig returns the REST config of the named kubeconfig context.
func contextConfig(t *testing.T, name string) *rest.Config {
	t.Helper()
	rules := &clientcmd.ClientConfigLoadingRules{ExplicitPath: kubeconfigPath(t)}
	cc := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, &clientcmd.ConfigOverrides{CurrentContext: name})
	cfg, err := cc.ClientConfig()
	require.NoError(t, err, "ClientConfig for context %q", name)
	cfg.QPS = -1
	return cfg
}

// clientFor returns a RESTClient for gv ("" group means the core group)
// from a copy of cfg.
func clientFor(t *testing.T, ts testScheme, cfg *rest.Config, gv schema.GroupVersion) *rest.RESTClient {
	t.Helper()
	cfg = rest.CopyConfig(cfg)
	cfg.APIPath = "/apis"
	if gv.Group == "" {
		cfg.APIPath = "/api"
	}
	cfg.GroupVersion = &gv
	// Like generated clients: objects of other groups (autoscaling/v1
	// Scale on apps/v1) are sent as they are, without conversion.
	cfg.NegotiatedSerializer = ts.codecs.WithoutConversion()
	c, err := rest.RESTClientFor(cfg)
	require.NoError(t, err, "RESTClientFor %s", gv)
	return c
}

// env is what most tests need: a context with a deadline, the scheme,
// admin clients for core/v1 and apps/v1, and a fresh namespace.
type env struct {
	ctx  context.Context
	ts   testScheme
	core *rest.RESTClient
	apps *rest.RESTClient
	ns   string
}

// newEnv creates a namespace named after the test (with its default
// ServiceAccount, since no controller-manager runs) and deletes it at the
// end.
func newEnv(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ts := newTestScheme(t)
	cfg := adminConfig(t)
	e := &env{ctx: ctx, ts: ts, core: clientFor(t, ts, cfg, corev1.SchemeGroupVersion),
		apps: clientFor(t, ts, cfg, appsv1.SchemeGroupVersion), ns: uniqueName(t.Name())}
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: e.ns}}
	require.NoError(t, e.core.Post().Resource("namespaces").Body(ns).Do(ctx).Error(), "creating namespace %s", e.ns)
	t.Cleanup(func() {
		// Without a controller-manager the namespace stays Terminating;
		// etcd's data directory is thrown away by down.sh.
		_ = e.core.Delete().Resource("namespaces").Name(e.ns).Do(context.Background()).Error()
	})
	sa := &corev1.ServiceAccount{ObjectMeta: metav1.ObjectMeta{Name: "default"}}
	require.NoError(t, e.core.Post().Namespace(e.ns).Resource("serviceaccounts").Body(sa).Do(ctx).Error(),
		"creating serviceaccount %s/default", e.ns)
	return e
}

var nameSeq atomic.Int64

// uniqueName turns a test name into a DNS label unique in this run.
func uniqueName(testName string) string {
	b := strings.Builder{}
	for _, r := range strings.ToLower(testName) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	s := strings.Trim(b.String(), "-")
	if len(s) > 40 {
		s = strings.Trim(s[:40], "-")
	}
	return fmt.Sprintf("%s-%d-%d", s, time.Now().Unix()%100000, nameSeq.Add(1))
}

// configMap returns a ConfigMap named name with data.
func configMap(name string, data map[string]string) *corev1.ConfigMap {
	return &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: name}, Data: data}
}
