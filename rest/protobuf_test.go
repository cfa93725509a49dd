package rest

import (
	"bytes"
	"context"
	"net/http"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	kruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/protobuf"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// protobufBody encodes obj (with its kind set) in the enveloped protobuf
// form.
func protobufBody(t *testing.T, obj kruntime.Object) []byte {
	t.Helper()
	ts := newTestScheme(t)
	var buf bytes.Buffer
	require.NoError(t, protobuf.NewSerializer(ts.scheme, ts.scheme).Encode(obj, &buf))
	return buf.Bytes()
}

// answer returns a handler writing body with code and content type ct.
func answer(code int, ct string, body []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", ct)
		w.WriteHeader(code)
		_, _ = w.Write(body)
	})
}

// TestProtobufResponses checks that responses are decoded by their
// Content-Type, whatever the request preferred, and that protobuf Status
// bodies become StatusErrors.
func TestProtobufResponses(t *testing.T) {
	pod := &corev1.Pod{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Pod"}, ObjectMeta: metav1.ObjectMeta{Name: "p", Namespace: "ns"},
		Spec: corev1.PodSpec{NodeName: "n1"}}
	notFound := &metav1.Status{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Status"}, Status: metav1.StatusFailure,
		Reason: metav1.StatusReasonNotFound, Message: `pods "p" not found`, Code: 404, Details: &metav1.StatusDetails{Name: "p", Kind: "pods"}}
	conflict := notFound.DeepCopy()
	conflict.Reason, conflict.Code, conflict.Message = metav1.StatusReasonConflict, 409, "the object has been modified"
	const pb = "application/vnd.kubernetes.protobuf"
	tests := []struct {
		name      string
		handler   http.Handler
		prefer    bool
		wantNode  string
		wantCheck func(error) bool
		wantMsg   string
	}{
		{name: "protobuf object", handler: answer(200, pb, protobufBody(t, pod)), prefer: true, wantNode: "n1"},
		{name: "json answer to a protobuf preference", handler: answer(200, "application/json", []byte(`{"kind":"Pod","apiVersion":"v1","spec":{"nodeName":"n2"}}`)),
			prefer: true, wantNode: "n2"},
		{name: "protobuf answer without a preference", handler: answer(200, pb, protobufBody(t, pod)), wantNode: "n1"},
		{name: "protobuf NotFound", handler: answer(404, pb, protobufBody(t, notFound)), prefer: true,
			wantCheck: apierrors.IsNotFound, wantMsg: `pods "p" not found`},
		{name: "protobuf Conflict", handler: answer(409, pb, protobufBody(t, conflict)), prefer: true,
			wantCheck: apierrors.IsConflict, wantMsg: "the object has been modified"},
		{name: "garbage protobuf error body keeps the HTTP error", handler: answer(500, pb, []byte("k8s\x00\xff")), prefer: true,
			wantCheck: apierrors.IsInternalError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, tt.handler)
			got := &corev1.Pod{}
			err := c.Get().UseProtobufAsDefaultIfPreferred(tt.prefer).Namespace("ns").Resource("pods").Name("p").
				Do(context.Background()).Into(got)
			if tt.wantCheck != nil {
				require.Error(t, err)
				assert.True(t, tt.wantCheck(err), "unexpected error %v", err)
				if tt.wantMsg != "" {
					assert.Equal(t, tt.wantMsg, err.Error())
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantNode, got.Spec.NodeName)
		})
	}
}

// TestProtobufWatch decodes a protobuf watch stream: length-prefixed
// WatchEvent frames carrying enveloped objects, then an ERROR Status.
func TestProtobufWatch(t *testing.T) {
	ts := newTestScheme(t)
	var stream bytes.Buffer
	frames := protobuf.LengthDelimitedFramer.NewFrameWriter(&stream)
	raw := protobuf.NewRawSerializer(ts.scheme, ts.scheme)
	gone := &metav1.Status{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Status"}, Status: metav1.StatusFailure,
		Reason: metav1.StatusReasonExpired, Code: 410, Message: "too old resource version: 1 (5)"}
	events := []struct {
		typ string
		obj kruntime.Object
	}{
		{"ADDED", &corev1.Pod{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Pod"}, ObjectMeta: metav1.ObjectMeta{Name: "a"}}},
		{"DELETED", &corev1.Pod{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Pod"}, ObjectMeta: metav1.ObjectMeta{Name: "b"}}},
		{"ERROR", gone},
	}
	for _, ev := range events {
		var frame bytes.Buffer
		require.NoError(t, raw.Encode(&metav1.WatchEvent{Type: ev.typ, Object: kruntime.RawExtension{Raw: protobufBody(t, ev.obj)}}, &frame))
		_, err := frames.Write(frame.Bytes())
		require.NoError(t, err)
	}
	c, _ := newTestClient(t, answer(200, "application/vnd.kubernetes.protobuf;stream=watch", stream.Bytes()))
	w, err := c.Get().UseProtobufAsDefault().Resource("pods").Param("watch", "true").Watch(context.Background())
	require.NoError(t, err)
	defer w.Stop()
	var got []string
	timeout := time.After(5 * time.Second)
	for done := false; !done; {
		select {
		case ev, ok := <-w.ResultChan():
			if !ok {
				done = true
				break
			}
			switch o := ev.Object.(type) {
			case *corev1.Pod:
				got = append(got, string(ev.Type)+" "+o.Name)
			case *metav1.Status:
				require.Equal(t, watch.Error, ev.Type)
				got = append(got, string(ev.Type)+" "+string(o.Reason))
			default:
				t.Fatalf("event %s with %T", ev.Type, ev.Object)
			}
		case <-timeout:
			t.Fatalf("timed out after %v", got)
		}
	}
	assert.Equal(t, []string{"ADDED a", "DELETED b", "ERROR Expired"}, got)
}
