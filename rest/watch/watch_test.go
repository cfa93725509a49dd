package watch

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/streaming"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// codecs returns a JSON serializer info and a versioning codec for core/v1.
func codecs(t testing.TB) (runtime.SerializerInfo, runtime.Codec) {
	t.Helper()
	s := runtime.NewScheme()
	require.NoError(t, corev1.AddToScheme(s))
	metav1.AddToGroupVersion(s, schema.GroupVersion{Version: "v1"})
	cf := serializer.NewCodecFactory(s)
	info, ok := runtime.SerializerInfoForMediaType(cf.SupportedMediaTypes(), runtime.ContentTypeJSON)
	require.True(t, ok)
	return info, cf.CodecForVersions(info.Serializer, info.Serializer, corev1.SchemeGroupVersion, corev1.SchemeGroupVersion)
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	info, codec := codecs(t)
	events := []watch.Event{
		{Type: watch.Added, Object: &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "a", ResourceVersion: "1"}}},
		{Type: watch.Modified, Object: &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "a", ResourceVersion: "2"}}},
		{Type: watch.Deleted, Object: &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "a", ResourceVersion: "3"}}},
		{Type: watch.Bookmark, Object: &corev1.Pod{ObjectMeta: metav1.ObjectMeta{ResourceVersion: "4"}}},
		{Type: watch.Error, Object: &metav1.Status{Status: metav1.StatusFailure, Reason: metav1.StatusReasonExpired, Code: 410}},
	}
	var buf bytes.Buffer
	framer := info.StreamSerializer.Framer
	enc := NewEncoder(streaming.NewEncoder(framer.NewFrameWriter(&buf), info.StreamSerializer.Serializer), codec)
	for _, ev := range events {
		require.NoError(t, enc.Encode(&ev))
	}
	dec := NewDecoder(streaming.NewDecoder(framer.NewFrameReader(io.NopCloser(&buf)), info.StreamSerializer.Serializer), codec)
	defer dec.Close()
	for i, want := range events {
		typ, obj, err := dec.Decode()
		require.NoError(t, err, "event %d", i)
		assert.Equal(t, want.Type, typ)
		switch w := want.Object.(type) {
		case *corev1.Pod:
			got, ok := obj.(*corev1.Pod)
			require.True(t, ok, "event %d object %T", i, obj)
			assert.Equal(t, w.Name, got.Name)
			assert.Equal(t, w.ResourceVersion, got.ResourceVersion)
		case *metav1.Status:
			got, ok := obj.(*metav1.Status)
			require.True(t, ok, "event %d object %T", i, obj)
			assert.Equal(t, w.Reason, got.Reason)
		}
	}
	_, _, err := dec.Decode()
	assert.True(t, errors.Is(err, io.EOF), "err at end = %v", err)
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		wantErr string
	}{
		{"invalid type", `{"type":"FOO","object":{"kind":"Pod","apiVersion":"v1"}}`, "got invalid watch event type: FOO"},
		{"undecodable object", `{"type":"ADDED","object":{"kind":"Nope","apiVersion":"v1"}}`, "unable to decode watch event"},
		{"not json", `garbage`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, codec := codecs(t)
			r := io.NopCloser(strings.NewReader(tt.input))
			dec := NewDecoder(streaming.NewDecoder(info.StreamSerializer.Framer.NewFrameReader(r), info.StreamSerializer.Serializer), codec)
			_, _, err := dec.Decode()
			require.Error(t, err)
			assert.ErrorContains(t, err, tt.wantErr)
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"type":"ADDED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a"}}}`)
	f.Add(`{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","code":410}}` + "\n" + `{"type":"BOOKMARK","object":{}}`)
	f.Add(`{"type":`)
	f.Add(`[]`)
	info, codec := codecs(f)
	f.Fuzz(func(t *testing.T, input string) {
		r := io.NopCloser(strings.NewReader(input))
		dec := NewDecoder(streaming.NewDecoder(info.StreamSerializer.Framer.NewFrameReader(r), info.StreamSerializer.Serializer), codec)
		defer dec.Close()
		for i := 0; i < 100; i++ {
			typ, obj, err := dec.Decode()
			if err != nil {
				return
			}
			switch typ {
			case watch.Added, watch.Modified, watch.Deleted, watch.Bookmark, watch.Error:
			default:
				t.Fatalf("decoded invalid type %q", typ)
			}
			if obj == nil {
				t.Fatal("decoded event without object")
			}
		}
	})
}
