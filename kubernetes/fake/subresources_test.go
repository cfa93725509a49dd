package fake

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	policyv1 "github.com/skiff-k8s/skiff/api/policy/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/rest"
	clienttesting "github.com/skiff-k8s/skiff/testing"
)

func TestSubresourceActions(t *testing.T) {
	cs := NewSimpleClientset(pod("default", "p", "web", corev1.PodPending))
	ctx := context.Background()
	pods := cs.CoreV1().Pods("default")
	p, err := pods.Get(ctx, "p", metav1.GetOptions{})
	require.NoError(t, err)
	p.Status.Phase = corev1.PodRunning
	_, err = pods.UpdateStatus(ctx, p, metav1.UpdateOptions{})
	require.NoError(t, err)
	err = pods.EvictV1(ctx, &policyv1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: "p", Namespace: "default"}})
	require.NoError(t, err)

	actions := cs.Actions()
	require.Len(t, actions, 3)
	tests := []struct {
		i        int
		verb     string
		sub      string
		wantType any
	}{
		{1, "update", "status", &corev1.Pod{}},
		{2, "create", "eviction", &policyv1.Eviction{}},
	}
	for _, tt := range tests {
		t.Run(tt.verb+"/"+tt.sub, func(t *testing.T) {
			a := actions[tt.i]
			assert.Equal(t, tt.verb, a.GetVerb())
			assert.Equal(t, tt.sub, a.GetSubresource())
			obj := a.(interface{ GetObject() runtime.Object }).GetObject()
			assert.IsType(t, tt.wantType, obj)
		})
	}
}

func TestDeleteCollectionAndGenerateName(t *testing.T) {
	cs := NewSimpleClientset()
	ctx := context.Background()
	cms := cs.CoreV1().ConfigMaps("default")
	for i := 0; i < 3; i++ {
		got, err := cms.Create(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{GenerateName: "cm-", Labels: map[string]string{"i": "x"}}}, metav1.CreateOptions{})
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(got.Name, "cm-") && len(got.Name) > 3, "got name %q", got.Name)
	}
	require.NoError(t, cms.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{LabelSelector: "i=x"}))
	list, err := cms.List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	assert.Empty(t, list.Items)
	a := cs.Actions()[3]
	require.Equal(t, "delete-collection", a.GetVerb())
	assert.Equal(t, "i=x", a.(clienttesting.DeleteCollectionAction).GetListRestrictions().Labels.String())
}

// rawResponse is a rest.ResponseWrapper returning fixed bytes.
type rawResponse string

// DoRaw returns the bytes.
func (r rawResponse) DoRaw(context.Context) ([]byte, error) { return []byte(r), nil }

// Stream returns the bytes as a stream.
func (r rawResponse) Stream(context.Context) (io.ReadCloser, error) {
	return io.NopCloser(strings.NewReader(string(r))), nil
}

func TestProxyReactor(t *testing.T) {
	cs := NewSimpleClientset(pod("default", "p", "web", corev1.PodRunning))
	cs.PrependProxyReactor("pods", func(a clienttesting.Action) (bool, rest.ResponseWrapper, error) {
		pa := a.(clienttesting.ProxyGetAction)
		return true, rawResponse(pa.GetName() + ":" + pa.GetPort() + pa.GetPath()), nil
	})
	raw, err := cs.CoreV1().Pods("default").ProxyGet("http", "p", "8080", "healthz", nil).DoRaw(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "p:8080/healthz", string(raw))
}
