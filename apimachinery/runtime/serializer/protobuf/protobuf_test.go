package protobuf

import (
	"bytes"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newTestScheme holds core/v1 and the meta kinds.
func newTestScheme(t testing.TB) *runtime.Scheme {
	t.Helper()
	s := runtime.NewScheme()
	require.NoError(t, corev1.AddToScheme(s))
	metav1.AddToGroupVersion(s, schema.GroupVersion{Version: "v1"})
	return s
}

// samplePod is a pod with enough fields to make a round trip meaningful.
func samplePod() *corev1.Pod {
	return &corev1.Pod{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Pod"},
		ObjectMeta: metav1.ObjectMeta{Name: "p", Namespace: "ns", Labels: map[string]string{"app": "a"}, ResourceVersion: "7"},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "busybox", Args: []string{"sleep", "1"}}}},
	}
}

func TestSerializerRoundTrip(t *testing.T) {
	s := newTestScheme(t)
	ser := NewSerializer(s, s)
	var buf bytes.Buffer
	require.NoError(t, ser.Encode(samplePod(), &buf))
	data := buf.Bytes()
	require.True(t, bytes.HasPrefix(data, []byte("k8s\x00")), "magic prefix")
	ok, unknown, err := ser.RecognizesData(data)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.False(t, unknown)

	tests := []struct {
		name string
		into runtime.Object
	}{
		{name: "new object", into: nil},
		{name: "into a pod", into: &corev1.Pod{}},
		{name: "into a typed nil", into: (*corev1.Pod)(nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, gvk, err := ser.Decode(data, nil, tt.into)
			require.NoError(t, err)
			assert.Equal(t, schema.GroupVersionKind{Version: "v1", Kind: "Pod"}, *gvk)
			assert.Equal(t, samplePod(), got)
		})
	}
}

func TestSerializerDecodeIntoUnknown(t *testing.T) {
	s := newTestScheme(t)
	ser := NewSerializer(s, s)
	var buf bytes.Buffer
	require.NoError(t, ser.Encode(samplePod(), &buf))
	unk := &runtime.Unknown{}
	_, gvk, err := ser.Decode(buf.Bytes(), nil, unk)
	require.NoError(t, err)
	assert.Equal(t, "Pod", gvk.Kind)
	assert.Equal(t, runtime.TypeMeta{APIVersion: "v1", Kind: "Pod"}, unk.TypeMeta)
	assert.Equal(t, runtime.ContentTypeProtobuf, unk.ContentType)

	var again bytes.Buffer
	require.NoError(t, ser.Encode(unk, &again))
	assert.Equal(t, buf.Bytes(), again.Bytes(), "an Unknown re-encodes to the same envelope")
}

func TestSerializerErrors(t *testing.T) {
	s := newTestScheme(t)
	ser := NewSerializer(s, s)
	noKind := []byte("k8s\x00\x0a\x04\x0a\x02v1\x12\x00")
	tests := []struct {
		name    string
		data    []byte
		into    runtime.Object
		wantErr string
		check   func(error) bool
	}{
		{name: "json is not protobuf", data: []byte(`{"kind":"Pod"}`), wantErr: "does not appear to be a protobuf message"},
		{name: "truncated envelope", data: []byte("k8s\x00\x0a\x09"), wantErr: "envelope"},
		{name: "kind missing", data: noKind, check: runtime.IsMissingKind},
		{name: "unregistered kind", data: envelopeOf(t, "v1", "Nope"), check: runtime.IsNotRegisteredError},
		{name: "into unstructured", data: envelopeOf(t, "v1", "Pod"), into: &unstructured.Unstructured{}, check: IsNotMarshalable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ser.Decode(tt.data, nil, tt.into)
			require.Error(t, err)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
			}
			if tt.check != nil {
				assert.True(t, tt.check(err), "unexpected error kind: %v", err)
			}
		})
	}
	u := &unstructured.Unstructured{Object: map[string]any{"apiVersion": "v1", "kind": "Pod"}}
	err := ser.Encode(u, &bytes.Buffer{})
	require.Error(t, err)
	assert.True(t, IsNotMarshalable(err), "got %v", err)
	assert.ErrorContains(t, err, "does not implement the protobuf marshalling interface")
}

// envelopeOf is the envelope of an empty object of apiVersion and kind.
func envelopeOf(t *testing.T, apiVersion, kind string) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, NewSerializer(nil, nil).Encode(&runtime.Unknown{TypeMeta: runtime.TypeMeta{APIVersion: apiVersion, Kind: kind}, Raw: []byte{}}, &buf))
	return buf.Bytes()
}

func TestStatusRoundTrip(t *testing.T) {
	s := newTestScheme(t)
	ser := NewSerializer(s, s)
	st := &metav1.Status{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Status"}, Status: metav1.StatusFailure,
		Message: `pods "x" not found`, Reason: metav1.StatusReasonNotFound, Code: 404,
		Details: &metav1.StatusDetails{Name: "x", Kind: "pods"}}
	var buf bytes.Buffer
	require.NoError(t, ser.Encode(st, &buf))
	got, _, err := ser.Decode(buf.Bytes(), nil, nil)
	require.NoError(t, err)
	assert.Equal(t, st, got)
}

func TestRawSerializer(t *testing.T) {
	s := newTestScheme(t)
	raw := NewRawSerializer(s, s)
	var buf bytes.Buffer
	require.NoError(t, raw.Encode(samplePod(), &buf))
	assert.False(t, bytes.HasPrefix(buf.Bytes(), []byte("k8s\x00")), "no envelope")

	got, _, err := raw.Decode(buf.Bytes(), &schema.GroupVersionKind{Version: "v1", Kind: "Pod"}, nil)
	require.NoError(t, err)
	want := samplePod()
	want.TypeMeta = metav1.TypeMeta{}
	assert.Equal(t, want, got)

	_, _, err = raw.Decode(buf.Bytes(), nil, nil)
	assert.True(t, runtime.IsMissingKind(err), "no kind given: got %v", err)

	ev := &metav1.WatchEvent{Type: "DELETED", Object: runtime.RawExtension{Raw: []byte("k8s\x00abc")}}
	buf.Reset()
	require.NoError(t, raw.Encode(ev, &buf))
	var back metav1.WatchEvent
	_, _, err = raw.Decode(buf.Bytes(), nil, &back)
	require.NoError(t, err)
	assert.Equal(t, *ev, back)
}

// FuzzSerializerDecode checks that decoding arbitrary input never panics
// and that what decodes re-encodes and decodes to an equal object.
func FuzzSerializerDecode(f *testing.F) {
	s := runtime.NewScheme()
	if err := corev1.AddToScheme(s); err != nil {
		f.Fatal(err)
	}
	ser := NewSerializer(s, s)
	var buf bytes.Buffer
	if err := ser.Encode(samplePod(), &buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("k8s\x00"))
	f.Add([]byte("k8s\x00\x0a\x04\x0a\x02v1\x12\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		obj, _, err := ser.Decode(data, nil, nil)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := ser.Encode(obj, &out); err != nil {
			t.Fatalf("re-encoding %T: %v", obj, err)
		}
		back, _, err := ser.Decode(out.Bytes(), nil, nil)
		if err != nil {
			t.Fatalf("decoding the re-encoding: %v", err)
		}
		if !assert.ObjectsAreEqual(obj, back) {
			t.Fatalf("round trip differs:\n%#v\n%#v", obj, back)
		}
	})
}
