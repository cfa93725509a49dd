package dynamic

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The JSON decoding itself is unstructured.UnstructuredJSONScheme's, tested
// (against encoding/json, sharing and mutation safety included) in that
// package; these tests cover what the dynamic client adds on top.

func TestUnmarshalListErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"no kind", `{"items":[]}`, "Object 'Kind' is missing"},
		{"items not an array", `{"kind":"PodList","items":{}}`, "items is a JSON object, expected an array"},
		{"item not an object", `{"kind":"PodList","items":[1]}`, "items[0] is a JSON number, expected an object"},
		{"syntax", `{"kind":"PodList","items":[}`, "invalid character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := unmarshalList([]byte(tt.body))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestUnmarshalObject(t *testing.T) {
	tests := []struct {
		name, body, wantKind, wantErr string
	}{
		{name: "object", body: `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a"}}`, wantKind: "Pod"},
		{name: "no kind", body: `{"metadata":{"name":"a"}}`, wantErr: "Object 'Kind' is missing"},
		{name: "not an object", body: `[1]`, wantErr: "expected an object"},
		{name: "syntax", body: `{"kind":}`, wantErr: "invalid character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := unmarshalObject([]byte(tt.body))
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantKind, got.GetKind())
		})
	}
}

// FuzzUnmarshalList checks that any response body either fails to decode
// or gives a list that names its kind and whose items are all objects
// naming a kind or an apiVersion (their own or the list's).
func FuzzUnmarshalList(f *testing.F) {
	for _, s := range []string{
		`{"kind":"PodList","apiVersion":"v1","items":[{"metadata":{"name":"a"}},{"kind":"X"}]}`,
		`{"kind":"List","items":null}`, `{"items":[]}`, `{"kind":"PodList","items":{}}`, `[]`, `null`, `{`,
		`{"kind":"PodList","items":[{"kind":"","apiVersion":"","n":1.5,"a":[1,[2]]}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := unmarshalList(data)
		if err != nil {
			return
		}
		if list.GetKind() == "" {
			t.Fatalf("input %q: list without kind decoded", data)
		}
		for i := range list.Items {
			item := &list.Items[i]
			if item.Object == nil {
				t.Fatalf("input %q: item %d has no content", data, i)
			}
			if item.GetKind() == "" && item.GetAPIVersion() == "" && list.GetAPIVersion() != "" {
				t.Fatalf("input %q: item %d got neither kind nor apiVersion", data, i)
			}
		}
	})
}
