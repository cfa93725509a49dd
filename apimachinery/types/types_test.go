package types

import (
	"encoding/json"
	"testing"
)

func TestNamespacedNameString(t *testing.T) {
	tests := []struct {
		in   NamespacedName
		want string
	}{
		{NamespacedName{Namespace: "default", Name: "web"}, "default/web"},
		{NamespacedName{Name: "node-1"}, "/node-1"},
		{NamespacedName{}, "/"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.in.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNamespacedNameMarshalLog(t *testing.T) {
	tests := []struct {
		in   NamespacedName
		want string
	}{
		{NamespacedName{Namespace: "default", Name: "web"}, `{"name":"web","namespace":"default"}`},
		{NamespacedName{Name: "node-1"}, `{"name":"node-1"}`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			b, err := json.Marshal(tt.in.MarshalLog())
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("MarshalLog JSON = %s, want %s", b, tt.want)
			}
		})
	}
}

func TestPatchTypes(t *testing.T) {
	// The values are the Content-Type headers the API server dispatches on.
	tests := []struct {
		got  PatchType
		want string
	}{
		{JSONPatchType, "application/json-patch+json"},
		{MergePatchType, "application/merge-patch+json"},
		{StrategicMergePatchType, "application/strategic-merge-patch+json"},
		{ApplyPatchType, "application/apply-patch+yaml"},
		{ApplyYAMLPatchType, "application/apply-patch+yaml"},
		{ApplyCBORPatchType, "application/apply-patch+cbor"},
	}
	for _, tt := range tests {
		if string(tt.got) != tt.want {
			t.Errorf("patch type %q, want %q", tt.got, tt.want)
		}
	}
}
