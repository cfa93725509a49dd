package clientscheme

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	policyv1 "github.com/skiff-k8s/skiff/api/policy/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const podJSON = `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","namespace":"ns"}}`

// decodeJSON decodes data through r's serializer as a REST client does:
// negotiate the JSON serializer, then wrap it for gv.
func decodeJSON(t *testing.T, r *Registry, data string) (runtime.Object, error) {
	t.Helper()
	ns := r.Serializer()
	info, ok := runtime.SerializerInfoForMediaType(ns.SupportedMediaTypes(), runtime.ContentTypeJSON)
	require.True(t, ok, "the serializer offers JSON")
	obj, _, err := ns.DecoderToVersion(info.Serializer, corev1.SchemeGroupVersion).Decode([]byte(data), nil, nil)
	return obj, err
}

func TestRegistryGrowsByGroupVersion(t *testing.T) {
	r := New()
	gvk := corev1.SchemeGroupVersion.WithKind("Pod")
	assert.False(t, r.Scheme().Recognizes(gvk), "a new registry has only the meta kinds")
	assert.True(t, r.Scheme().Recognizes(schema.GroupVersionKind{Version: "v1", Kind: "Status"}), "Status is registered from the start")
	_, err := decodeJSON(t, r, podJSON)
	require.Error(t, err, "a Pod cannot be decoded before core/v1 is registered")

	r.Ensure(corev1.SchemeGroupVersion, corev1.AddToScheme)
	assert.True(t, r.Scheme().Recognizes(gvk))
	obj, err := decodeJSON(t, r, podJSON)
	require.NoError(t, err)
	pod, ok := obj.(*corev1.Pod)
	require.True(t, ok, "got %T, want *v1.Pod", obj)
	assert.Equal(t, "p", pod.Name)

	before := r.Scheme()
	r.Ensure(corev1.SchemeGroupVersion, corev1.AddToScheme)
	assert.Same(t, before, r.Scheme(), "ensuring a registered group version changes nothing")
	assert.False(t, r.Scheme().Recognizes(policyv1.SchemeGroupVersion.WithKind("Eviction")))
	r.Ensure(policyv1.SchemeGroupVersion, policyv1.AddToScheme)
	assert.True(t, r.Scheme().Recognizes(policyv1.SchemeGroupVersion.WithKind("Eviction")))
	assert.True(t, r.Scheme().Recognizes(gvk), "earlier group versions stay registered")
	assert.NoError(t, r.Err())
}

func TestSerializerEncodesWithKind(t *testing.T) {
	r := New()
	r.Ensure(policyv1.SchemeGroupVersion, policyv1.AddToScheme)
	ns := r.Serializer()
	info, ok := runtime.SerializerInfoForMediaType(ns.SupportedMediaTypes(), runtime.ContentTypeJSON)
	require.True(t, ok)
	ev := &policyv1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: "p"}}
	data, err := runtime.Encode(ns.EncoderForVersion(info.Serializer, policyv1.SchemeGroupVersion), ev)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"kind":"Eviction","apiVersion":"policy/v1"`)
}

func TestEnsureFailureKeepsRegistry(t *testing.T) {
	r := New()
	bad := schema.GroupVersion{Group: "bad.example.com", Version: "v1"}
	before := r.Scheme()
	r.Ensure(bad, func(*runtime.Scheme) error { return errors.New("conflicting kinds") })
	assert.Same(t, before, r.Scheme(), "a failed registration publishes nothing")
	err := r.Err()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad.example.com/v1")
	assert.Contains(t, err.Error(), "conflicting kinds")

	r.Ensure(corev1.SchemeGroupVersion, corev1.AddToScheme)
	assert.True(t, r.Scheme().Recognizes(corev1.SchemeGroupVersion.WithKind("Pod")), "later group versions still register")
	assert.Equal(t, err, r.Err(), "the first failure is kept")
}

func TestUseServesTheGivenScheme(t *testing.T) {
	full := runtime.NewScheme()
	metav1.AddToGroupVersion(full, schema.GroupVersion{Version: "v1"})
	require.NoError(t, corev1.AddToScheme(full))
	r := New()
	r.Use(full, serializer.NewCodecFactory(full), runtime.NewParameterCodec(full))
	assert.Same(t, full, r.Scheme())
	r.Ensure(policyv1.SchemeGroupVersion, policyv1.AddToScheme)
	assert.Same(t, full, r.Scheme(), "Ensure leaves an external scheme alone")
	assert.False(t, full.Recognizes(policyv1.SchemeGroupVersion.WithKind("Eviction")), "nor registers into it")

	values, err := r.ParameterCodec().EncodeParameters(&metav1.ListOptions{LabelSelector: "app=x", Limit: 5}, corev1.SchemeGroupVersion)
	require.NoError(t, err)
	assert.Equal(t, "app=x", values.Get("labelSelector"))
	assert.Equal(t, "5", values.Get("limit"))
	var back metav1.ListOptions
	require.NoError(t, r.ParameterCodec().DecodeParameters(values, corev1.SchemeGroupVersion, &back))
	assert.Equal(t, int64(5), back.Limit)
}

func TestConcurrentEnsureAndDecode(t *testing.T) {
	r := New()
	adds := []struct {
		gv  schema.GroupVersion
		add AddFunc
	}{
		{corev1.SchemeGroupVersion, corev1.AddToScheme},
		{policyv1.SchemeGroupVersion, policyv1.AddToScheme},
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			a := adds[i%len(adds)]
			r.Ensure(a.gv, a.add)
			if a.gv == corev1.SchemeGroupVersion {
				if _, err := decodeJSON(t, r, podJSON); err != nil {
					errs <- fmt.Errorf("goroutine %d: %w", i, err)
				}
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, a := range adds {
		assert.True(t, r.Scheme().IsVersionRegistered(a.gv), "%s registered", a.gv)
	}
	assert.NoError(t, r.Err())
}

func TestDecodeIntoUnregisteredKind(t *testing.T) {
	withPolicy := New()
	withPolicy.Ensure(policyv1.SchemeGroupVersion, policyv1.AddToScheme)
	for _, mediaType := range []string{runtime.ContentTypeJSON, runtime.ContentTypeProtobuf} {
		t.Run(mediaType, func(t *testing.T) {
			enc := withPolicy.Serializer()
			encInfo, ok := runtime.SerializerInfoForMediaType(enc.SupportedMediaTypes(), mediaType)
			require.True(t, ok)
			data, err := runtime.Encode(enc.EncoderForVersion(encInfo.Serializer, policyv1.SchemeGroupVersion),
				&policyv1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: "p"}})
			require.NoError(t, err)

			ns := New().Serializer() // policy/v1 not registered
			info, ok := runtime.SerializerInfoForMediaType(ns.SupportedMediaTypes(), mediaType)
			require.True(t, ok)
			var ev policyv1.Eviction
			obj, _, err := ns.DecoderToVersion(info.Serializer, policyv1.SchemeGroupVersion).Decode(data, nil, &ev)
			require.NoError(t, err, "a typed target needs no registration")
			assert.Same(t, &ev, obj)
			assert.Equal(t, "p", ev.Name)
		})
	}
}
