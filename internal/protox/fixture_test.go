package protox

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

// fixtureList decodes the protobuf fixture's envelope.
func fixtureList(t testing.TB) (apiVersion, kind string, raw []byte) {
	t.Helper()
	data, err := fixtures.PodList5000Protobuf()
	require.NoError(t, err)
	apiVersion, kind, raw, err = DecodeEnvelope(data)
	require.NoError(t, err)
	return apiVersion, kind, raw
}

func TestFixtureMatchesJSON(t *testing.T) {
	apiVersion, kind, raw := fixtureList(t)
	if apiVersion != "v1" || kind != "PodList" {
		t.Fatalf("got envelope %q %q, want v1 PodList", apiVersion, kind)
	}
	var got corev1.PodList
	require.NoError(t, Unmarshal(raw, &got))

	js, err := fixtures.PodList5000JSON()
	require.NoError(t, err)
	var want corev1.PodList
	require.NoError(t, jsonx.Unmarshal(js, &want))
	want.TypeMeta = got.TypeMeta // the envelope carries them, not the message
	// The two files were read from the server a few writes apart.
	if got.ResourceVersion == "" || want.ResourceVersion == "" {
		t.Fatalf("got list resourceVersion %q, JSON one %q: want both set", got.ResourceVersion, want.ResourceVersion)
	}
	want.ResourceVersion = got.ResourceVersion

	if len(got.Items) != len(want.Items) {
		t.Fatalf("got %d items, want %d", len(got.Items), len(want.Items))
	}
	if !reflect.DeepEqual(got.ListMeta, want.ListMeta) {
		t.Fatalf("list meta: got %+v, want %+v", got.ListMeta, want.ListMeta)
	}
	for i := range got.Items {
		if !reflect.DeepEqual(got.Items[i], want.Items[i]) {
			t.Fatalf("item %d differs:\n%s", i, diff(reflect.ValueOf(got.Items[i]), reflect.ValueOf(want.Items[i]), "Items[i]"))
		}
	}
}

func TestFixtureReencodesIdentically(t *testing.T) {
	apiVersion, kind, raw := fixtureList(t)
	var list corev1.PodList
	require.NoError(t, Unmarshal(raw, &list))
	got, err := Marshal(&list)
	require.NoError(t, err)
	if !bytes.Equal(got, raw) {
		i := 0
		for i < len(got) && i < len(raw) && got[i] == raw[i] {
			i++
		}
		t.Fatalf("re-encoding differs at byte %d of %d (got %d bytes): got %x, want %x",
			i, len(raw), len(got), got[i:min(i+32, len(got))], raw[i:min(i+32, len(raw))])
	}
	env, err := MarshalEnvelope(nil, apiVersion, kind, &list)
	require.NoError(t, err)
	data, err := fixtures.PodList5000Protobuf()
	require.NoError(t, err)
	if !bytes.Equal(env, data) {
		t.Fatalf("MarshalEnvelope differs from the server's body (%d vs %d bytes)", len(env), len(data))
	}
	if again := AppendEnvelope(nil, apiVersion, kind, got); !bytes.Equal(again, data) {
		t.Fatalf("AppendEnvelope differs from the server's body (%d vs %d bytes)", len(again), len(data))
	}
}
